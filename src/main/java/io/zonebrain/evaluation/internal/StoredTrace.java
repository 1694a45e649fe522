package io.zonebrain.evaluation.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.zonebrain.evaluation.AppliedAdjustment;
import io.zonebrain.evaluation.DataRule;
import io.zonebrain.evaluation.EnterpriseResult;
import io.zonebrain.evaluation.GradeReason;
import io.zonebrain.evaluation.IndicatorScore;
import io.zonebrain.evaluation.InputField;
import io.zonebrain.evaluation.Scoring;
import io.zonebrain.platform.FieldError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A result's trace as stored in evaluation_result.trace. JSON has no NaN or infinity, so the kernel's "no value"
 * doubles are stored as null (or left out) and read back as NaN; everything else is the kernel's own record.
 * <p>Compact: what is the same for every member of a cohort in a run — each indicator's name, unit, method, weight,
 * benchmark and the cohort's low and high — is stored once per run ({@link Constants}, evaluation_run.
 * trace_constants, V48) and left out of each result's lines, which keeps a result row small enough to be stored
 * inline (100,000 results: see docs/performance.md). A line keeps any of them that differ from the run's constant,
 * and traces written before V48 carry them all; reading fills in only what a line lacks.
 */
record StoredTrace(List<Line> indicators, List<AppliedAdjustment> adjustments, List<GradeReason> gradeReasons,
                   List<Problem> problems) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Line(String code, String name, String unit, Scoring.Method method, Double weight, Double value,
                Double benchmark, Double low, Double high, Double rawPoints, double points,
                IndicatorScore.Outcome outcome, DataRule.Kind ruleApplied, List<InputField> problemFields) {
    }

    /** One indicator's cohort-wide part of the trace in a run. */
    record Constants(String name, String unit, Scoring.Method method, double weight, Double benchmark, Double low,
                     Double high) {

        static Constants of(IndicatorScore s) {
            return new Constants(s.name(), s.unit(), s.method(), s.weight(), finite(s.benchmark()), finite(s.low()),
                    finite(s.high()));
        }
    }

    /** FieldError's arguments are plain Objects; stored as text so they read back the same. */
    record Problem(String field, String messageCode, List<String> args) {
    }

    /** Per cohort code, per indicator code: the constants of the first result of the cohort that has lines. */
    static Map<String, Map<String, Constants>> constants(List<EnterpriseResult> results) {
        Map<String, Map<String, Constants>> byCohort = new LinkedHashMap<>();
        for (EnterpriseResult r : results) {
            if (r.cohort() == null || r.indicators().isEmpty() || byCohort.containsKey(r.cohort())) {
                continue;
            }
            Map<String, Constants> lines = new LinkedHashMap<>();
            r.indicators().forEach(s -> lines.put(s.code(), Constants.of(s)));
            byCohort.put(r.cohort(), lines);
        }
        return byCohort;
    }

    static StoredTrace of(EnterpriseResult r) {
        return of(r, Map.of());
    }

    /** The result's trace without what {@code constants} (its cohort's) already holds. */
    static StoredTrace of(EnterpriseResult r, Map<String, Constants> constants) {
        return new StoredTrace(r.indicators().stream().map(s -> line(s, constants.get(s.code()))).toList(),
                r.adjustments(), r.gradeReasons(),
                r.problems().stream().map(p -> new Problem(p.field(), p.messageCode(),
                        p.args().stream().map(String::valueOf).toList())).toList());
    }

    private static Line line(IndicatorScore s, Constants c) {
        Constants own = Constants.of(s);
        boolean shared = own.equals(c);
        return new Line(s.code(), shared ? null : s.name(), shared ? null : s.unit(), shared ? null : s.method(),
                shared ? null : s.weight(), finite(s.value()), shared ? null : own.benchmark(),
                shared ? null : own.low(), shared ? null : own.high(), finite(s.rawPoints()), s.points(),
                s.outcome(), s.ruleApplied(), s.problemFields().isEmpty() ? null : s.problemFields());
    }

    List<IndicatorScore> indicatorScores() {
        return indicatorScores(Map.of());
    }

    /** The lines as the kernel made them, each filled in from its cohort's constants where the line lacks a part. */
    List<IndicatorScore> indicatorScores(Map<String, Constants> constants) {
        return indicators.stream().map(l -> {
            Constants c = constants.get(l.code());
            boolean fill = l.name() == null && c != null;
            return new IndicatorScore(l.code(), fill ? c.name() : l.name(), fill ? c.unit() : l.unit(),
                    fill ? c.method() : l.method(), fill ? c.weight() : Objects.requireNonNullElse(l.weight(), 0.0),
                    nan(l.value()), nan(fill ? c.benchmark() : l.benchmark()), nan(fill ? c.low() : l.low()),
                    nan(fill ? c.high() : l.high()), nan(l.rawPoints()), l.points(), l.outcome(), l.ruleApplied(),
                    l.problemFields() == null ? List.of() : l.problemFields());
        }).toList();
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
