package io.zonebrain.indicators.internal.reporting;

import io.zonebrain.platform.FieldError;
import java.util.List;

/** Nobody can know a month (or a year) that has not begun; such a report is a typo in the period. */
final class NotInFuture implements ReportPolicy {

    @Override
    public List<FieldError> check(ReportEntry entry, Neighbours around) {
        if (!entry.kind().isFuture(entry.period(), around.today())) {
            return List.of();
        }
        return entry.kind() == ReportKind.MONTHLY
                ? List.of(FieldError.of("period", "indicators.period.future", entry.period().toString()))
                : List.of(FieldError.of("year", "indicators.year.future", entry.period().toString()));
    }
}
