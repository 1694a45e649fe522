package io.zonebrain.indicators;

import java.math.BigDecimal;

/**
 * An annual target for the zone ({@code clusterCode} null) or one cluster: an amount in the indicator's unit, a
 * growth rate (fraction), or both. {@code indicator} is a {@link MonthlyIndicator} name.
 */
public record Target(int year, String indicator, String clusterCode, BigDecimal targetValue, BigDecimal targetGrowth) {
}
