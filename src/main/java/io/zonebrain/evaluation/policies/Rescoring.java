package io.zonebrain.evaluation.policies;

import io.zonebrain.evaluation.AbsoluteRule;
import io.zonebrain.evaluation.AppliedAdjustment;
import io.zonebrain.evaluation.Benchmark;
import io.zonebrain.evaluation.Cohort;
import io.zonebrain.evaluation.DataRule;
import io.zonebrain.evaluation.EnterpriseYear;
import io.zonebrain.evaluation.Formula;
import io.zonebrain.evaluation.Indicator;
import io.zonebrain.evaluation.IndicatorScore;
import io.zonebrain.evaluation.InputField;
import io.zonebrain.evaluation.Scheme;
import io.zonebrain.evaluation.Scoring;
import io.zonebrain.evaluation.ScoringKernel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One enterprise's total in a run rebuilt with one input changed, everything else as the run had it (see
 * {@link WhatIf}). The indicators the input enters are scored by the kernel itself on a one-indicator replica of
 * the cohort whose members are the changed value and, for min–max scaling, the other members' low and high; a
 * cohort-computed benchmark is recomputed over the other members' values plus the changed one and fixed on the
 * replica. So the arithmetic (ratio, lower-is-better, min–max, bands, cap, floor, rounding) is the kernel's, and only
 * the cohort statistics are assembled here.
 */
final class Rescoring {

    private static final Logger log = LoggerFactory.getLogger(Rescoring.class);
    private static final String REPLICA = "what-if";

    /** The rebuilt total, whether a data rule rejects the changed figures, and the absolute rule's grade if any. */
    record Outcome(double total, boolean rejected, String absoluteGrade) {
    }

    private final Cohort cohort;
    private final WhatIf.Standing standing;
    private final InputField input;
    private final Map<String, WhatIf.Others> others;
    private final Indicator[] indicators;
    private final Formula[] formulas;
    private final boolean[] touched;
    private final IndicatorScore[] stored;
    private final double totalWeight;
    private final Map<String, ScoringKernel> replicas = new HashMap<>();
    /** The run's total minus the rebuild at the run's own input: zero when the rebuild reproduces the run. */
    private final double offset;

    Rescoring(Cohort cohort, WhatIf.Standing standing, InputField input, Map<String, WhatIf.Others> others) {
        this.cohort = cohort;
        this.standing = standing;
        this.input = input;
        this.others = others;
        this.indicators = cohort.indicators().toArray(Indicator[]::new);
        this.formulas = Arrays.stream(indicators).map(i -> Formula.parse(i.formula())).toArray(Formula[]::new);
        this.touched = new boolean[indicators.length];
        this.stored = new IndicatorScore[indicators.length];
        for (int j = 0; j < indicators.length; j++) {
            touched[j] = formulas[j].fields().contains(input);
            String code = indicators[j].code();
            stored[j] = standing.lines().stream().filter(s -> s.code().equals(code)).findFirst().orElse(null);
        }
        this.totalWeight = cohort.totalWeight() != null ? cohort.totalWeight()
                : Arrays.stream(indicators).mapToDouble(Indicator::weight).sum();
        double rebuilt = rebuild(standing.year().value(input)).total();
        double gap = round2(standing.total() - rebuilt);
        if (gap != 0) {
            // something the rebuild does not model (a future adjustment kind): keep it as the run had it
            log.warn("what-if rebuild of enterprise {} differs from the run's total by {}",
                    standing.year().enterpriseId(), gap);
        }
        this.offset = gap;
    }

    IndicatorScore stored(String code) {
        for (int j = 0; j < indicators.length; j++) {
            if (indicators[j].code().equals(code)) {
                return stored[j];
            }
        }
        return null;
    }

    boolean touches(String code) {
        for (int j = 0; j < indicators.length; j++) {
            if (indicators[j].code().equals(code)) {
                return touched[j];
            }
        }
        return false;
    }

    /** The indicator's value in its display unit with the input at {@code value}. */
    double valueOf(Indicator indicator, Formula formula, double value) {
        return formula.evaluate(with(value)) * indicator.scale();
    }

    /** The points the indicator (one the input enters) earns with the input at {@code value}; −∞ if not scored. */
    double pointsOf(String code, double value) {
        double[] v = with(value);
        for (int j = 0; j < indicators.length; j++) {
            if (indicators[j].code().equals(code)) {
                double x = scoredValue(j, v);
                return Double.isNaN(x) ? Double.NEGATIVE_INFINITY : replicaPoints(j, x);
            }
        }
        return Double.NEGATIVE_INFINITY;
    }

