package io.zonebrain.indicators.internal.reporting;

import io.zonebrain.indicators.MoneyUnit;
import io.zonebrain.platform.FieldError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The commonest error of the monthly form: 万元 typed where yuan are expected (a value ~10,000× too small) or the
 * other way round (~10,000× too large), judged against the same period a year earlier. A factor of 2,000 or more
 * is far beyond any real growth yet tolerant of a firm that really shrank or grew a lot; the person may confirm.
 */
final class LikelyUnitMistake implements ReportPolicy {

    static final BigDecimal FACTOR = BigDecimal.valueOf(2_000);

    @Override
    public List<FieldError> check(ReportEntry entry, Neighbours around) {
        if (entry.unitsConfirmed() || around.yearBefore() == null) {
            return List.of();
        }
        List<FieldError> errors = new ArrayList<>();
        for (Figure f : entry.kind().figures()) {
            if (!f.money()) {
                continue;
            }
            Suspicion s = suspicion(entry, around, f);
            if (s != null) {
                errors.add(new FieldError(0, f.field(), s.code(), List.of(Amounts.shown(entry, f, entry.value(f)),
                        Amounts.shown(entry, f, around.yearBefore().value(f)))));
            }
        }
        return errors;
    }

    /** Null unless the figure is about 10,000× off; then which mistake it looks like in the unit used. */
    static Suspicion suspicion(ReportEntry entry, Neighbours around, Figure f) {
        BigDecimal v = entry.value(f);
        BigDecimal last = around.yearBefore() == null ? null : around.yearBefore().value(f);
        if (!f.money() || v == null || last == null || v.signum() <= 0 || last.signum() <= 0) {
            return null;
        }
        boolean tooSmall = v.multiply(FACTOR).compareTo(last) <= 0;
        boolean tooLarge = last.multiply(FACTOR).compareTo(v) <= 0;
        if (tooSmall) {
            return new Suspicion(entry.enteredIn() == MoneyUnit.YUAN
                    ? "indicators.unit.wanWhereYuanExpected" : "indicators.unit.tooSmall");
        }
        if (tooLarge) {
            return new Suspicion(entry.enteredIn() == MoneyUnit.TEN_THOUSAND_YUAN
                    ? "indicators.unit.yuanWhereWanExpected" : "indicators.unit.tooLarge");
        }
        return null;
    }

    record Suspicion(String code) {
    }
}
