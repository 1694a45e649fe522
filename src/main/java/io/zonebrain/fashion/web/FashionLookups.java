package io.zonebrain.fashion.web;

import io.zonebrain.fashion.FashionCodes;
import io.zonebrain.fashion.internal.FashionCodeLists;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The code lists every fashion page shows, labelled in the reader's language. */
@Component
class FashionLookups {

    private final FashionCodeLists codeLists;

    FashionLookups(FashionCodeLists codeLists) {
        this.codeLists = codeLists;
    }

    void addTo(Model model, long zoneId, Locale locale) {
        model.addAttribute("towns", codeLists.labels(zoneId, FashionCodes.TOWN_KIND, locale));
        model.addAttribute("categories", codeLists.labels(zoneId, FashionCodes.CATEGORY_KIND, locale));
        model.addAttribute("processes", codeLists.labels(zoneId, FashionCodes.PROCESS_KIND, locale));
        model.addAttribute("qualityLevels", FashionCodes.QUALITY_LEVELS);
        model.addAttribute("sizeBands", java.util.List.of("MICRO", "SMALL", "MEDIUM", "LARGE"));
    }
}
