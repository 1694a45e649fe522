package io.zonebrain.indicators.internal.reporting;

import io.zonebrain.platform.FieldError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Output, energy or headcount below zero means nothing; only profit and value added can (a loss) go negative. */
final class NoNegativeValues implements ReportPolicy {

    @Override
    public List<FieldError> check(ReportEntry entry, Neighbours around) {
        List<FieldError> errors = new ArrayList<>();
        for (Figure f : entry.kind().figures()) {
            BigDecimal v = entry.value(f);
            if (v != null && !f.mayBeNegative() && v.signum() < 0) {
                errors.add(new FieldError(0, f.field(), "indicators.value.negative",
                        List.of(Amounts.shown(entry, f, v))));
            }
        }
        return errors;
    }
}
