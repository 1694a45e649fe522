package io.zonebrain.fashion.internal.importing;

import io.zonebrain.platform.ExcelColumn;
import java.util.Locale;

/**
 * A column of a fashion sheet: its key (also the field name errors carry, so "field." + key labels it) and its
 * headings in both languages. Exports write the reader's language; imports accept either.
 */
record SheetColumn(String key, String zh, String en) {

    String heading(Locale locale) {
        return "en".equals(locale.getLanguage()) ? en : zh;
    }

    ExcelColumn excel() {
        return ExcelColumn.of(key, zh, en, key);
    }
}
