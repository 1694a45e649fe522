package io.zonebrain.indicators;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * A year-to-date total and its like-for-like (同口径) growth: {@code comparableYtd} is this year's value of the firms
 * that also reported a year earlier, {@code priorYtd} those same firms' value then. Firms new to the set count in
 * the total but not in the growth, as the statistics bureau counts them.
 */
public record Figure(BigDecimal ytd, BigDecimal comparableYtd, BigDecimal priorYtd) {

    public static Figure of(BigDecimal ytd, BigDecimal comparableYtd, BigDecimal priorYtd) {
        return new Figure(nz(ytd), nz(comparableYtd), nz(priorYtd));
    }

    /** Growth as a fraction (0.05 = +5%), or null when there is nothing to compare with. */
    public Double yoy() {
        if (priorYtd.signum() <= 0) {
            return null;
        }
        return comparableYtd.divide(priorYtd, MathContext.DECIMAL64).doubleValue() - 1;
    }

    public boolean growing() {
        Double yoy = yoy();
        return yoy != null && yoy > 0;
    }

    private static BigDecimal nz(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }
}
