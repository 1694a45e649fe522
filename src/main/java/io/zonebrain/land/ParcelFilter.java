package io.zonebrain.land;

import java.math.BigDecimal;

/**
 * The parcel list's search and filters. {@code q} matches parcel code, name or location; {@code owner} and
 * {@code lessee} match an enterprise's name or a USCC fragment (the lessee of any lease, ended ones included);
 * {@code hasLessees} asks for leases in force today; the area range is inclusive, in mu. Sort is a column key.
 */
public record ParcelFilter(String q, String owner, String lessee, String landUse, Boolean hasLessees,
                           BigDecimal minAreaMu, BigDecimal maxAreaMu, String sort, boolean descending, int page,
                           int size) {

    public static final int MAX_PAGE_SIZE = 500;

    public ParcelFilter {
        q = blankToNull(q);
        owner = blankToNull(owner);
        lessee = blankToNull(lessee);
        landUse = blankToNull(landUse);
        sort = Sort.of(sort).key;
        page = Math.max(0, page);
        size = size <= 0 ? 20 : Math.min(size, MAX_PAGE_SIZE);
    }

    public static ParcelFilter all() {
        return new ParcelFilter(null, null, null, null, null, null, null, null, false, 0, MAX_PAGE_SIZE);
    }

    public ParcelFilter withPage(int newPage, int newSize) {
        return new ParcelFilter(q, owner, lessee, landUse, hasLessees, minAreaMu, maxAreaMu, sort, descending, newPage,
                newSize);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Sortable columns; anything else sorts by parcel code. The SQL is a constant, never the user's text. */
    public enum Sort {
        CODE("code", "p.parcel_code"),
        // names in pinyin order, as the registry list sorts them (ICU's zh collation, see V69)
        NAME("name", "p.name collate \"zh-x-icu\""),
        AREA("area", "p.area_mu"),
        OWNER("owner", "o.name collate \"zh-x-icu\""),
        LEASED("leased", "coalesce(cur.leased_mu, 0)");

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
            return CODE;
        }
    }
}
