package io.zonebrain.cockpit.web;

import io.zonebrain.indicators.Alerts;
import io.zonebrain.indicators.Dimension;
import io.zonebrain.indicators.DimensionRollup;
import io.zonebrain.indicators.Drill;
import io.zonebrain.indicators.EconomicRollups;
import io.zonebrain.indicators.Rollup;
import io.zonebrain.indicators.Targets;
import io.zonebrain.platform.CallerContext;
import io.zonebrain.platform.CurrentUser;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The leadership cockpit. The page itself carries the tiles, tables, targets and alerts (server-rendered, so it
 * reads without JavaScript); the charts fetch {@code /cockpit/data} (the CSP allows no inline script).
 */
@Controller
class CockpitController {

    private static final int PAGE = 100;

    private final EconomicRollups rollups;
    private final Targets targets;
    private final Alerts alerts;
    private final Labels labels;
    private final MessageSource messages;

    CockpitController(EconomicRollups rollups, Targets targets, Alerts alerts, Labels labels,
                      MessageSource messages) {
        this.rollups = rollups;
        this.targets = targets;
        this.alerts = alerts;
        this.labels = labels;
        this.messages = messages;
    }

    @GetMapping("/cockpit")
    String cockpit(@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth period,
                   @RequestParam(required = false) String screen,
                   @RequestParam(defaultValue = "PARK") Dimension by, Model model, Locale locale) {
        CurrentUser me = CallerContext.require();
        if (me.isEnterprise()) {
            return "redirect:/cockpit/mine";
        }
        YearMonth latest = rollups.latestPeriod().orElse(YearMonth.now().minusMonths(1));
        YearMonth p = period == null ? latest : period;
        Rollup summary = rollups.summary(p);
        model.addAttribute("period", p);
        model.addAttribute("periods", periods(latest));
        model.addAttribute("tiles", CockpitTiles.of(summary, p));
        model.addAttribute("board", targets.board(p));
        model.addAttribute("alerts", alerts.at(p).stream().limit(30).toList());
        model.addAttribute("top", rollups.top(p, 10));
        Dimension side = by == Dimension.ZONE ? Dimension.PARK : by;
        model.addAttribute("areas", areas(me, p, side, locale));
        model.addAttribute("areasBy", side);
        model.addAttribute("areaDimensions", List.of(Dimension.PARK, Dimension.GRID, Dimension.CLUSTER,
                Dimension.SECTION, Dimension.DIVISION));
        model.addAttribute("clusterLabels", labels.of(me.zoneId(), Dimension.CLUSTER, locale));
        model.addAttribute("big", "big".equals(screen));
        return "big".equals(screen) ? "cockpit/big" : "cockpit/cockpit";
    }

    @GetMapping("/cockpit/firms")
    String firms(@RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth period,
                 @RequestParam(defaultValue = "ZONE") Dimension dimension, @RequestParam(required = false) String key,
                 @RequestParam(defaultValue = "ALL") Drill.Kind kind, @RequestParam(required = false) String bucket,
                 @RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
        CurrentUser me = CallerContext.require();
        model.addAttribute("period", period);
        model.addAttribute("kind", kind);
        model.addAttribute("bucket", bucket);
        model.addAttribute("sliceLabel", key == null ? null
                : labels.label(labels.of(me.zoneId(), dimension, locale), key, key));
        // one more than a page tells whether there is a next one; a page of 1,000 firms took 0.45 s to render
        List<io.zonebrain.indicators.EnterpriseFigure> firms = rollups.drill(period,
                new Drill(dimension, key, kind, bucket), PAGE + 1, Math.max(0, page) * PAGE);
        model.addAttribute("firms", firms.subList(0, Math.min(PAGE, firms.size())));
        model.addAttribute("hasNext", firms.size() > PAGE);
        model.addAttribute("page", Math.max(0, page));
        model.addAttribute("offset", Math.max(0, page) * PAGE);
        model.addAttribute("dimension", dimension);
        model.addAttribute("key", key);
        model.addAttribute("clusterLabels", labels.of(me.zoneId(), Dimension.CLUSTER, locale));
        return "cockpit/firms";
    }

    /** The same firms as Excel (the first 1,000, as the page can show), amounts in 亿元 as officials read them. */
    @GetMapping("/cockpit/firms.xlsx")
    void firmsExcel(@RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth period,
                    @RequestParam(defaultValue = "ZONE") Dimension dimension, @RequestParam(required = false) String key,
                    @RequestParam(defaultValue = "ALL") Drill.Kind kind, @RequestParam(required = false) String bucket,
                    Locale locale, jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
        CurrentUser me = CallerContext.require();
        Map<String, String> clusters = labels.of(me.zoneId(), Dimension.CLUSTER, locale);
        List<io.zonebrain.indicators.EnterpriseFigure> firms = rollups.drill(period,
                new Drill(dimension, key, kind, bucket));
        List<String> headers = List.of("cockpit.col.name", "cockpit.col.cluster", "cockpit.col.output",
                "cockpit.col.prior", "cockpit.col.yoy", "cockpit.col.valueAdded").stream()
                .map(k -> messages.getMessage(k, null, k, locale)).toList();
        response.setContentType(io.zonebrain.platform.ExcelExport.CONTENT_TYPE);
        response.setHeader("Content-Disposition", "attachment; filename=\"firms-" + period + ".xlsx\"");
        io.zonebrain.platform.ExcelExport.write(response.getOutputStream(), period.toString(), headers, sink ->
                firms.forEach(f -> sink.accept(java.util.Arrays.asList(f.name(),
                        f.clusterCode() == null ? null : clusters.getOrDefault(f.clusterCode(), f.clusterCode()),
                        yi(f.outputYtd()), yi(f.priorOutputYtd()), f.outputYoy(), yi(f.valueAddedYtd())))));
    }

    private static java.math.BigDecimal yi(java.math.BigDecimal yuan) {
        return yuan == null ? null : yuan.movePointLeft(8).setScale(4, java.math.RoundingMode.HALF_UP);
    }

    /** Rows for the "areas side by side" table: each park's output, growth and high-tech share. */
    private List<Area> areas(CurrentUser me, YearMonth p, Dimension dimension, Locale locale) {
        Map<String, String> names = labels.of(me.zoneId(), dimension, locale);
        String other = messages.getMessage("cockpit.other", null, locale);
        List<Area> areas = new ArrayList<>();
        for (DimensionRollup r : rollups.by(p, dimension)) {
            areas.add(new Area(r.key(), labels.label(names, r.key(), other), r.figures().enterprises(),
                    Figures.yi(r.figures().output().ytd()), Figures.growth(r.figures().output().yoy()),
                    r.figures().output().growing(), Figures.percent(r.figures().highTechShare()),
                    "/cockpit/firms?period=" + p + "&dimension=" + dimension + (r.key() == null ? ""
                            : "&key=" + r.key())));
        }
        return areas;
    }

    private static List<YearMonth> periods(YearMonth latest) {
        List<YearMonth> periods = new ArrayList<>();
        for (int i = 0; i < 36; i++) {
            periods.add(latest.minusMonths(i));
        }
        return periods;
    }

    record Area(String key, String label, int enterprises, String output, String growth, boolean up,
                String highTechShare, String drill) {
    }
}
