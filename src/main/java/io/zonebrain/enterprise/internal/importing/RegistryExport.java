package io.zonebrain.enterprise.internal.importing;

import io.zonebrain.enterprise.Contact;
import io.zonebrain.enterprise.Enterprise;
import io.zonebrain.enterprise.EnterpriseTags;
import io.zonebrain.platform.Dictionaries;
import io.zonebrain.platform.ExcelExport;
import io.zonebrain.platform.Zones;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * The registry list as Excel, in exactly the layout of the import template: an official can export a filtered
 * list, correct it in Excel and import it again, and an unedited export re-imports as "no change".
 */
@Component
public class RegistryExport {

    private final Dictionaries dictionaries;
    private final Zones zones;

    RegistryExport(Dictionaries dictionaries, Zones zones) {
        this.dictionaries = dictionaries;
        this.zones = zones;
    }

    public void write(OutputStream out, long zoneId, Locale locale, Consumer<Consumer<Enterprise>> profiles) {
        Map<String, String> clusters = labels(zoneId, EnterpriseTags.CLUSTER_KIND, locale);
        Map<String, String> parks = labels(zoneId, EnterpriseTags.PARK_KIND, locale);
        Map<String, String> tags = labels(zoneId, EnterpriseTags.KIND, locale);
        Map<Long, String> grids = new HashMap<>();
        zones.grids(zoneId).forEach(g -> grids.put(g.id(), g.name()));
        boolean english = "en".equals(locale.getLanguage());
        List<String> headers = Arrays.stream(ImportColumn.values()).map(c -> c.heading(locale)).toList();
        ExcelExport.write(out, english ? "enterprises" : "企业库", headers, sink -> profiles.accept(e -> {
            Contact cdo = e.contacts().stream().filter(Contact::chiefDataOfficer).findFirst().orElse(null);
            sink.accept(Arrays.asList(e.uscc(), e.name(), e.legalRepresentative(), e.foundedOn(),
                    e.registeredCapitalYuan() == null ? null : wan(e.registeredCapitalYuan()), e.address(),
                    parks.getOrDefault(e.parkCode(), e.parkCode()), grids.get(e.gridId()), e.industryCode(),
                    clusters.getOrDefault(e.clusterCode(), e.clusterCode()),
                    e.aboveScale() ? (english ? "yes" : "是") : (english ? "no" : "否"), e.ownLandMu(),
                    e.leasedAreaMu(), String.join("、", e.tags().stream().map(t -> tags.getOrDefault(t, t)).toList()),
                    cdo == null ? null : cdo.name(), cdo == null ? null : cdo.phone(),
                    cdo == null ? null : cdo.email()));
        }));
    }

    private static BigDecimal wan(BigDecimal yuan) {
        return yuan.movePointLeft(4).stripTrailingZeros();
    }

    private Map<String, String> labels(long zoneId, String kind, Locale locale) {
        Map<String, String> labels = new HashMap<>();
        dictionaries.entries(zoneId, kind).forEach(e -> labels.put(e.code(), e.label(locale)));
        return labels;
    }
}
