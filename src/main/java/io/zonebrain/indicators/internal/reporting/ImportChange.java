package io.zonebrain.indicators.internal.reporting;

import java.math.BigDecimal;

/**
 * One figure a confirmed import would replace: the enterprise, the period, the figure (its code), and the value
 * reported before against the file's value, both in yuan (or the figure's own unit). Shown before anything changes.
 */
public record ImportChange(int row, String uscc, String name, String period, String figure, BigDecimal before,
                           BigDecimal after) {
}
