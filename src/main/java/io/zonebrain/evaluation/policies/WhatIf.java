package io.zonebrain.evaluation.policies;

import io.zonebrain.evaluation.Benchmark;
import io.zonebrain.evaluation.Cohort;
import io.zonebrain.evaluation.EnterpriseResult;
import io.zonebrain.evaluation.EnterpriseYear;
import io.zonebrain.evaluation.Formula;
import io.zonebrain.evaluation.GradeReason;
import io.zonebrain.evaluation.Indicator;
import io.zonebrain.evaluation.InputField;
import io.zonebrain.evaluation.Scheme;
import io.zonebrain.evaluation.Scoring;
import io.zonebrain.evaluation.ScoringKernel;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * "With everything else equal, 亩均税收 of X 万元/亩 would have lifted you to B" — solved, not guessed. For each grade
 * better than the enterprise's, the smallest value of the indicator's driving input (taxYuan for 亩均税收) whose
 * total reaches that grade's cut-off in the run, scored by the kernel itself (SINGLE mode) on the scheme with the
 * run's frozen benchmarks. Pure: no database; the caller supplies the run's cut-offs.
 * <p>Why the delta: the run's total can contain cohort-dependent points (cohort average for a missing figure) that
 * SINGLE mode cannot reproduce, so the new total is the run's total plus what the changed input changes in SINGLE
 * mode; indicators the input does not touch keep their points exactly.
 * <p>Points are monotone in the input up to a cap, so bisection finds the boundary; when even a far larger input
 * does not reach the cut-off (the cap), the grade is unreachable by this indicator alone.
 */
public final class WhatIf {

    /** A grade better than the current one and the indicator value (display unit) and input that reach it. */
    public record Step(String grade, Double cutoff, boolean reachable, Double indicatorValue, Double inputValue) {
    }

    public record Answer(String indicator, String indicatorName, String unit, InputField input, double currentValue,
                         List<Step> steps) {
    }

