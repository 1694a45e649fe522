package io.zonebrain.indicators.internal.reporting;

import io.zonebrain.platform.FieldError;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A figure more than 50% above or below the same period a year earlier is usually a mistake, sometimes a real event
 * (a new line, a lost customer). It is accepted once the reporter says why; the reason is stored with the report.
 */
final class JumpNeedsReason implements ReportPolicy {

    static final BigDecimal LIMIT = new BigDecimal("0.5");

    @Override
    public List<FieldError> check(ReportEntry entry, Neighbours around) {
        if (entry.hasReason() || around.yearBefore() == null) {
            return List.of();
        }
        List<FieldError> errors = new ArrayList<>();
        for (Figure f : entry.kind().figures()) {
            BigDecimal v = entry.value(f);
            BigDecimal last = around.yearBefore().value(f);
            if (v == null || last == null || last.signum() <= 0
                    || LikelyUnitMistake.suspicion(entry, around, f) != null) {
                continue; // no base to compare with; a unit mistake is reported on its own
            }
            BigDecimal change = v.subtract(last).divide(last, 4, RoundingMode.HALF_UP);
            if (change.abs().compareTo(LIMIT) > 0) {
                errors.add(new FieldError(0, f.field(), "indicators.jump.needsReason", List.of(
                        change.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString(),
                        Amounts.shown(entry, f, last), Amounts.shown(entry, f, v))));
            }
        }
        return errors;
    }
}
