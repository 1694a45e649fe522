package io.zonebrain.enterprise.web;

import io.zonebrain.enterprise.EnterpriseTags;
import io.zonebrain.enterprise.IndustryCodes;
import io.zonebrain.platform.Dictionaries;
import io.zonebrain.platform.Zones;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Labels and choices the registry pages show: clusters, parks, grids, tags, industry codes. */
@Component
class RegistryLookups {

    private final Dictionaries dictionaries;
    private final Zones zones;
    private final IndustryCodes industryCodes;

    RegistryLookups(Dictionaries dictionaries, Zones zones, IndustryCodes industryCodes) {
        this.dictionaries = dictionaries;
        this.zones = zones;
        this.industryCodes = industryCodes;
    }

    void addTo(Model model, long zoneId, Locale locale) {
        model.addAttribute("clusters", labels(zoneId, EnterpriseTags.CLUSTER_KIND, locale));
        model.addAttribute("parks", labels(zoneId, EnterpriseTags.PARK_KIND, locale));
        model.addAttribute("tagLabels", labels(zoneId, EnterpriseTags.KIND, locale));
        Map<Long, String> grids = new LinkedHashMap<>();
        zones.grids(zoneId).forEach(g -> grids.put(g.id(), g.name()));
        model.addAttribute("grids", grids);
        model.addAttribute("industrySections", industryCodes.sectionsAndDivisions());
    }

    Map<String, String> labels(long zoneId, String kind, Locale locale) {
        Map<String, String> labels = new LinkedHashMap<>();
        dictionaries.entries(zoneId, kind).forEach(e -> labels.put(e.code(), e.label(locale)));
        return labels;
    }

    List<IndustryCodes.IndustryCode> industryClasses() {
        return industryCodes.classes();
    }

    String industryName(String code) {
        return code == null ? "" : industryCodes.find(code).map(IndustryCodes.IndustryCode::name).orElse("");
    }
}
