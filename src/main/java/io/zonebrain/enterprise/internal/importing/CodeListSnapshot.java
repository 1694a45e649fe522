package io.zonebrain.enterprise.internal.importing;

import io.zonebrain.enterprise.EnterpriseTags;
import io.zonebrain.enterprise.internal.EnterpriseRepository;
import io.zonebrain.enterprise.internal.EnterpriseRules;
import io.zonebrain.platform.Dictionaries;
import io.zonebrain.platform.Zones;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The zone's code lists loaded once per import: what the rules check against, and how a cell's text (a code or a
 * label, a grid code or name) becomes the stored code. Lookups ignore case and surrounding spaces.
 */
final class CodeListSnapshot {

    private final EnterpriseRules.CodeLists codeLists;
    private final Map<String, Map<String, String>> codeByText = new HashMap<>();
    private final Map<String, Long> gridByText = new HashMap<>();

    private CodeListSnapshot(EnterpriseRules.CodeLists codeLists) {
        this.codeLists = codeLists;
    }

    static CodeListSnapshot load(long zoneId, EnterpriseRepository repository, Dictionaries dictionaries,
                                 Zones zones) {
        Map<String, Set<String>> codes = new HashMap<>();
        Map<String, Map<String, String>> byText = new HashMap<>();
        for (String kind : List.of(EnterpriseTags.KIND, EnterpriseTags.CLUSTER_KIND, EnterpriseTags.PARK_KIND)) {
            Set<String> set = new HashSet<>();
            Map<String, String> texts = new HashMap<>();
            for (Dictionaries.Entry e : dictionaries.entries(zoneId, kind)) {
                set.add(e.code());
                texts.putIfAbsent(key(e.labelZh()), e.code());
                texts.putIfAbsent(key(e.labelEn()), e.code());
            }
            // a code wins over a label that happens to read the same
            set.forEach(code -> texts.put(key(code), code));
            codes.put(kind, set);
            byText.put(kind, texts);
        }
        Set<Long> gridIds = new HashSet<>();
        Map<String, Long> grids = new HashMap<>();
        for (Zones.Grid g : zones.grids(zoneId)) {
            gridIds.add(g.id());
            grids.putIfAbsent(key(g.name()), g.id());
        }
        zones.grids(zoneId).forEach(g -> grids.put(key(g.code()), g.id()));
        CodeListSnapshot s = new CodeListSnapshot(
                EnterpriseRules.CodeLists.snapshot(repository.industryLevels(), codes, gridIds));
        s.codeByText.putAll(byText);
        s.gridByText.putAll(grids);
        return s;
    }

    EnterpriseRules.CodeLists codeLists() {
        return codeLists;
    }

    /** The dictionary code a cell means; unknown text is returned as typed, so the rules name it. */
    String code(String kind, String text) {
        if (text == null) {
            return null;
        }
        return codeByText.getOrDefault(kind, Map.of()).getOrDefault(key(text), text);
    }

    /** The grid a cell means (its code or its name), or null when there is no such grid. */
    Long grid(String text) {
        return gridByText.get(key(text));
    }

    private static String key(String s) {
        return s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
    }
}
