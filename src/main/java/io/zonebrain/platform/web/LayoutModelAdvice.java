package io.zonebrain.platform.web;

import io.zonebrain.platform.CallerContext;
import io.zonebrain.platform.CurrentUser;
import io.zonebrain.platform.Zones;
import java.util.Locale;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: who is signed in, their zone, whether it is demo data, the language. */
@ControllerAdvice
class LayoutModelAdvice {

    private final Zones zones;

    LayoutModelAdvice(Zones zones) {
        this.zones = zones;
    }

    @ModelAttribute("me")
    CurrentUser me() {
        return CallerContext.find().orElse(null);
    }

    @ModelAttribute("zone")
    Zones.Zone zone() {
        return CallerContext.find().flatMap(u -> zones.find(u.zoneId())).orElse(null);
    }

    @ModelAttribute("english")
    boolean english(Locale locale) {
        return "en".equals(locale.getLanguage());
    }
}
