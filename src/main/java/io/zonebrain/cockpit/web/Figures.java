package io.zonebrain.cockpit.web;

import java.math.BigDecimal;
import java.util.Locale;

/** How the cockpit writes numbers: yuan as 亿元 with two decimals, fractions as percent with one. */
final class Figures {

    private static final BigDecimal YI = new BigDecimal("100000000");

    private Figures() {
    }

    static String yi(BigDecimal yuan) {
        return yuan == null ? "-" : String.format(Locale.ROOT, "%,.2f", yuan.divide(YI).doubleValue());
    }

    static double yiValue(BigDecimal yuan) {
        return yuan == null ? 0 : Math.round(yuan.divide(YI).doubleValue() * 100) / 100.0;
    }

    static String percent(Double fraction) {
        return fraction == null ? "-" : String.format(Locale.ROOT, "%.1f", fraction * 100);
    }

    static String growth(Double fraction) {
        return fraction == null ? null : String.format(Locale.ROOT, "%+.1f%%", fraction * 100);
    }
}