    /**
     * The run's actual cut-offs: per grade the lowest total that got it in the cohort (percentile grading), or the
     * scheme's minimum score (thresholds). A grade missing from the map had nobody in it, so it has no cut-off.
     */
    public record Cutoffs(Map<String, Double> lowestTotal) {
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
     * @param scheme      the scheme version the run used
     * @param frozen      the run's benchmark per indicator code (display unit), from the enterprise's trace
     * @param year        the enterprise's inputs as the run read them
     * @param cohortCode  its cohort in the run
     * @param runTotal    its total in the run
     * @param grade       its grade in the run
     */
    public static Answer solve(Scheme scheme, Map<String, Double> frozen, EnterpriseYear year, String cohortCode,
                               double runTotal, String grade, String indicatorCode, Cutoffs cutoffs) {
        Cohort cohort = scheme.cohorts().stream().filter(c -> c.code().equals(cohortCode)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no cohort " + cohortCode));
        Indicator indicator = cohort.indicators().stream().filter(i -> i.code().equals(indicatorCode)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no indicator " + indicatorCode));
        Formula formula = Formula.parse(indicator.formula());
        boolean lowerIsBetter = indicator.scoring().method() == Scoring.Method.LOWER_IS_BETTER;
        InputField input = drivingInput(formula, year.values(), lowerIsBetter);
        ScoringKernel kernel = ScoringKernel.compile(frozen(scheme, frozen));
        EnterpriseYear pinned = withInput(year, cohortCode, input, year.value(input));
        double current = Double.isNaN(year.value(input)) ? 0 : Math.max(0, year.value(input));
        double base = kernel.score(List.of(withInput(pinned, cohortCode, input, year.value(input))),
                ScoringKernel.Mode.SINGLE).get(0).total();
        Probe probe = new Probe(kernel, scheme, pinned, cohortCode, input, base, runTotal);

        List<String> order = scheme.grades().stream().map(g -> g.code()).toList();
        int currentIndex = grade == null ? order.size() : order.indexOf(grade);
        List<Step> steps = new ArrayList<>();
        for (int g = currentIndex - 1; g >= 0; g--) {
            String target = order.get(g);
            Double cutoff = cutoffs.lowestTotal().get(target);
            if (cutoff == null) {
                steps.add(new Step(target, null, false, null, null));
                continue;
            }
            Double needed = smallestReaching(probe, current, target, cutoff, order);
            if (needed == null) {
                steps.add(new Step(target, cutoff, false, null, null));
            } else {
                double shown = roundUp(indicatorValue(formula, indicator, pinned, input, needed));
                steps.add(new Step(target, cutoff, true, shown, needed));
            }
        }
        double currentShown = indicatorValue(formula, indicator, pinned, input, current);
        return new Answer(indicator.code(), indicator.name(), indicator.unit(), input,
                Double.isNaN(currentShown) ? Double.NaN : currentShown, steps);
    }

    /**
     * The input that raises the indicator's points: the first field whose doubling increases the value (the
     * numerator), or lowers it for a lower-is-better indicator (value added under pollution intensity).
     */
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

    private static Double smallestReaching(Probe probe, double current, String target, double cutoff,
                                           List<String> order) {
        if (probe.reaches(current, target, cutoff, order)) {
            return current;
        }
        // Points never fall as the input grows, so if a trillion times the input does not reach the grade, a cap
        // (or a rule the input cannot escape) stops it. Probing one far point, rather than watching the total level
        // off, keeps band tables (flat between their steps) from looking capped.
        double high = Math.max(current, 1) * FAR;
        if (!probe.reaches(high, target, cutoff, order)) {
            return null;
        }
        double low = current;
        for (int i = 0; i < BISECTIONS && high - low > Math.max(PRECISION, high * 1e-15); i++) {
            double mid = low + (high - low) / 2;
            if (probe.reaches(mid, target, cutoff, order)) {
                high = mid;
            } else {
                low = mid;
            }
        }
        return high;
    }

    /** The scheme with each indicator's benchmark fixed to the run's, so SINGLE mode scores as the run did. */
    static Scheme frozen(Scheme scheme, Map<String, Double> benchmarks) {
        List<Cohort> cohorts = scheme.cohorts().stream().map(c -> new Cohort(c.code(), c.name(), c.entry(),
                c.totalWeight(), c.indicators().stream().map(i -> {
                    Double b = benchmarks.get(i.code());
                    if (b == null || Double.isNaN(b) || !i.scoring().needsBenchmark()) {
                        return i;
                    }
                    return new Indicator(i.code(), i.name(), i.formula(), i.unit(), i.scale(), i.weight(),
                            i.scoring(), Benchmark.fixed(b), i.cap(), i.floor(), i.whenMissing(),
                            i.whenZeroDenominator(), i.whenNegative());
                }).toList(), c.absoluteRules(), c.grading())).toList();
        return new Scheme(scheme.code(), scheme.version(), scheme.name(), scheme.owner(), scheme.documentNumber(),
                scheme.dataYear(), scheme.grades(), scheme.extraClasses(), cohorts, scheme.adjustments(),
                scheme.overrides(), scheme.notes(), scheme.leasedPremises());
    }

    private static double indicatorValue(Formula formula, Indicator indicator, EnterpriseYear year, InputField input,
                                         double value) {
        double[] v = year.values().clone();
        v[input.ordinal()] = value;
        return formula.evaluate(v) * indicator.scale();
    }

    /**
     * Rounded up at 0.01 of the display unit, so the value shown reaches the grade; the bisection's own slack above
     * the exact boundary (2.0000000001 for 2) does not count.
     */
    static double roundUp(double x) {
        return BigDecimal.valueOf(x - SLACK).setScale(2, RoundingMode.CEILING).doubleValue();
    }

    static EnterpriseYear withInput(EnterpriseYear y, String cohort, InputField input, double value) {
        double[] v = y.values().clone();
        v[input.ordinal()] = value;
        return new EnterpriseYear(y.enterpriseId(), cohort, y.aboveScale(), y.industryCode(), y.yearsOperating(), v,
                y.flags());
    }

    /** Scores one changed input: the run's total plus the SINGLE-mode change, and any absolute rule it falls under. */
    private record Probe(ScoringKernel kernel, Scheme scheme, EnterpriseYear year, String cohort, InputField input,
                         double baseSingle, double runTotal) {

        EnterpriseResult result(double value) {
            return kernel.score(List.of(withInput(year, cohort, input, value)), ScoringKernel.Mode.SINGLE).get(0);
        }

        boolean reaches(double value, String target, double cutoff, List<String> order) {
            EnterpriseResult r = result(value);
            if (!r.problems().isEmpty()) {
                return false;
            }
            String absolute = r.gradeReasons().stream().filter(g -> g.kind() == GradeReason.Kind.ABSOLUTE_RULE)
                    .map(GradeReason::grade).findFirst().orElse(null);
            if (absolute != null) {
                return order.indexOf(absolute) >= 0 && order.indexOf(absolute) <= order.indexOf(target);
            }
            double t = Math.round((runTotal + r.total() - baseSingle) * 100) / 100.0;
            return t >= cutoff;
        }
    }
}
