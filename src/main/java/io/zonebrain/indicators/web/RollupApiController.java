package io.zonebrain.indicators.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zonebrain.indicators.Alert;
import io.zonebrain.indicators.Alerts;
import io.zonebrain.indicators.Dimension;
import io.zonebrain.indicators.DimensionRollup;
import io.zonebrain.indicators.Drill;
import io.zonebrain.indicators.EconomicRollups;
import io.zonebrain.indicators.EnterpriseFigure;
import io.zonebrain.indicators.EnterpriseStanding;
import io.zonebrain.indicators.GrowthBucket;
import io.zonebrain.indicators.MonthPoint;
import io.zonebrain.indicators.MonthlyIndicator;
import io.zonebrain.indicators.TargetBoard;
import io.zonebrain.indicators.Targets;
import java.time.YearMonth;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The cockpit's rollups for other systems (and the benchmark): the same figures the cockpit shows. */
@RestController
@RequestMapping("/api/v1/indicators")
@Tag(name = "indicators")
class RollupApiController {

    private final EconomicRollups rollups;
    private final Targets targets;
    private final Alerts alerts;

    RollupApiController(EconomicRollups rollups, Targets targets, Alerts alerts) {
        this.rollups = rollups;
        this.targets = targets;
        this.alerts = alerts;
    }

    @GetMapping("/rollups")
    @Operation(summary = "Headline figures per cluster, industry section or division, park or grid (officials)")
    List<DimensionRollup> by(@RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth period,
                             @RequestParam Dimension dimension) {
        return rollups.by(period, dimension);
    }

    @GetMapping("/months")
    @Operation(summary = "Month by month, this year against last year; single-month values derived from YTD ones")
    List<MonthPoint> months(@RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth period,
                            @RequestParam(defaultValue = "GROSS_OUTPUT") MonthlyIndicator indicator) {
        return rollups.months(period, indicator);
    }

    @GetMapping("/firms")
    @Operation(summary = "The firms behind a figure: a slice and a kind (ALL, ABOVE_100M, GROWING, SHRINKING, ...)")
    List<EnterpriseFigure> firms(@RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth period,
                                 @RequestParam(defaultValue = "ZONE") Dimension dimension,
                                 @RequestParam(required = false) String key,
                                 @RequestParam(defaultValue = "ALL") Drill.Kind kind,
                                 @RequestParam(required = false) String bucket,
                                 @RequestParam(defaultValue = "1000") int limit) {
        return rollups.drill(period, new Drill(dimension, key, kind, bucket), limit);
    }

    @GetMapping("/growth-distribution")
    List<GrowthBucket> growth(@RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth period) {
        return rollups.growthDistribution(period);
    }

    @GetMapping("/targets")
    TargetBoard targets(@RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth period) {
        return targets.board(period);
    }

    @GetMapping("/alerts")
    List<Alert> alerts(@RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth period) {
        return alerts.at(period);
    }

    @GetMapping("/my-standing")
    @Operation(summary = "An enterprise user's own figures and its rank within its cluster (rank only)")
    EnterpriseStanding standing(@RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth period) {
        return rollups.standing(period);
    }
}
