package io.zonebrain.indicators.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zonebrain.indicators.EconomicRollups;
import io.zonebrain.indicators.ZoneSummary;
import java.time.YearMonth;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The zone's headline economic figures for district and provincial systems. Officials only. */
@RestController
@RequestMapping("/api/v1/indicators")
@Tag(name = "indicators", description = "经济运行 / economic monitoring rollups")
class ZoneSummaryApiController {

    private final EconomicRollups rollups;

    ZoneSummaryApiController(EconomicRollups rollups) {
        this.rollups = rollups;
    }

    @GetMapping("/zone-summary")
    @Operation(summary = "Year-to-date totals and like-for-like growth (同口径) of the above-scale firms for a month")
    ZoneSummary zoneSummary(@RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth period,
                            @RequestParam(required = false) String zone) {
        return rollups.zoneSummary(period, zone);
    }
}
