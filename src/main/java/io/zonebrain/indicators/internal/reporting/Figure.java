package io.zonebrain.indicators.internal.reporting;

import io.zonebrain.indicators.AnnualIndicator;
import io.zonebrain.indicators.MonthlyIndicator;
import io.zonebrain.indicators.Unit;

/**
 * One figure of a report, whether monthly or annual, so the rules and the import are written once. {@code field}
 * is what errors name (a message key, so "field." + field labels it); {@code column} a constant of the enums.
 */
public record Figure(String code, String field, String column, Unit unit, boolean mayBeNegative, boolean cumulative) {

    static Figure of(MonthlyIndicator i) {
        return new Figure(i.name(), i.messageKey(), i.column(), i.unit(), i.mayBeNegative(), i.cumulative());
    }

    static Figure of(AnnualIndicator i) {
        return new Figure(i.name(), i.messageKey(), i.column(), i.unit(), i.mayBeNegative(), false);
    }

    public boolean money() {
        return unit == Unit.YUAN;
    }
}
