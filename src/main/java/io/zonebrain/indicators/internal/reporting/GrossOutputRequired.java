package io.zonebrain.indicators.internal.reporting;

import io.zonebrain.indicators.MonthlyIndicator;
import io.zonebrain.platform.FieldError;
import java.util.List;

/** The monthly form's headline figure; every rollup starts from it, so a report without it is no report. */
final class GrossOutputRequired implements ReportPolicy {

    private static final Figure GROSS_OUTPUT = Figure.of(MonthlyIndicator.GROSS_OUTPUT);

    @Override
    public List<FieldError> check(ReportEntry entry, Neighbours around) {
        if (entry.kind() != ReportKind.MONTHLY || entry.value(GROSS_OUTPUT) != null) {
            return List.of();
        }
        return List.of(new FieldError(0, GROSS_OUTPUT.field(), "indicators.value.required", List.of()));
    }
}
