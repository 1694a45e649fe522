package io.zonebrain.indicators.internal.reporting;

import io.zonebrain.indicators.MoneyUnit;
import io.zonebrain.indicators.ReportSource;
import java.math.BigDecimal;
import java.util.Map;

/**
 * A report ready to be checked and written, for an enterprise already found in the caller's scope. {@code period}
 * is a YearMonth (monthly) or an Integer year (annual); {@code values} are keyed by {@link Figure#code()}, in yuan.
 */
public record ReportEntry(ReportKind kind, long enterpriseId, long zoneId, Object period,
                          Map<String, BigDecimal> values, String jumpReason, boolean unitsConfirmed,
                          MoneyUnit enteredIn, ReportSource source) {

    public BigDecimal value(Figure f) {
        return values.get(f.code());
    }

    public boolean hasReason() {
        return jumpReason != null && !jumpReason.isBlank();
    }
}
