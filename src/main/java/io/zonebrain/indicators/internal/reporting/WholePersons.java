package io.zonebrain.indicators.internal.reporting;

import io.zonebrain.indicators.Unit;
import io.zonebrain.platform.FieldError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Headcounts are whole people; a fraction is usually a number typed into the wrong column. */
final class WholePersons implements ReportPolicy {

    @Override
    public List<FieldError> check(ReportEntry entry, Neighbours around) {
        List<FieldError> errors = new ArrayList<>();
        for (Figure f : entry.kind().figures()) {
            BigDecimal v = entry.value(f);
            if (v != null && f.unit() == Unit.PERSONS && v.stripTrailingZeros().scale() > 0) {
                errors.add(new FieldError(0, f.field(), "indicators.value.wholePersons", List.of(v.toPlainString())));
            }
        }
        return errors;
    }
}
