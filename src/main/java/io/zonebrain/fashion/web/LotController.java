package io.zonebrain.fashion.web;

import io.zonebrain.fashion.FashionCaller;
import io.zonebrain.fashion.Lot;
import io.zonebrain.fashion.LotFilter;
import io.zonebrain.fashion.LotStatus;
import io.zonebrain.fashion.Lots;
import io.zonebrain.fashion.MilestoneStep;
import io.zonebrain.platform.ConcurrentEditException;
import io.zonebrain.platform.ValidationException;
import java.math.BigDecimal;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Lots: the list (a factory its own, a brand those of its orders, the operator and officials all) and a lot's page,
 * built for a phone: a factory confirms or declines with one tap and reports the next milestone with one big button.
 */
@Controller
class LotController {

    private final Lots lots;
    private final FashionLookups lookups;

    LotController(Lots lots, FashionLookups lookups) {
        this.lots = lots;
        this.lookups = lookups;
    }

    @GetMapping("/fashion/lots")
    String list(@RequestParam(required = false) LotStatus status, @RequestParam(required = false) String season,
                @RequestParam(required = false) String factory, @RequestParam(defaultValue = "0") int page,
                Model model, Locale locale) {
        FashionCaller me = FashionCaller.current();
        model.addAttribute("result", lots.list(new LotFilter(status, season, factory, null, Math.max(0, page), 30)));
        model.addAttribute("caller", me);
        model.addAttribute("status", status);
        model.addAttribute("season", season);
        model.addAttribute("factory", factory);
        model.addAttribute("statuses", LotStatus.values());
        lookups.addTo(model, me.zoneId(), locale);
        return "fashion/lots";
    }

    @GetMapping("/fashion/lots/{id:\\d+}")
    String lot(@PathVariable long id, Model model, Locale locale) {
        Lot lot = lots.get(id);
        FashionCaller me = FashionCaller.current();
        model.addAttribute("lot", lot);
        model.addAttribute("caller", me);
        model.addAttribute("acts", me.operates() || me.isFactory() && lot.factoryId() == me.factoryId());
        model.addAttribute("rates", lot.status() == LotStatus.SHIPPED
                && (me.operates() || me.isBrand() && lot.brandId() == me.brandId()));
        model.addAttribute("steps", java.util.Arrays.stream(MilestoneStep.values())
                .map(step -> new StepRow(step, lot.milestones().stream().filter(m -> m.step() == step).findFirst()
                        .orElse(null))).toList());
        lookups.addTo(model, me.zoneId(), locale);
        return "fashion/lot";
    }

    @PostMapping("/fashion/lots/{id:\\d+}/confirm")
    String confirm(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        return act(id, redirect, () -> lots.confirm(id, version));
    }

    @PostMapping("/fashion/lots/{id:\\d+}/decline")
    String decline(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String reason,
                   RedirectAttributes redirect) {
        return act(id, redirect, () -> lots.decline(id, version, reason));
    }

    @PostMapping("/fashion/lots/{id:\\d+}/milestones")
    String report(@PathVariable long id, @RequestParam MilestoneStep step,
                  @RequestParam(required = false) String note, RedirectAttributes redirect) {
        return act(id, redirect, () -> lots.report(id, step, note));
    }

    @PostMapping("/fashion/lots/{id:\\d+}/rating")
    String rate(@PathVariable long id, @RequestParam(required = false) Integer score,
                @RequestParam(required = false) BigDecimal defectRate, @RequestParam(required = false) String note,
                RedirectAttributes redirect) {
        return act(id, redirect, () -> lots.rate(id, score, defectRate, note));
    }

    /** A milestone step and, once reported, its report. */
    record StepRow(MilestoneStep step, io.zonebrain.fashion.Milestone milestone) {
    }

    private String act(long id, RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("done", true);
        } catch (ValidationException e) {
            redirect.addFlashAttribute("errors", e.errors());
        } catch (ConcurrentEditException e) {
            redirect.addFlashAttribute("conflict", true);
        }
        return "redirect:/fashion/lots/" + id;
    }
}
