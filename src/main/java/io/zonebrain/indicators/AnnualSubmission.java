package io.zonebrain.indicators;

import java.math.BigDecimal;
import java.util.Map;

/** Annual figures as someone hands them in; money already in yuan (see {@code enteredIn}). */
public record AnnualSubmission(Long enterpriseId, String uscc, int year, Map<AnnualIndicator, BigDecimal> values,
                               String jumpReason, boolean unitsConfirmed, MoneyUnit enteredIn, ReportSource source) {
}
