package io.zonebrain.fashion.web;

import io.zonebrain.fashion.AllocationProgress;
import io.zonebrain.fashion.AllocationRequest;
import io.zonebrain.fashion.AllocationRounds;
import io.zonebrain.fashion.AllocationVersion;
import io.zonebrain.fashion.AllocationVersionLot;
import io.zonebrain.fashion.Brands;
import io.zonebrain.fashion.FashionCaller;
import io.zonebrain.fashion.Season;
import io.zonebrain.fashion.internal.SeasonStore;
import io.zonebrain.platform.ExcelExport;
import io.zonebrain.platform.ValidationException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Allocation rounds in the browser: the list of versions with the start and at-risk forms, a round's live progress
 * (best score over time, stop button), a version's summary, charts, lots (filters, Excel, pin, "why" on click),
 * a brand's "re-solve my orders" and the brand's answer from its order page.
 */
@Controller
class AllocationController {

    private final AllocationRounds rounds;
    private final FashionLookups lookups;
    private final SeasonStore seasons;
    private final MessageSource messages;
    private final Clock clock;
    private final Brands brands;

    AllocationController(AllocationRounds rounds, FashionLookups lookups, SeasonStore seasons,
                         MessageSource messages, Clock clock, Brands brands) {
        this.brands = brands;
        this.rounds = rounds;
        this.lookups = lookups;
        this.seasons = seasons;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/fashion/allocations")
    String list(@RequestParam(required = false) String season, Model model, Locale locale) {
        FashionCaller me = FashionCaller.current().requireReader();
        model.addAttribute("versions", rounds.versions(season));
        model.addAttribute("caller", me);
        model.addAttribute("season", season);
        model.addAttribute("seasons", seasons.codes(me.zoneId()));
        String coming = Season.coming(LocalDate.now(clock)).code();
        model.addAttribute("coming", coming);
        if (me.seesAll()) {
            model.addAttribute("atRisk", rounds.atRiskCount(season == null || season.isBlank() ? coming : season));
        }
        lookups.addTo(model, me.zoneId(), locale);
        return "fashion/allocations";
    }

    @GetMapping("/fashion/allocations/export.xlsx")
    void exportVersions(@RequestParam(required = false) String season, Locale locale, HttpServletResponse response)
            throws IOException {
        List<AllocationVersion> versions = rounds.versions(season);
        response.setContentType(ExcelExport.CONTENT_TYPE);
        response.setHeader("Content-Disposition", "attachment; filename=\"allocations.xlsx\"");
        ExcelExport.write(response.getOutputStream(), "allocations", List.of(text("fashion.alloc.version", locale),
                text("fashion.season", locale), text("fashion.alloc.mode", locale),
                text("fashion.alloc.startedBy", locale), text("fashion.alloc.startedAt", locale),
                text("fashion.alloc.spent", locale), text("fashion.alloc.stoppedShort", locale),
                text("fashion.alloc.lots", locale), text("fashion.alloc.placed", locale),
                text("fashion.alloc.cost", locale)), sink -> versions.forEach(v -> sink.accept(List.of(v.id(),
                        v.seasonCode(), text("fashion.alloc.mode." + v.mode(), locale), v.startedBy(),
                        v.startedAt().toLocalDateTime().toString(), v.spentMs() / 1000.0, v.stopped(), v.lotsTotal(),
                        v.lotsPlaced(), v.costYuan()))));
    }

    @PostMapping("/fashion/allocations")
    String start(@RequestParam(required = false) String season, @RequestParam(required = false) String category,
                 @RequestParam(required = false) String town, @RequestParam(required = false) String brand,
                 @RequestParam(required = false) Integer seconds, @RequestParam(defaultValue = "ROUND") String mode,
                 RedirectAttributes redirect) {
        AllocationRequest request = new AllocationRequest(season, category, town, brand, seconds);
        try {
            UUID id = "AT_RISK".equals(mode) ? rounds.reallocateAtRisk(request) : rounds.start(request);
            return "redirect:/fashion/allocations/rounds/" + id;
        } catch (ValidationException e) {
            redirect.addFlashAttribute("errors", e.errors());
            return "redirect:/fashion/allocations";
        }
    }

    @GetMapping("/fashion/allocations/rounds/{id}")
    String round(@PathVariable UUID id, Model model) {
        model.addAttribute("p", rounds.progress(id));
        model.addAttribute("caller", FashionCaller.current());
        return "fashion/allocation-round";
    }

    @GetMapping("/fashion/allocations/rounds/{id}/progress")
    String roundProgress(@PathVariable UUID id, Model model) {
        model.addAttribute("p", rounds.progress(id));
        model.addAttribute("caller", FashionCaller.current());
        return "fashion/allocation-round :: progress";
    }

    @GetMapping(value = "/fashion/allocations/rounds/{id}/points", produces = "application/json")
    @ResponseBody
    Map<String, Object> points(@PathVariable UUID id, Locale locale) {
        AllocationProgress p = rounds.progress(id);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("running", p.running());
        out.put("points", p.points());
        out.put("text", Map.of("unplaced", text("fashion.alloc.chart.unplaced", locale),
                "cost", text("fashion.alloc.chart.cost", locale), "seconds", text("fashion.alloc.chart.seconds",
                        locale)));
        return out;
    }

    @PostMapping("/fashion/allocations/rounds/{id}/stop")
    String stop(@PathVariable UUID id) {
        rounds.stop(id);
        return "redirect:/fashion/allocations/rounds/" + id;
    }

    @GetMapping("/fashion/allocations/{id}")
    String version(@PathVariable long id, @RequestParam(required = false) String factory,
                   @RequestParam(required = false) String order, @RequestParam(required = false) String town,
                   @RequestParam(required = false) String category, @RequestParam(required = false) Boolean placed,
                   Model model, Locale locale) {
        FashionCaller me = FashionCaller.current();
        AllocationVersion v = rounds.version(id);
        model.addAttribute("v", v);
        model.addAttribute("ruleWeights", AllocationVersion.softWeightsInYuan());
        model.addAttribute("brandMaxSeconds", AllocationRequest.BRAND_MAX_SECONDS);
        if (me.seesAll() && v.forBrandId() != null) {
            model.addAttribute("forBrand", brands.get(v.forBrandId()));
        }
        List<AllocationVersionLot> all = rounds.lots(id, factory, order, town, category, placed);
        model.addAttribute("lots", all.size() > 1000 ? all.subList(0, 1000) : all);
        model.addAttribute("lotCount", all.size());
        model.addAttribute("caller", me);
        model.addAttribute("factory", factory);
        model.addAttribute("order", order);
        model.addAttribute("town", town);
        model.addAttribute("category", category);
        model.addAttribute("placed", placed);
        lookups.addTo(model, me.zoneId(), locale);
        return "fashion/allocation";
    }

    @GetMapping(value = "/fashion/allocations/{id}/data", produces = "application/json")
    @ResponseBody
    Map<String, Object> data(@PathVariable long id, Locale locale) {
        FashionCaller me = FashionCaller.current();
        rounds.version(id);
        Model labels = new org.springframework.ui.ExtendedModelMap();
        lookups.addTo(labels, me.zoneId(), locale);
        @SuppressWarnings("unchecked")
        Map<String, String> towns = (Map<String, String>) labels.getAttribute("towns");
        @SuppressWarnings("unchecked")
        Map<String, String> categories = (Map<String, String>) labels.getAttribute("categories");
        Map<String, Long> byTown = new TreeMap<>();
        Map<String, Long> byCategory = new TreeMap<>();
        for (AllocationVersionLot l : rounds.lots(id, null, null, null, null, true)) {
            byTown.merge(l.townCode(), l.loadMinutes(), Long::sum);
            byCategory.merge(l.categoryCode(), l.loadMinutes(), Long::sum);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("towns", bars(byTown, towns));
        out.put("categories", bars(byCategory, categories));
        out.put("text", Map.of("load", text("fashion.alloc.chart.load", locale)));
        return out;
    }

    private static List<Map<String, Object>> bars(Map<String, Long> minutes, Map<String, String> labels) {
        List<Map<String, Object>> out = new ArrayList<>();
        minutes.forEach((code, m) -> out.add(Map.of("label", labels.getOrDefault(code, code),
                "loadWan", Math.round(m / 1000.0) / 10.0)));
        return out;
    }

    @GetMapping("/fashion/allocations/{id}/lots.xlsx")
    void exportLots(@PathVariable long id, @RequestParam(required = false) String factory,
                    @RequestParam(required = false) String order, @RequestParam(required = false) String town,
                    @RequestParam(required = false) String category, @RequestParam(required = false) Boolean placed,
                    Locale locale, HttpServletResponse response) throws IOException {
        rounds.version(id);
        List<AllocationVersionLot> lots = rounds.lots(id, factory, order, town, category, placed);
        response.setContentType(ExcelExport.CONTENT_TYPE);
        response.setHeader("Content-Disposition", "attachment; filename=\"allocation-" + id + ".xlsx\"");
        ExcelExport.write(response.getOutputStream(), "lots", List.of(text("fashion.alloc.lotKey", locale),
                text("fashion.alloc.filter.order", locale), text("field.order.brand", locale),
                text("field.order.category", locale), text("field.order.dueOn", locale),
                text("field.lot.quantity", locale), text("fashion.alloc.filter.factory", locale),
                text("field.lot.factory", locale), text("fashion.alloc.load", locale),
                text("fashion.alloc.cost", locale), text("fashion.alloc.pinned", locale)),
                sink -> lots.forEach(l -> sink.accept(java.util.Arrays.asList(l.lotKey(), l.orderCode(),
                        l.brandName(), l.categoryCode(), l.dueOn(), l.quantity(), l.factoryCode(), l.factoryName(),
                        l.loadMinutes(), l.costYuan(), l.pinned() || l.pinnedNow()))));
    }

    @GetMapping("/fashion/allocations/{id}/lots/{key}/why")
    String why(@PathVariable long id, @PathVariable String key, Model model) {
        model.addAttribute("why", rounds.explain(id, key));
        return "fashion/allocation :: why";
    }

    @PostMapping("/fashion/allocations/{id}/pin")
    String pin(@PathVariable long id, @RequestParam String key, RedirectAttributes redirect) {
        return act(id, redirect, () -> rounds.pin(id, key));
    }

    @PostMapping("/fashion/allocations/{id}/resolve")
    String resolve(@PathVariable long id, @RequestParam(required = false) Integer seconds,
                   RedirectAttributes redirect) {
        try {
            return "redirect:/fashion/allocations/rounds/" + rounds.resolve(id, seconds);
        } catch (ValidationException e) {
            redirect.addFlashAttribute("errors", e.errors());
            return "redirect:/fashion/allocations/" + id;
        }
    }

    @PostMapping("/fashion/allocations/{id}/accept")
    String accept(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, () -> redirect.addFlashAttribute("acceptedNow", rounds.accept(id)));
    }

    @PostMapping("/fashion/allocations/{id}/answer")
    String answer(@PathVariable long id, @RequestParam long orderId, @RequestParam boolean accept,
                  RedirectAttributes redirect) {
        try {
            rounds.answer(id, orderId, accept);
            redirect.addFlashAttribute("done", true);
        } catch (ValidationException e) {
            redirect.addFlashAttribute("errors", e.errors());
        }
        return "redirect:/fashion/orders/" + orderId;
    }

    private String act(long id, RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("done", true);
        } catch (ValidationException e) {
            redirect.addFlashAttribute("errors", e.errors());
        }
        return "redirect:/fashion/allocations/" + id;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
