package io.zonebrain.cockpit.web;

import io.zonebrain.indicators.MonthlyFigures;
import io.zonebrain.indicators.MonthlyIndicator;
import io.zonebrain.indicators.MonthlyReports;
import io.zonebrain.platform.CallerContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
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
    private final MonthlyReports reports;
    private final JsonMapper json;

    MyCockpitController(EconomicRollups rollups, MonthlyReports reports, JsonMapper json) {
        this.rollups = rollups;
        this.reports = reports;
        this.json = json;
    }

    /**
     * The enterprise's own output month by month, this year against last (in 万元), from its own reports only:
     * single months derived from the year-to-date values, a month left empty where it cannot be derived.
     */
    private List<Map<String, Object>> ownMonths(YearMonth p) {
        long me = CallerContext.require().enterpriseId();
        Map<YearMonth, MonthlyFigures> ytd = new HashMap<>();
        reports.list(me, YearMonth.of(p.getYear() - 1, 1), p).forEach(r -> ytd.put(r.period(), r.figures()));
        List<Map<String, Object>> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            Map<String, Object> point = new LinkedHashMap<>();
            point.put("month", m);
            point.put("thisYear", m <= p.getMonthValue() ? single(ytd, YearMonth.of(p.getYear(), m)) : null);
            point.put("lastYear", single(ytd, YearMonth.of(p.getYear() - 1, m)));
            months.add(point);
        }
        return months;
    }

    private static BigDecimal single(Map<YearMonth, MonthlyFigures> ytd, YearMonth month) {
        MonthlyFigures now = ytd.get(month);
        if (now == null) {
            return null;
        }
        MonthlyFigures before = month.getMonthValue() == 1 ? null : ytd.get(month.minusMonths(1));
        BigDecimal yuan = MonthlyReports.singleMonth(now, before, month).get(MonthlyIndicator.GROSS_OUTPUT);
        return yuan == null ? null : yuan.movePointLeft(4).setScale(1, RoundingMode.HALF_UP);
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
        model.addAttribute("ownMonths", json.writeValueAsString(ownMonths(p)));
        return "cockpit/mine";
    }
}
