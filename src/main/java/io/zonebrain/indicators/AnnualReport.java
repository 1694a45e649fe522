package io.zonebrain.indicators;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/** One enterprise's annual figures for the per-mu evaluation (亩均论英雄); money in yuan. */
public record AnnualReport(long enterpriseId, long zoneId, int year, Map<AnnualIndicator, BigDecimal> values,
                           String jumpReason, ReportSource source, String reportedBy, Instant reportedAt) {

    public BigDecimal get(AnnualIndicator indicator) {
        return values.get(indicator);
    }
}
