package io.zonebrain.indicators.internal.reporting;

import java.math.BigDecimal;

/** Numbers as they appear in messages: in the unit the person typed, without trailing zeros. */
final class Amounts {

    private Amounts() {
    }

    static String shown(ReportEntry entry, Figure f, BigDecimal stored) {
        if (stored == null) {
            return "";
        }
        BigDecimal v = f.money() ? entry.enteredIn().fromYuan(stored) : stored;
        return v.setScale(Math.min(Math.max(v.scale(), 0), 4), java.math.RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
    }
}
