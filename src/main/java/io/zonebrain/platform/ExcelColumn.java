package io.zonebrain.platform;

import java.util.List;
import java.util.Locale;

/**
 * A column an import expects: a key for the code, and the headings people may give it (Chinese and English,
 * with or without the unit). Headings match ignoring spaces, case and full-width brackets.
 */
public record ExcelColumn(String key, List<String> headings) {

    public ExcelColumn {
        headings = List.copyOf(headings);
    }

    public static ExcelColumn of(String key, String... headings) {
        return new ExcelColumn(key, List.of(headings));
    }

    public boolean matches(String heading) {
        String h = normalise(heading);
        return headings.stream().anyMatch(x -> normalise(x).equals(h));
    }

    public String mainHeading() {
        return headings.get(0);
    }

    static String normalise(String heading) {
        return heading == null ? "" : heading.replaceAll("[\\s\\u3000]+", "")
                .replace('（', '(').replace('）', ')').toLowerCase(Locale.ROOT);
    }
}
