package io.zonebrain.indicators.internal.reporting;

import io.zonebrain.platform.FieldError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Year-to-date sums never fall within a year: 1–N月 must be at least 1–(N-1)月 as currently reported, and a
 * correction must not exceed the month already reported after it. Profit and value added may fall (losses).
 */
final class CumulativeNeverFalls implements ReportPolicy {

    @Override
    public List<FieldError> check(ReportEntry entry, Neighbours around) {
        List<FieldError> errors = new ArrayList<>();
        for (Figure f : entry.kind().figures()) {
            BigDecimal v = entry.value(f);
            if (v == null || !f.cumulative() || f.mayBeNegative()) {
                continue;
            }
            BigDecimal before = around.previousInYear() == null ? null : around.previousInYear().value(f);
            if (before != null && v.compareTo(before) < 0) {
                errors.add(new FieldError(0, f.field(), "indicators.cumulative.falls", List.of(
                        Amounts.shown(entry, f, v), around.previousInYear().period().toString(),
                        Amounts.shown(entry, f, before))));
            }
            BigDecimal after = around.nextInYear() == null ? null : around.nextInYear().value(f);
            if (after != null && v.compareTo(after) > 0) {
                errors.add(new FieldError(0, f.field(), "indicators.cumulative.exceedsNext", List.of(
                        Amounts.shown(entry, f, v), around.nextInYear().period().toString(),
                        Amounts.shown(entry, f, after))));
            }
        }
        return errors;
    }
}
