package io.zonebrain.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The headings of one import column: the Chinese one the template and exports write, the English one, and other
 * spellings people use. Each module's column enum holds one, so writing a heading in the reader's language, reading
 * any of them back, and naming a column in a row error work the same way in every import.
 */
public record ColumnHeadings(String zh, String en, List<String> variants) {

    public ColumnHeadings {
        variants = List.copyOf(variants);
    }

    public static ColumnHeadings of(String zh, String en, String... variants) {
        return new ColumnHeadings(zh, en, List.of(variants));
    }

    public String heading(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? en : zh;
    }

    /** The column as the sheet reader matches it: every heading, under the column's key. */
    public ExcelColumn excelColumn(String key) {
        List<String> all = new ArrayList<>(List.of(zh, en));
        all.addAll(variants);
        return new ExcelColumn(key, all);
    }

    /**
     * The column of a rule's field name (validation names fields, the sheet names columns), or of a column key;
     * null for neither, which is a problem of the whole file.
     */
    public static <E extends Enum<E>> E column(Class<E> type, Map<String, E> byRuleField, String field) {
        if (field == null || field.isEmpty()) {
            return null;
        }
        E c = byRuleField.get(field);
        if (c != null) {
            return c;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(field)) {
                return e;
            }
        }
        return null;
    }
}
