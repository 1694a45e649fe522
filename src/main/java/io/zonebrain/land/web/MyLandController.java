package io.zonebrain.land.web;

import io.zonebrain.land.Parcels;
import io.zonebrain.platform.CallerContext;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** An enterprise's own land: the parcels it owns (with their tenants) and its leases on others' parcels. */
@Controller
class MyLandController {

    private final Parcels parcels;
    private final Clock clock;

    MyLandController(Parcels parcels, Clock clock) {
        this.parcels = parcels;
        this.clock = clock;
    }

    @GetMapping("/land/mine")
    String mine(Model model) {
        if (CallerContext.require().isOfficial()) {
            return "redirect:/land/parcels"; // officials have no land of their own; their list is the zone's
        }
        model.addAttribute("land", parcels.mine());
        model.addAttribute("today", LocalDate.now(clock));
        return "land/mine";
    }
}
