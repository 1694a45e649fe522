package io.zonebrain.evaluation.policies;

import io.zonebrain.evaluation.AbsoluteRule;
import io.zonebrain.evaluation.AppliedAdjustment;
import io.zonebrain.evaluation.Benchmark;
import io.zonebrain.evaluation.Cohort;
import io.zonebrain.evaluation.DataRule;
import io.zonebrain.evaluation.EnterpriseYear;
import io.zonebrain.evaluation.Formula;
import io.zonebrain.evaluation.GradeReason;
import io.zonebrain.evaluation.Indicator;
import io.zonebrain.evaluation.IndicatorScore;
import io.zonebrain.evaluation.InputField;
import io.zonebrain.evaluation.Scheme;
import io.zonebrain.evaluation.Scoring;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * "With everything else equal, 亩均税收 of X 万元/亩 would have lifted you to B" — solved, not guessed. For each grade
 * better than the enterprise's, the smallest value of the indicator's driving input (taxYuan for 亩均税收) whose
 * total reaches that grade's cut-off in the run. Pure: no database; the caller supplies the run's cut-offs, the
 * enterprise's stored result and, server-side only, the other cohort members' stored values.
 * <p>Exact against the run: the enterprise's total is rebuilt line by line from its stored result. Indicators the
 * input does not enter keep their stored points (data rules included); the ones it enters are scored again by the
 * kernel's own scoring ({@link Rescoring}) with
 * <ul>
 * <li>a benchmark computed from the cohort (mean, median, max × k) recomputed with the changed value in place of the
 *     enterprise's own, fixed and other benchmarks as the run had them;</li>
 * <li>for min–max scaling, the cohort's low and high moving with the changed value when it passes them (the other
 *     members' low and high come from the run);</li>
 * <li>an input that was missing in the run (the indicator got the cohort average or a penalty) taken as reported:
 *     the indicator is scored normally and its penalty dropped ({@link Answer#inputWasMissing()} says so).</li>
 * </ul>
 * Then the adjustments are rebuilt (penalties, the exclusion reweight; flags kept), the absolute rules applied to the
 * new values, and a grade counts as reached when no absolute rule or ceiling keeps the enterprise below it and the
 * total reaches the cut-off. The cut-offs stay as the run had them: the other members' points and ranks are not
 * recomputed, so "would have lifted you" means "against this run's published cut-offs".
 * <p>Points never fall as the input grows, so bisection finds the boundary; when even a far larger input does not
 * reach the cut-off (a cap, a rule the input cannot escape), the grade is unreachable by this indicator alone.
 */
public final class WhatIf {

    /** Why a better grade cannot be reached by this indicator alone. */
    public enum Unreachable { NO_CUTOFF, CAP, ABSOLUTE_RULE, CEILING, REJECTED }

    /** A grade better than the current one and the indicator value (display unit) and input that reach it. */
    public record Step(String grade, Double cutoff, boolean reachable, Double indicatorValue, Double inputValue,
                       Unreachable why) {
    }

    /**
     * An absolute rule on the asked indicator that grades the enterprise now (亩均税收 &lt; 2 万元/亩 ⇒ D): the value
     * it must reach first to leave that grade ({@code value}, the rule's own threshold), and the input that does.
     */
    public record Threshold(String grade, double value, String reason, boolean reachable, Double inputValue) {
    }

    /** The indicator's cap: its points, and the smallest indicator value (display unit) that earns them. */
    public record Cap(double points, Double indicatorValue) {
    }

    /**
     * @param inputWasMissing the driving input was missing in the run and is taken here as reported; {@code
     *                        missingRule} is the data rule the indicator got instead (cohort average, penalty…)
     * @param blockedBy       an absolute rule on another indicator, or a ceiling, that keeps the grade down
     *                        whatever this indicator does
     */
    public record Answer(String indicator, String indicatorName, String unit, InputField input, double currentValue,
                         List<Step> steps, boolean inputWasMissing, DataRule.Kind missingRule, Threshold threshold,
                         Cap cap, GradeReason blockedBy) {
    }

    /**
     * The run's actual cut-offs: per grade the lowest total that got it in the cohort (percentile grading), or the
     * scheme's minimum score (thresholds). A grade missing from the map had nobody in it, so it has no cut-off.
     */
    public record Cutoffs(Map<String, Double> lowestTotal) {
    }

    /**
     * The enterprise's result in the run as stored: the inputs the run read, its cohort, total, grade, each
     * indicator's line, the adjustments and the grade reasons.
     */
    public record Standing(EnterpriseYear year, String cohort, double total, String grade,
                           List<IndicatorScore> lines, List<AppliedAdjustment> adjustments,
                           List<GradeReason> reasons) {
    }

    /**
     * The other members of the cohort on one indicator, from the run: their values where they were scored (display
     * unit, ascending) and the sum and count of their points there. Never shown to the enterprise.
     */
    public record Others(double[] sortedValues, double pointsSum, int pointsCount) {

        public static Others none() {
            return new Others(new double[0], 0, 0);
        }
    }

    private static final double FAR = 1e12;
    private static final int BISECTIONS = 200;
    /** Bisection stops within a millionth of a unit (yuan, kWh, tonnes): far below any reported figure. */
    private static final double PRECISION = 1e-6;
    /** What bisection leaves above the exact boundary, in the display unit; not a reason to round up a cent. */
    private static final double SLACK = 1e-7;

    private WhatIf() {
    }

    /**
     * @param others per indicator code the input enters ({@link #touched}), the other members' stored values
     */
    public static Answer solve(Scheme scheme, Standing standing, String indicatorCode, Cutoffs cutoffs,
                               Map<String, Others> others) {
        Cohort cohort = cohortOf(scheme, standing.cohort());
        Indicator indicator = indicatorOf(cohort, indicatorCode);
        Formula formula = Formula.parse(indicator.formula());
        InputField input = drivingInput(cohort, indicatorCode, standing.year());
        Rescoring rescoring = new Rescoring(cohort, standing, input, others);
        double original = standing.year().value(input);
        boolean missing = Double.isNaN(original);
        double current = missing ? 0 : Math.max(0, original);
        IndicatorScore asked = rescoring.stored(indicatorCode);

        List<String> order = scheme.grades().stream().map(g -> g.code()).toList();
        int currentIndex = standing.grade() == null ? order.size() : order.indexOf(standing.grade());
        GradeReason ceiling = standing.reasons().stream().filter(r -> r.kind() == GradeReason.Kind.CEILING)
                .findFirst().orElse(null);
        Probe probe = new Probe(rescoring, order);
        List<Step> steps = new ArrayList<>();
        for (int g = currentIndex - 1; g >= 0; g--) {
            String target = order.get(g);
            Double cutoff = cutoffs.lowestTotal().get(target);
            if (cutoff == null) {
                steps.add(new Step(target, null, false, null, null, Unreachable.NO_CUTOFF));
                continue;
            }
            if (ceiling != null && order.indexOf(ceiling.grade()) > g) {
                steps.add(new Step(target, cutoff, false, null, null, Unreachable.CEILING));
                continue;
            }
            Double needed = smallest(current, v -> probe.reaches(v, target, cutoff));
            if (needed == null) {
                steps.add(new Step(target, cutoff, false, null, null, probe.why(FAR * Math.max(current, 1), target)));
            } else {
                double shown = roundUp(rescoring.valueOf(indicator, formula, needed));
                steps.add(new Step(target, cutoff, true, shown, needed, null));
            }
        }
        double currentShown = missing ? Double.NaN : rescoring.valueOf(indicator, formula, current);
        return new Answer(indicator.code(), indicator.name(), indicator.unit(), input, currentShown, steps, missing,
                missing && asked != null ? asked.ruleApplied() : null,
                threshold(cohort, indicator, formula, rescoring, current),
                cap(indicator, formula, rescoring, current), blockedBy(cohort, rescoring, indicatorCode, ceiling));
    }

    /**
     * The input that raises the indicator's points: the first field whose doubling increases the value (the
     * numerator), or lowers it for a lower-is-better indicator (value added under pollution intensity).
     */
    public static InputField drivingInput(Cohort cohort, String indicatorCode, EnterpriseYear year) {
        Indicator indicator = indicatorOf(cohort, indicatorCode);
        return drivingInput(Formula.parse(indicator.formula()), year.values(),
                indicator.scoring().method() == Scoring.Method.LOWER_IS_BETTER);
    }

    static InputField drivingInput(Formula formula, double[] values, boolean lowerIsBetter) {
        for (InputField f : formula.fields()) {
            double[] v = values.clone();
            for (InputField other : formula.fields()) {
                if (Double.isNaN(v[other.ordinal()]) || v[other.ordinal()] <= 0) {
                    v[other.ordinal()] = 1;
                }
            }
            double before = formula.evaluate(v);
            v[f.ordinal()] *= 2;
            double after = formula.evaluate(v);
            if (lowerIsBetter ? after < before : after > before) {
                return f;
            }
        }
        throw new IllegalArgumentException("no input raises " + formula.text());
    }

    /** The codes of the cohort's indicators whose formula the input enters: the ones a what-if scores again. */
    public static Set<String> touched(Cohort cohort, InputField input) {
        return cohort.indicators().stream().filter(i -> Formula.parse(i.formula()).fields().contains(input))
                .map(Indicator::code).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    static Cohort cohortOf(Scheme scheme, String code) {
        return scheme.cohorts().stream().filter(c -> c.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no cohort " + code));
    }

    private static Indicator indicatorOf(Cohort cohort, String code) {
        return cohort.indicators().stream().filter(i -> i.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no indicator " + code));
    }

    /** The smallest input from {@code from} up that passes the monotone test, or null when even a far one fails. */
    private static Double smallest(double from, java.util.function.DoublePredicate passes) {
        if (passes.test(from)) {
            return from;
        }
        // Points never fall as the input grows, so if a trillion times the input does not pass, a cap (or a rule the
        // input cannot escape) stops it. Probing one far point, rather than watching the total level off, keeps band
        // tables (flat between their steps) from looking capped.
        double high = Math.max(from, 1) * FAR;
        if (!passes.test(high)) {
            return null;
        }
        double low = from;
        for (int i = 0; i < BISECTIONS && high - low > Math.max(PRECISION, high * 1e-15); i++) {
            double mid = low + (high - low) / 2;
            if (passes.test(mid)) {
                high = mid;
            } else {
                low = mid;
            }
        }
        return high;
    }

    /** The first absolute rule on the asked indicator that grades the enterprise now, and what escapes it. */
    private static Threshold threshold(Cohort cohort, Indicator indicator, Formula formula, Rescoring rescoring,
                                       double current) {
        IndicatorScore stored = rescoring.stored(indicator.code());
        if (stored == null || stored.outcome() != IndicatorScore.Outcome.SCORED) {
            return null;
        }
        for (AbsoluteRule rule : cohort.absoluteRules()) {
            if (rule.indicator().equals(indicator.code()) && rule.catches(stored.value())) {
                Double needed = smallest(current, v -> !rule.catches(rescoring.valueOf(indicator, formula, v)));
                double value = rule.below() != null ? rule.below() : rule.atLeast();
                return new Threshold(rule.grade(), value, rule.reason(), needed != null, needed);
            }
        }
        return null;
    }

    private static Cap cap(Indicator indicator, Formula formula, Rescoring rescoring, double current) {
        if (indicator.cap() == null) {
            return null;
        }
        double cap = indicator.cap();
        Double needed = smallest(current, v -> rescoring.pointsOf(indicator.code(), v) >= cap);
        return new Cap(cap, needed == null ? null : roundUp(rescoring.valueOf(indicator, formula, needed)));
    }

    /** An absolute rule on another indicator, or a ceiling, that grades the enterprise whatever this one does. */
    private static GradeReason blockedBy(Cohort cohort, Rescoring rescoring, String asked, GradeReason ceiling) {
        for (AbsoluteRule rule : cohort.absoluteRules()) {
            IndicatorScore s = rescoring.stored(rule.indicator());
            if (!rule.indicator().equals(asked) && !rescoring.touches(rule.indicator()) && s != null
                    && s.outcome() == IndicatorScore.Outcome.SCORED && rule.catches(s.value())) {
                return new GradeReason(GradeReason.Kind.ABSOLUTE_RULE, rule.grade(), rule.reason());
            }
        }
        return ceiling;
    }

    /**
     * Rounded up at 0.01 of the display unit, so the value shown reaches the grade; the bisection's own slack above
     * the exact boundary (2.0000000001 for 2) does not count.
     */
    static double roundUp(double x) {
        return BigDecimal.valueOf(x - SLACK).setScale(2, RoundingMode.CEILING).doubleValue();
    }

    /** Decides whether a changed input reaches a grade, and if not, why. */
    private record Probe(Rescoring rescoring, List<String> order) {

        boolean reaches(double value, String target, double cutoff) {
            Rescoring.Outcome o = rescoring.score(value);
            if (o.rejected()) {
                return false;
            }
            if (o.absoluteGrade() != null) {
                int index = order.indexOf(o.absoluteGrade());
                return index >= 0 && index <= order.indexOf(target);
            }
            return o.total() >= cutoff;
        }

        Unreachable why(double far, String target) {
            Rescoring.Outcome o = rescoring.score(far);
            if (o.rejected()) {
                return Unreachable.REJECTED;
            }
            if (o.absoluteGrade() != null && order.indexOf(o.absoluteGrade()) > order.indexOf(target)) {
                return Unreachable.ABSOLUTE_RULE;
            }
            return Unreachable.CAP;
        }
    }
}
