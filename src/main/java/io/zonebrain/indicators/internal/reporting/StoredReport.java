package io.zonebrain.indicators.internal.reporting;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/** A report row as stored, current or replaced; values keyed by {@link Figure#code()}, absent when not reported. */
public record StoredReport(long id, long enterpriseId, long zoneId, Object period, Map<String, BigDecimal> values,
                           String jumpReason, String source, String reportedBy, Instant reportedAt, boolean current,
                           Instant replacedAt) {

    public BigDecimal value(Figure f) {
        return values.get(f.code());
    }
}
