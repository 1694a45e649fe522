package io.zonebrain.cockpit.web;

import io.zonebrain.indicators.Dimension;
import io.zonebrain.indicators.MonthlyIndicator;
import io.zonebrain.indicators.Target;
import io.zonebrain.indicators.Targets;
import io.zonebrain.platform.CallerContext;
import io.zonebrain.platform.ValidationException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Zone admins set the year's targets (the security chain keeps /admin/** to them). Amounts are typed in 亿元 and
 * growth in percent, as officials write them; stored in yuan and as a fraction.
 */
@Controller
class TargetsAdminController {

    private static final BigDecimal YI = new BigDecimal("100000000");
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private final Targets targets;
    private final Labels labels;

    TargetsAdminController(Targets targets, Labels labels) {
        this.targets = targets;
        this.labels = labels;
    }

    @GetMapping("/admin/targets")
    String list(@RequestParam(required = false) Integer year, Model model, Locale locale) {
        int y = year == null ? Year.now().getValue() : year;
        model.addAttribute("year", y);
        model.addAttribute("targets", targets.list(y));
        model.addAttribute("indicators", Targets.TARGETABLE.stream().map(MonthlyIndicator::name).toList());
        model.addAttribute("clusterLabels", labels.of(CallerContext.require().zoneId(), Dimension.CLUSTER, locale));
        return "cockpit/targets";
    }

    @PostMapping("/admin/targets")
    String save(@RequestParam int year, @RequestParam String indicator,
                @RequestParam(required = false) String cluster, @RequestParam(required = false) BigDecimal valueYi,
                @RequestParam(required = false) BigDecimal growthPercent, @RequestParam(required = false) String reason,
                RedirectAttributes redirect) {
        Target target = new Target(year, indicator, cluster == null || cluster.isBlank() ? null : cluster,
                valueYi == null ? null : valueYi.multiply(YI).setScale(2, RoundingMode.HALF_UP),
                growthPercent == null ? null : growthPercent.divide(HUNDRED, 4, RoundingMode.HALF_UP));
        try {
            targets.put(target, reason);
            redirect.addFlashAttribute("saved", true);
        } catch (ValidationException e) {
            redirect.addFlashAttribute("errors", e.errors());
        }
        return "redirect:/admin/targets?year=" + year;
    }
}
