package io.zonebrain.fashion.internal;

import io.zonebrain.fashion.FashionCodes;
import io.zonebrain.platform.Dictionaries;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The zone's category, process and town lists, read once per check (an import checks thousands of rows). */
@Component
public class FashionCodeLists {

    private final Dictionaries dictionaries;

    FashionCodeLists(Dictionaries dictionaries) {
        this.dictionaries = dictionaries;
    }

    public Snapshot load(long zoneId) {
        return new Snapshot(entries(zoneId, FashionCodes.CATEGORY_KIND), entries(zoneId, FashionCodes.PROCESS_KIND),
                entries(zoneId, FashionCodes.TOWN_KIND));
    }

    private List<Dictionaries.Entry> entries(long zoneId, String kind) {
        return dictionaries.entries(zoneId, kind);
    }

    /** Labels by code in the reader's language, in the dictionary's order. */
    public Map<String, String> labels(long zoneId, String kind, Locale locale) {
        Map<String, String> labels = new LinkedHashMap<>();
        dictionaries.entries(zoneId, kind).forEach(e -> labels.put(e.code(), e.label(locale)));
        return labels;
    }

    /** The three lists; {@code find} accepts a code or a label in either language, as people type them in Excel. */
    public record Snapshot(List<Dictionaries.Entry> categories, List<Dictionaries.Entry> processes,
                           List<Dictionaries.Entry> towns) {

        public Set<String> categoryCodes() {
            return categories.stream().map(Dictionaries.Entry::code).collect(Collectors.toSet());
        }

        public Set<String> processCodes() {
            return processes.stream().map(Dictionaries.Entry::code).collect(Collectors.toSet());
        }

        public Set<String> townCodes() {
            return towns.stream().map(Dictionaries.Entry::code).collect(Collectors.toSet());
        }

        public static String find(List<Dictionaries.Entry> entries, String text) {
            if (text == null) {
                return null;
            }
            String t = text.strip();
            for (Dictionaries.Entry e : entries) {
                if (e.code().equalsIgnoreCase(t) || e.labelZh().equals(t) || e.labelEn().equalsIgnoreCase(t)) {
                    return e.code();
                }
            }
            return null;
        }
    }
}
