package io.zonebrain.cockpit.web;

import io.zonebrain.indicators.EconomicRollups;
import io.zonebrain.indicators.EnterpriseStanding;
import java.time.YearMonth;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** An enterprise's own small cockpit: its figures, growth and rank within its cluster (rank only). */
@Controller
class MyCockpitController {

    private final EconomicRollups rollups;

    MyCockpitController(EconomicRollups rollups) {
        this.rollups = rollups;
    }

    @GetMapping("/cockpit/mine")
    String mine(@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth period, Model model) {
        YearMonth p = period != null ? period : rollups.latestPeriod().orElse(YearMonth.now().minusMonths(1));
        EnterpriseStanding standing = rollups.standing(p);
        model.addAttribute("period", p);
        model.addAttribute("standing", standing);
        model.addAttribute("output", standing.figures() == null ? null
                : Figures.yi(standing.figures().outputYtd()));
        model.addAttribute("valueAdded", standing.figures() == null ? null
                : Figures.yi(standing.figures().valueAddedYtd()));
        model.addAttribute("growth", standing.figures() == null ? null
                : Figures.growth(standing.figures().outputYoy()));
        return "cockpit/mine";
    }
}
