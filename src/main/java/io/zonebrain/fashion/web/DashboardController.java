package io.zonebrain.fashion.web;

import io.zonebrain.fashion.ClusterDashboard;
import io.zonebrain.fashion.ClusterFigures;
import io.zonebrain.fashion.FashionCaller;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The cluster dashboard (/fashion) for officials and the operator. The page carries the tiles and tables
 * (readable without JavaScript); the charts fetch /fashion/data, because the CSP allows no inline script.
 */
@Controller
class DashboardController {

    private final ClusterFigures figures;
    private final FashionLookups lookups;
    private final MessageSource messages;

    DashboardController(ClusterFigures figures, FashionLookups lookups, MessageSource messages) {
        this.figures = figures;
        this.lookups = lookups;
        this.messages = messages;
    }

    @GetMapping("/fashion")
    String dashboard(@RequestParam(required = false) String season, Model model, Locale locale) {
        FashionCaller me = FashionCaller.current().requireOverview();
        String shown = season == null || season.isBlank() ? figures.defaultSeason() : season;
        model.addAttribute("d", figures.dashboard(shown));
        model.addAttribute("season", shown);
        model.addAttribute("seasonChoices", figures.seasonChoices());
        model.addAttribute("caller", me);
        lookups.addTo(model, me.zoneId(), locale);
        return "fashion/dashboard";
    }

    @GetMapping(value = "/fashion/data", produces = "application/json")
    @ResponseBody
    Map<String, Object> data(@RequestParam(required = false) String season, Locale locale) {
        FashionCaller me = FashionCaller.current().requireOverview();
        ClusterDashboard d = figures.dashboard(season);
        Model labels = new org.springframework.ui.ExtendedModelMap();
        lookups.addTo(labels, me.zoneId(), locale);
        @SuppressWarnings("unchecked")
        Map<String, String> towns = (Map<String, String>) labels.getAttribute("towns");
        @SuppressWarnings("unchecked")
        Map<String, String> categories = (Map<String, String>) labels.getAttribute("categories");
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("towns", slices(d.byTown(), towns));
        out.put("categories", slices(d.byCategory(), categories));
        List<Map<String, Object>> bands = new ArrayList<>();
        d.sizeBands().forEach(b -> bands.add(Map.of("label", text("fashion.size." + b.band(), locale),
                "factories", b.factories())));
        out.put("sizes", bands);
        List<Map<String, Object>> seasons = new ArrayList<>();
        d.seasons().forEach(s -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("season", s.season());
            m.put("outputWan", wan(s.outputYuan()));
            m.put("onTimePercent", s.onTimeRate() == null ? null : Math.round(s.onTimeRate() * 1000) / 10.0);
            m.put("perFactoryWan", wan(s.outputPerParticipant()));
            seasons.add(m);
        });
        out.put("seasons", seasons);
        out.put("text", Map.of("capacity", text("fashion.dash.chart.capacity", locale),
                "utilisation", text("fashion.dash.chart.utilisation", locale),
                "factories", text("fashion.dash.chart.factories", locale),
                "output", text("fashion.dash.chart.output", locale),
                "onTime", text("fashion.dash.chart.onTime", locale),
                "perFactory", text("fashion.dash.chart.perFactory", locale)));
        return out;
    }

    private static List<Map<String, Object>> slices(List<ClusterDashboard.Slice> slices, Map<String, String> labels) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ClusterDashboard.Slice s : slices) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("label", labels.getOrDefault(s.code(), s.code()));
            m.put("factories", s.factories());
            // 万 standard minutes per day, as officials read large numbers
            m.put("capacityWan", s.capacityPerDay().divide(BigDecimal.valueOf(10_000), 1, RoundingMode.HALF_UP));
            m.put("utilisationPercent", s.utilisation() == null ? null : Math.round(s.utilisation() * 1000) / 10.0);
            out.add(m);
        }
        return out;
    }

    private static BigDecimal wan(BigDecimal yuan) {
        return yuan.divide(BigDecimal.valueOf(10_000), 1, RoundingMode.HALF_UP);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
