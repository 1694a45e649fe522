package io.zonebrain.indicators;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** The values of one monthly report, by indicator; an indicator not reported is absent. */
public record MonthlyFigures(Map<MonthlyIndicator, BigDecimal> values) {

    public MonthlyFigures {
        EnumMap<MonthlyIndicator, BigDecimal> copy = new EnumMap<>(MonthlyIndicator.class);
        values.forEach((k, v) -> {
            if (v != null) {
                copy.put(k, v);
            }
        });
        values = Collections.unmodifiableMap(copy);
    }

    public BigDecimal get(MonthlyIndicator indicator) {
        return values.get(indicator);
    }
}
