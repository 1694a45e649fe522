package io.zonebrain.cockpit.web;

import io.zonebrain.enterprise.IndustryCodes;
import io.zonebrain.indicators.Dimension;
import io.zonebrain.platform.Dictionaries;
import io.zonebrain.platform.Zones;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The names officials read for the codes a rollup groups by: clusters and parks from the code lists, grid names. */
@Component
class Labels {

    private final Dictionaries dictionaries;
    private final Zones zones;
    private final IndustryCodes industryCodes;

    Labels(Dictionaries dictionaries, Zones zones, IndustryCodes industryCodes) {
        this.dictionaries = dictionaries;
        this.zones = zones;
        this.industryCodes = industryCodes;
    }

    Map<String, String> of(long zoneId, Dimension dimension, Locale locale) {
        Map<String, String> labels = new HashMap<>();
        switch (dimension) {
            case CLUSTER, PARK -> dictionaries.entries(zoneId, dimension == Dimension.CLUSTER ? "cluster" : "park")
                    .forEach(e -> labels.put(e.code(), e.label(locale)));
            case GRID -> zones.grids(zoneId).forEach(g -> labels.put(Long.toString(g.id()), g.name()));
            // GB/T 4754 names are Chinese only; the code leads so an English reader can still place them
            case SECTION, DIVISION -> industryCodes.sectionsAndDivisions().stream()
                    .filter(c -> c.level() == (dimension == Dimension.SECTION ? 1 : 2))
                    .forEach(c -> labels.put(c.code(), c.code() + " " + c.name()));
            default -> { }
        }
        return labels;
    }

    String label(Map<String, String> labels, String key, String other) {
        return key == null ? other : labels.getOrDefault(key, key);
    }
}
