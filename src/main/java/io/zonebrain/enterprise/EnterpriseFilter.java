package io.zonebrain.enterprise;

import java.util.Locale;

/**
 * The registry list's search and filters. {@code q} matches name or USCC; {@code industry} matches a code prefix
 * (section letters are not prefixes, so "C" is matched through the code table); sort is a column key.
 */
public record EnterpriseFilter(String q, String cluster, String industry, String park, Long grid, String tag,
                               Boolean aboveScale, String sort, boolean descending, int page, int size) {

    public static final int MAX_PAGE_SIZE = 500;

    public EnterpriseFilter {
        q = blankToNull(q);
        cluster = blankToNull(cluster);
        industry = blankToNull(industry) == null ? null : industry.strip().toUpperCase(Locale.ROOT);
        park = blankToNull(park);
        tag = blankToNull(tag);
        sort = Sort.of(sort).key;
        page = Math.max(0, page);
        size = size <= 0 ? 20 : Math.min(size, MAX_PAGE_SIZE);
    }

    public static EnterpriseFilter all() {
        return new EnterpriseFilter(null, null, null, null, null, null, null, null, false, 0, MAX_PAGE_SIZE);
    }

    public EnterpriseFilter withPage(int newPage, int newSize) {
        return new EnterpriseFilter(q, cluster, industry, park, grid, tag, aboveScale, sort, descending, newPage,
                newSize);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Sortable columns; anything else sorts by name. The SQL column is a constant, never the user's text. */
    public enum Sort {
        /** Pinyin order (ICU's zh collation, V69), as officials read a Chinese directory; not code-point order. */
        NAME("name", "e.name collate \"zh-x-icu\""),
        USCC("uscc", "e.uscc"),
        INDUSTRY("industry", "e.industry_code"),
        LAND("land", "e.own_land_mu + e.leased_area_mu"),
        CAPITAL("capital", "e.registered_capital_yuan"),
        FOUNDED("founded", "e.founded_on");

        public final String key;
        public final String column;

        Sort(String key, String column) {
            this.key = key;
            this.column = column;
        }

        public static Sort of(String key) {
            for (Sort s : values()) {
                if (s.key.equalsIgnoreCase(key == null ? "" : key.strip())) {
                    return s;
                }
            }
            return NAME;
        }
    }
}
