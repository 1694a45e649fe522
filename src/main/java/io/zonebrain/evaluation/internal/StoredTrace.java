package io.zonebrain.evaluation.internal;

import io.zonebrain.evaluation.AppliedAdjustment;
import io.zonebrain.evaluation.DataRule;
import io.zonebrain.evaluation.EnterpriseResult;
import io.zonebrain.evaluation.IndicatorScore;
import io.zonebrain.evaluation.InputField;
import io.zonebrain.evaluation.GradeReason;
import io.zonebrain.evaluation.Scoring;
import io.zonebrain.platform.FieldError;
import java.util.List;

/**
 * A result's trace as stored in evaluation_result.trace. JSON has no NaN or infinity, so the kernel's "no value"
 * doubles are stored as null and read back as NaN; everything else is the kernel's own record.
 */
record StoredTrace(List<Line> indicators, List<AppliedAdjustment> adjustments, List<GradeReason> gradeReasons,
                   List<Problem> problems) {

    record Line(String code, String name, String unit, Scoring.Method method, double weight, Double value,
                Double benchmark, Double low, Double high, Double rawPoints, double points,
                IndicatorScore.Outcome outcome, DataRule.Kind ruleApplied, List<InputField> problemFields) {
    }

    /** FieldError's arguments are plain Objects; stored as text so they read back the same. */
    record Problem(String field, String messageCode, List<String> args) {
    }

    static StoredTrace of(EnterpriseResult r) {
        return new StoredTrace(
                r.indicators().stream().map(s -> new Line(s.code(), s.name(), s.unit(), s.method(), s.weight(),
                        finite(s.value()), finite(s.benchmark()), finite(s.low()), finite(s.high()),
                        finite(s.rawPoints()), s.points(), s.outcome(), s.ruleApplied(), s.problemFields())).toList(),
                r.adjustments(), r.gradeReasons(),
                r.problems().stream().map(p -> new Problem(p.field(), p.messageCode(),
                        p.args().stream().map(String::valueOf).toList())).toList());
    }

    List<IndicatorScore> indicatorScores() {
        return indicators.stream().map(l -> new IndicatorScore(l.code(), l.name(), l.unit(), l.method(), l.weight(),
                nan(l.value()), nan(l.benchmark()), nan(l.low()), nan(l.high()), nan(l.rawPoints()), l.points(),
                l.outcome(), l.ruleApplied(), l.problemFields() == null ? List.of() : l.problemFields())).toList();
    }

    List<FieldError> fieldErrors() {
        return problems.stream().map(p -> new FieldError(0, p.field(), p.messageCode(), List.<Object>copyOf(p.args())))
                .toList();
    }

    private static Double finite(double d) {
        return Double.isNaN(d) || Double.isInfinite(d) ? null : d;
    }

    private static double nan(Double d) {
        return d == null ? Double.NaN : d;
    }
}