    Outcome score(double value) {
        Outcome o = rebuild(value);
        return new Outcome(round2(o.total() + offset), o.rejected(), o.absoluteGrade());
    }

    private Outcome rebuild(double value) {
        double[] v = with(value);
        int k = indicators.length;
        double[] newValue = new double[k];
        IndicatorScore.Outcome[] outcome = new IndicatorScore.Outcome[k];
        double subtotal = 0;
        double excluded = 0;
        boolean rejected = false;
        List<Double> adjustments = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            Indicator ind = indicators[j];
            IndicatorScore s = stored[j];
            if (!touched[j]) {
                newValue[j] = s == null ? Double.NaN : s.value();
                outcome[j] = s == null ? IndicatorScore.Outcome.MISSING : s.outcome();
                subtotal += s == null ? 0 : s.points();
                if (s != null && s.outcome() != IndicatorScore.Outcome.SCORED) {
                    excluded += s.ruleApplied() == DataRule.Kind.EXCLUDE ? ind.weight() : 0;
                    rejected |= s.ruleApplied() == DataRule.Kind.REJECT;
                }
                for (AppliedAdjustment a : standing.adjustments()) {
                    if (a.kind() == AppliedAdjustment.Kind.MISSING_DATA_PENALTY && ind.code().equals(a.indicator())) {
                        adjustments.add(a.points());
                    }
                }
                continue;
            }
            outcome[j] = outcomeOf(j, v);
            if (outcome[j] == IndicatorScore.Outcome.SCORED) {
                newValue[j] = formulas[j].evaluate(v) * ind.scale();
                subtotal += replicaPoints(j, newValue[j]);
                continue;
            }
            newValue[j] = Double.NaN;
            DataRule rule = switch (outcome[j]) {
                case MISSING -> ind.whenMissing();
                case ZERO_DENOMINATOR -> ind.whenZeroDenominator();
                default -> ind.whenNegative();
            };
            switch (rule.rule()) {
                case COHORT_AVERAGE_SCORE -> subtotal += averagePoints(j);
                case FIXED_PENALTY -> adjustments.add(-rule.penalty());
                case EXCLUDE -> excluded += ind.weight();
                case REJECT -> rejected = true;
                default -> {
                }
            }
        }
        if (excluded > 0 && excluded < totalWeight) {
            double scaled = round2(subtotal * totalWeight / (totalWeight - excluded));
            adjustments.add(round2(scaled - subtotal));
        }
        for (AppliedAdjustment a : standing.adjustments()) {
            if (a.kind() != AppliedAdjustment.Kind.MISSING_DATA_PENALTY
                    && a.kind() != AppliedAdjustment.Kind.EXCLUDED_INDICATOR_REWEIGHT) {
                adjustments.add(a.points()); // flags and anything else the run applied, unchanged
            }
        }
        double t = subtotal;
        for (double a : adjustments) {
            t += a;
        }
        String absolute = null;
        for (AbsoluteRule rule : cohort.absoluteRules()) {
            int j = indexOf(rule.indicator());
            if (j >= 0 && outcome[j] == IndicatorScore.Outcome.SCORED && rule.catches(newValue[j])) {
                absolute = rule.grade();
                break;
            }
        }
        return new Outcome(round2(t), rejected, absolute);
    }

    /** As the kernel decides it: missing, zero denominator, negative (unless scored as computed), or scored. */
    private IndicatorScore.Outcome outcomeOf(int j, double[] v) {
        if (formulas[j].missesAny(v)) {
            return IndicatorScore.Outcome.MISSING;
        }
        double x = formulas[j].evaluate(v);
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return IndicatorScore.Outcome.ZERO_DENOMINATOR;
        }
        if (x * indicators[j].scale() < 0 && indicators[j].whenNegative().rule() != DataRule.Kind.AS_COMPUTED) {
            return IndicatorScore.Outcome.NEGATIVE;
        }
        return IndicatorScore.Outcome.SCORED;
    }

    private double scoredValue(int j, double[] v) {
        return outcomeOf(j, v) == IndicatorScore.Outcome.SCORED ? formulas[j].evaluate(v) * indicators[j].scale()
                : Double.NaN;
    }

    /**
     * The cohort-average score for an indicator the changed figures leave unscored: the run's own when the
     * enterprise got it there (it was not among the scored then either), else the other members' average points.
     */
    private double averagePoints(int j) {
        IndicatorScore s = stored[j];
        if (s != null && s.outcome() != IndicatorScore.Outcome.SCORED
                && s.ruleApplied() == DataRule.Kind.COHORT_AVERAGE_SCORE) {
            return s.points();
        }
        WhatIf.Others o = others.getOrDefault(indicators[j].code(), WhatIf.Others.none());
        return o.pointsCount() == 0 ? 0 : round2(o.pointsSum() / o.pointsCount());
    }

    /** The kernel's points for value {@code x} of indicator j, with the cohort's statistics as described above. */
    private double replicaPoints(int j, double x) {
        Indicator ind = indicators[j];
        WhatIf.Others o = others.getOrDefault(ind.code(), WhatIf.Others.none());
        Benchmark benchmark = ind.benchmark();
        boolean perValue = false;
        if (ind.scoring().needsBenchmark() && benchmark != null) {
            Double cohortBase = switch (benchmark.kind()) {
                case COHORT_MEAN -> mean(o.sortedValues(), x);
                case COHORT_MEDIAN -> median(o.sortedValues(), x);
                case COHORT_MAX -> o.sortedValues().length == 0 ? x
                        : Math.max(o.sortedValues()[o.sortedValues().length - 1], x);
                default -> null;
            };
            if (cohortBase != null) {
                benchmark = Benchmark.fixed(cohortBase * benchmark.k());
                perValue = true;
            } else if (benchmark.kind() != Benchmark.Kind.FIXED && stored[j] != null
                    && !Double.isNaN(stored[j].benchmark())) {
                benchmark = Benchmark.fixed(stored[j].benchmark()); // any other kind: as the run had it
            }
        }
        String key = ind.code();
        ScoringKernel kernel = perValue ? replica(ind, benchmark) : replicas.computeIfAbsent(key,
                c -> replica(ind, ind.benchmark() == null ? null : replicaBenchmark(j, ind)));
        List<EnterpriseYear> members = new ArrayList<>(3);
        members.add(member(x));
        if (ind.scoring().method() == Scoring.Method.MIN_MAX && o.sortedValues().length > 0) {
            members.add(member(o.sortedValues()[0]));
            members.add(member(o.sortedValues()[o.sortedValues().length - 1]));
        }
        return kernel.score(members, ScoringKernel.Mode.FULL).get(0).indicators().get(0).points();
    }

    private Benchmark replicaBenchmark(int j, Indicator ind) {
        Benchmark b = ind.benchmark();
        if (b.kind() == Benchmark.Kind.FIXED || stored[j] == null || Double.isNaN(stored[j].benchmark())) {
            return b;
        }
        return Benchmark.fixed(stored[j].benchmark());
    }

    /** One indicator, its formula the identity over one field (the value is already in the display unit). */
    private static ScoringKernel replica(Indicator ind, Benchmark benchmark) {
        Indicator one = new Indicator(ind.code(), ind.name(), InputField.TAX_YUAN.key(), ind.unit(), 1.0,
                ind.weight(), ind.scoring(), benchmark, ind.cap(), ind.floor(), ind.whenMissing(),
                ind.whenZeroDenominator(), ind.whenNegative());
        Cohort c = new Cohort(REPLICA, REPLICA, null, null, List.of(one), List.of(), null);
        return ScoringKernel.compile(new Scheme(REPLICA, 1, REPLICA, null, null, null, List.of(), List.of(),
                List.of(c), List.of(), List.of(), null));
    }

    private static EnterpriseYear member(double x) {
        double[] v = InputField.noValues();
        v[InputField.TAX_YUAN.ordinal()] = x;
        return new EnterpriseYear(REPLICA, REPLICA, false, null, null, v, Set.of());
    }

    private static double mean(double[] values, double x) {
        double sum = x;
        for (double v : values) {
            sum += v;
        }
        return sum / (values.length + 1);
    }

    private static double median(double[] sorted, double x) {
        double[] all = Arrays.copyOf(sorted, sorted.length + 1);
        all[sorted.length] = x;
        Arrays.sort(all);
        int n = all.length;
        return n % 2 == 1 ? all[n / 2] : (all[n / 2 - 1] + all[n / 2]) / 2;
    }

    private int indexOf(String code) {
        for (int j = 0; j < indicators.length; j++) {
            if (indicators[j].code().equals(code)) {
                return j;
            }
        }
        return -1;
    }

    private double[] with(double value) {
        double[] v = standing.year().values().clone();
        v[input.ordinal()] = value;
        return v;
    }

    private static double round2(double x) {
        return Math.round(x * 100) / 100.0;
    }
}
