package io.zonebrain.indicators;

import java.time.Instant;
import java.time.YearMonth;

/** One enterprise's report for one month, year-to-date cumulative as reported. */
public record MonthlyReport(long enterpriseId, long zoneId, YearMonth period, MonthlyFigures figures,
                           String jumpReason, ReportSource source, String reportedBy, Instant reportedAt) {
}
