package io.zonebrain.indicators;

import java.math.BigDecimal;

/**
 * The unit a person typed money in. Storage is always yuan; the form and the bureau's Excel use 万元, the API yuan.
 * Knowing which lets a likely unit mistake be named precisely ("万元 typed where yuan are expected").
 */
public enum MoneyUnit {
    YUAN(BigDecimal.ONE),
    TEN_THOUSAND_YUAN(BigDecimal.valueOf(10_000));

    private final BigDecimal yuan;

    MoneyUnit(BigDecimal yuan) {
        this.yuan = yuan;
    }

    public BigDecimal toYuan(BigDecimal amount) {
        return amount == null ? null : amount.multiply(yuan);
    }

    public BigDecimal fromYuan(BigDecimal amountYuan) {
        return amountYuan == null ? null
                : amountYuan.divide(yuan, 6, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
