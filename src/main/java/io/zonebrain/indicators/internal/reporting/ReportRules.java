package io.zonebrain.indicators.internal.reporting;

import io.zonebrain.platform.FieldError;
import java.util.ArrayList;
import java.util.List;

/** Every rule a report must pass, all at once, so a reporter fixes everything in one go. */
final class ReportRules {

    private static final List<ReportPolicy> POLICIES = List.of(new NotInFuture(), new GrossOutputRequired(),
            new NoNegativeValues(), new WholePersons(), new CumulativeNeverFalls(), new LikelyUnitMistake(),
            new JumpNeedsReason());

    private ReportRules() {
    }

    static List<FieldError> check(ReportEntry entry, Neighbours around) {
        List<FieldError> errors = new ArrayList<>();
        POLICIES.forEach(p -> errors.addAll(p.check(entry, around)));
        return errors;
    }
}
