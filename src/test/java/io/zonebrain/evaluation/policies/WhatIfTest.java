package io.zonebrain.evaluation.policies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.zonebrain.evaluation.AbsoluteRule;
import io.zonebrain.evaluation.Benchmark;
import io.zonebrain.evaluation.Cohort;
import io.zonebrain.evaluation.DataRule;
import io.zonebrain.evaluation.EnterpriseResult;
import io.zonebrain.evaluation.EnterpriseYear;
import io.zonebrain.evaluation.Grade;
import io.zonebrain.evaluation.GradeReason;
import io.zonebrain.evaluation.GradingRule;
import io.zonebrain.evaluation.Indicator;
import io.zonebrain.evaluation.IndicatorScore;
import io.zonebrain.evaluation.InputField;
import io.zonebrain.evaluation.Scheme;
import io.zonebrain.evaluation.Scoring;
import io.zonebrain.evaluation.ScoringKernel;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The what-if solved by bisection, exact against the run: each case computed by hand, and every answer checked
 * against the kernel scoring the whole cohort again with the enterprise's input changed (the answer reaches the
 * grade's cut-off there, a yuan less does not). Cut-offs are the run's.
 */
class WhatIfTest {

    static Scheme shipped(String code) {
        try (InputStream in = WhatIfTest.class.getResourceAsStream("/evaluation/schemes/" + code + ".json")) {
            return JsonMapper.builder().build().readValue(in, Scheme.class);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- the run as MyWhatIf reads it: the enterprise's stored result and the other members' stored values ----

    /** Scores the cohort in FULL mode as a run would, then asks the what-if for member {@code e}. */
    static WhatIf.Answer ask(Scheme scheme, List<EnterpriseYear> members, int e, String grade, String indicator,
                             Map<String, Double> cutoffs) {
        List<EnterpriseResult> results = ScoringKernel.compile(scheme).score(members, ScoringKernel.Mode.FULL);
        EnterpriseResult r = results.get(e);
        Cohort cohort = scheme.cohorts().stream().filter(c -> c.code().equals(r.cohort())).findFirst().orElseThrow();
        WhatIf.Standing standing = new WhatIf.Standing(members.get(e), r.cohort(), r.total(),
                grade != null ? grade : r.grade(), r.indicators(), r.adjustments(), r.gradeReasons());
        InputField input = WhatIf.drivingInput(cohort, indicator, members.get(e));
        Map<String, WhatIf.Others> others = new HashMap<>();
        for (String code : WhatIf.touched(cohort, input)) {
            List<Double> values = new ArrayList<>();
            double points = 0;
            for (int m = 0; m < results.size(); m++) {
                if (m == e || !r.cohort().equals(results.get(m).cohort())) {
                    continue;
                }
                IndicatorScore s = results.get(m).indicators().stream().filter(x -> x.code().equals(code))
                        .findFirst().orElseThrow();
                if (s.outcome() == IndicatorScore.Outcome.SCORED) {
                    values.add(s.value());
                    points += s.points();
                }
            }
            others.put(code, new WhatIf.Others(values.stream().mapToDouble(Double::doubleValue).sorted().toArray(),
                    points, values.size()));
        }
        return WhatIf.solve(scheme, standing, indicator, new WhatIf.Cutoffs(cutoffs), others);
    }

    /** The enterprise's total when the whole cohort is scored again with its input changed: the truth. */
    static double truth(Scheme scheme, List<EnterpriseYear> members, int e, InputField input, double value) {
        List<EnterpriseYear> changed = new ArrayList<>(members);
        changed.set(e, with(members.get(e), input, value));
        return ScoringKernel.compile(scheme).score(changed, ScoringKernel.Mode.FULL).get(e).total();
    }

    static EnterpriseYear with(EnterpriseYear y, InputField input, double value) {
        double[] v = y.values().clone();
        v[input.ordinal()] = value;
        return new EnterpriseYear(y.enterpriseId(), y.cohort(), y.aboveScale(), y.industryCode(),
                y.yearsOperating(), v, y.flags());
    }

    /** The answer's input reaches the cut-off when the kernel scores the cohort again; a yuan less does not. */
    static void exact(Scheme scheme, List<EnterpriseYear> members, int e, WhatIf.Step step, InputField input) {
        assertThat(truth(scheme, members, e, input, step.inputValue())).isGreaterThanOrEqualTo(step.cutoff());
        assertThat(truth(scheme, members, e, input, step.inputValue() - 1)).isLessThan(step.cutoff());
    }

    /** A firm on 10 亩 with tax and revenue in 万元 per 亩 (as display values) and nothing else. */
    static EnterpriseYear firm(String id, Double taxPerMu, double revenuePerMu) {
        double[] v = InputField.noValues();
        v[InputField.LAND_MU.ordinal()] = 10;
        if (taxPerMu != null) {
            v[InputField.TAX_YUAN.ordinal()] = taxPerMu * 10 * 10_000;
        }
        v[InputField.REVENUE_YUAN.ordinal()] = revenuePerMu * 10 * 10_000;
        return new EnterpriseYear(id, null, true, "3411", 10, v, Set.of());
    }

    static Indicator taxPerMu(double weight, Scoring scoring, Benchmark benchmark, DataRule whenMissing) {
        return new Indicator("taxPerMu", "亩均税收", "taxYuan / landMu", "万元/亩", 0.0001, weight, scoring, benchmark,
                null, null, whenMissing, null, null);
    }

    static Indicator revenuePerMu(double weight) {
        return new Indicator("revenuePerMu", "亩均营业收入", "revenueYuan / landMu", "万元/亩", 0.0001, weight,
                Scoring.ratio(), Benchmark.fixed(100), null, null, null, null, null);
    }

    /** One cohort, graded by score thresholds A / B / C (C takes the rest): the cut-offs are the minimum scores. */
    static Scheme thresholds(List<Indicator> indicators, double a, double b) {
        GradingRule grading = new GradingRule(GradingRule.Method.SCORE_THRESHOLDS, List.of(
                new GradingRule.Cut("A", null, a), new GradingRule.Cut("B", null, b),
                new GradingRule.Cut("C", null, null)));
        Cohort cohort = new Cohort("all", "全部", null, null, indicators, List.of(), grading);
        return new Scheme("what-if-test", 1, "测试", null, null, 2022,
                List.of(new Grade("A", "A"), new Grade("B", "B"), new Grade("C", "C")), List.of(), List.of(cohort),
                List.of(), List.of(), null);
    }

    // ---- the shipped schemes ----

    /** 黄岩 above-scale, land 40 mu, tax 732 万元: total 89.11 of which 亩均税收 18.3 万元/亩 earns 22.78. */
    static EnterpriseYear huangyanFirm() {
        double[] v = InputField.noValues();
        v[InputField.LAND_MU.ordinal()] = 40;
        v[InputField.TAX_YUAN.ordinal()] = 7_320_000;
        v[InputField.VALUE_ADDED_YUAN.ordinal()] = 27_232_000;
        v[InputField.ENERGY_TCE.ordinal()] = 800;
        v[InputField.EMISSIONS_TONNES.ordinal()] = 0.5;
        v[InputField.EMPLOYEES.ordinal()] = 150;
        v[InputField.RD_EXPENSE_YUAN.ordinal()] = 1_208_000;
        v[InputField.MAIN_REVENUE_YUAN.ordinal()] = 40_000_000;
        return new EnterpriseYear("e1", null, true, "3411", null, v, Set.of());
    }

    /*
     * To reach 95.00 from 89.11 the tax points must reach 22.78 + 5.89 = 28.67, i.e. unrounded 28.665:
     * 亩均税收 ≥ 28.665 × 24.097 / 30 = 23.0247 万元/亩 → shown rounded up 23.03; tax ≥ 23.0247 × 40 万 = 920.99 万元.
     * To reach 100.00: tax points 33.67 (33.665) → 27.0409 万元/亩 → 27.05.
     */
    @Test
    void theTaxPerMuNeededForEachBetterGradeIsSolvedAgainstTheRunsCutoffs() {
        Scheme scheme = shipped("reference-huangyan-2022");
        List<EnterpriseYear> run = List.of(huangyanFirm());
        assertThat(truth(scheme, run, 0, InputField.TAX_YUAN, 7_320_000)).isEqualTo(89.11);

        WhatIf.Answer a = ask(scheme, run, 0, "C", "taxPerMu", Map.of("A", 100.0, "B", 95.0, "C", 60.0));
        assertThat(a.input()).isEqualTo(InputField.TAX_YUAN);
        assertThat(a.unit()).isEqualTo("万元/亩");
        assertThat(a.currentValue()).isCloseTo(18.3, within(1e-9));
        assertThat(a.inputWasMissing()).isFalse();
        assertThat(a.steps()).extracting(WhatIf.Step::grade).containsExactly("B", "A");
        WhatIf.Step b = a.steps().get(0);
        assertThat(b.reachable()).isTrue();
        assertThat(b.indicatorValue()).isEqualTo(23.03);
        assertThat(b.inputValue()).isCloseTo(28.665 * 24.097 / 30 * 40 * 10_000, within(1.0));
        WhatIf.Step aStep = a.steps().get(1);
        assertThat(aStep.indicatorValue()).isEqualTo(27.05);
        assertThat(aStep.inputValue()).isCloseTo(33.665 * 24.097 / 30 * 40 * 10_000, within(1.0));
        exact(scheme, run, 0, b, InputField.TAX_YUAN);
        exact(scheme, run, 0, aStep, InputField.TAX_YUAN);
    }

    /** Linping above-scale on 10 亩: other indicators 46.5 points, tax capped at 80, D below 2 万元/亩. */
    static EnterpriseYear linpingFirm(double taxYuan) {
        double[] v = InputField.noValues();
        v[InputField.LAND_MU.ordinal()] = 10;
        v[InputField.TAX_YUAN.ordinal()] = taxYuan;
        v[InputField.VALUE_ADDED_YUAN.ordinal()] = 6_000_000;
        v[InputField.REVENUE_YUAN.ordinal()] = 10_000_000;
        v[InputField.MAIN_REVENUE_YUAN.ordinal()] = 10_000_000;
        v[InputField.ENERGY_TCE.ordinal()] = 2400;
        v[InputField.EMPLOYEES.ordinal()] = 30;
        v[InputField.RD_EXPENSE_YUAN.ordinal()] = 300_000;
        return new EnterpriseYear("d1", null, true, "3411", null, v, Set.of());
    }

    /*
     * (d) A D firm at 1 万元/亩 (total 46.5 + 2.67 = 49.17). The answer first names the absolute threshold: 2 万元/亩
     * (input 20 万元 on 10 亩), which is also all C needs. B at 60.00 needs tax points 13.5 (13.495):
     * 13.495 × 15 / 40 = 5.0606 → 5.07. A at 130 is beyond 46.5 + 80: the cap, 80 points, reached at
     * 80 / 40 × 15 = 30 万元/亩.
     */
    @Test
    void aDFirmIsToldTheAbsoluteThresholdFirstAndTheCapMakesAGradeUnreachable() {
        Scheme scheme = shipped("linping-demo-2022");
        List<EnterpriseYear> run = List.of(linpingFirm(100_000), linpingFirm(1_500_000));
        assertThat(truth(scheme, run, 0, InputField.TAX_YUAN, 100_000)).isEqualTo(49.17);
        WhatIf.Answer a = ask(scheme, run, 0, "D", "taxPerMu", Map.of("A", 130.0, "B", 60.0, "C", 40.0));
        assertThat(a.threshold()).isNotNull();
        assertThat(a.threshold().grade()).isEqualTo("D");
        assertThat(a.threshold().value()).isEqualTo(2.0);
        assertThat(a.threshold().reachable()).isTrue();
        assertThat(a.threshold().inputValue()).isCloseTo(200_000, within(0.01));
        assertThat(a.steps()).extracting(WhatIf.Step::grade).containsExactly("C", "B", "A");
        assertThat(a.steps().get(0).indicatorValue()).isEqualTo(2.0);
        assertThat(a.steps().get(1).indicatorValue()).isEqualTo(5.07);
        exact(scheme, run, 0, a.steps().get(1), InputField.TAX_YUAN);
        assertThat(a.steps().get(2).reachable()).isFalse();
        assertThat(a.steps().get(2).why()).isEqualTo(WhatIf.Unreachable.CAP);
        assertThat(a.steps().get(2).indicatorValue()).isNull();
        assertThat(a.cap()).isEqualTo(new WhatIf.Cap(80, 30.0));
        assertThat(a.blockedBy()).isNull();

        // another indicator cannot lift a firm held in D by the rule on 亩均税收: the answer says why
        WhatIf.Answer other = ask(scheme, run, 0, "D", "valueAddedPerMu", Map.of("A", 130.0, "B", 60.0, "C", 40.0));
        assertThat(other.blockedBy().kind()).isEqualTo(GradeReason.Kind.ABSOLUTE_RULE);
        assertThat(other.blockedBy().grade()).isEqualTo("D");
        assertThat(other.threshold()).isNull();
        assertThat(other.steps()).allSatisfy(s -> {
            assertThat(s.reachable()).isFalse();
            assertThat(s.why()).isEqualTo(WhatIf.Unreachable.ABSOLUTE_RULE);
        });
    }

    /*
     * (a) MIN_MAX, 20–100% of 60 points, others at 5, 10 and 20 万元/亩; revenue 50 万元/亩 against 100 earns 20.
     * The firm at 8: 60 × (20 + 80 × 3/15) / 100 = 21.6, total 41.6 (C). B at 60 needs tax points 40 (39.995):
     * 20 + 80 (v − 5) / 15 ≥ 66.658 → v ≥ 13.7484 → 13.75. A at 80 needs the full 60 points: v ≥ 19.9984 → 20.00.
     * A at 85 would need more than 60 points: past 20 the firm is the new maximum and stays at 100% (with the low and
     * high frozen at 5 and 20 it would wrongly reach it at 20.94).
     */
    @Test
    void minMaxLowAndHighMoveWithTheChangedValueAndANewMaximumEarnsNoMoreThanTheTop() {
        Scheme scheme = thresholds(List.of(taxPerMu(60, new Scoring(Scoring.Method.MIN_MAX, 20.0, 100.0, null),
                null, null), revenuePerMu(40)), 80, 60);
        List<EnterpriseYear> run = List.of(firm("o1", 5.0, 0), firm("o2", 10.0, 0), firm("o3", 20.0, 0),
                firm("e", 8.0, 50));
        assertThat(truth(scheme, run, 3, InputField.TAX_YUAN, 800_000)).isEqualTo(41.6);
        WhatIf.Answer a = ask(scheme, run, 3, null, "taxPerMu", Map.of("A", 80.0, "B", 60.0));
        assertThat(a.steps()).extracting(WhatIf.Step::grade, WhatIf.Step::indicatorValue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("B", 13.75),
                        org.assertj.core.groups.Tuple.tuple("A", 20.0));
        a.steps().forEach(s -> exact(scheme, run, 3, s, InputField.TAX_YUAN));

        WhatIf.Answer higher = ask(scheme, run, 3, null, "taxPerMu", Map.of("A", 85.0, "B", 60.0));
        assertThat(higher.steps().get(1).grade()).isEqualTo("A");
        assertThat(higher.steps().get(1).reachable()).isFalse();
        assertThat(truth(scheme, run, 3, InputField.TAX_YUAN, 3_000_000)).isEqualTo(80.0); // 30 万元/亩: the new max

        // the lowest firm: below the others' low it is the new minimum (20%), above it low stays at 5
        List<EnterpriseYear> low = List.of(firm("o1", 5.0, 0), firm("o2", 10.0, 0), firm("o3", 20.0, 0),
                firm("e", 3.0, 50));
        assertThat(truth(scheme, low, 3, InputField.TAX_YUAN, 300_000)).isEqualTo(32.0);
        WhatIf.Answer fromLow = ask(scheme, low, 3, null, "taxPerMu", Map.of("A", 80.0, "B", 60.0));
        assertThat(fromLow.steps().get(0).indicatorValue()).isEqualTo(13.75);
        exact(scheme, low, 3, fromLow.steps().get(0), InputField.TAX_YUAN);
    }

    /*
     * (b) A benchmark from the cohort, recomputed with the changed value: weight 100, others at 10 and 20 万元/亩.
     * Mean: the firm at 6 scores 6 / 12 × 100 = 50. B at 90: 300 v / (30 + v) ≥ 89.995 → v ≥ 12.8562 → 12.86 (with
     * the benchmark frozen at 12 it would be 10.80). A at 120: v ≥ 19.9986 → 20.00.
     * Max: 6 / 20 × 100 = 30. B at 90: v ≥ 17.9991 → 18.00; A at 120 unreachable: past 20 the firm is the maximum,
     * the benchmark itself, and scores 100.
     */
    @Test
    void aCohortBenchmarkIsRecomputedWithTheChangedValue() {
        List<EnterpriseYear> run = List.of(firm("o1", 10.0, 0), firm("o2", 20.0, 0), firm("e", 6.0, 0));
        Scheme mean = thresholds(List.of(taxPerMu(100, Scoring.ratio(),
                new Benchmark(Benchmark.Kind.COHORT_MEAN, null, null), null)), 120, 90);
        assertThat(truth(mean, run, 2, InputField.TAX_YUAN, 600_000)).isEqualTo(50.0);
        WhatIf.Answer a = ask(mean, run, 2, null, "taxPerMu", Map.of("A", 120.0, "B", 90.0));
        assertThat(a.steps()).extracting(WhatIf.Step::indicatorValue).containsExactly(12.86, 20.0);
        a.steps().forEach(s -> exact(mean, run, 2, s, InputField.TAX_YUAN));

        Scheme max = thresholds(List.of(taxPerMu(100, Scoring.ratio(),
                new Benchmark(Benchmark.Kind.COHORT_MAX, null, null), null)), 120, 90);
        WhatIf.Answer m = ask(max, run, 2, null, "taxPerMu", Map.of("A", 120.0, "B", 90.0));
        assertThat(m.steps().get(0).indicatorValue()).isEqualTo(18.0);
        exact(max, run, 2, m.steps().get(0), InputField.TAX_YUAN);
        assertThat(m.steps().get(1).reachable()).isFalse();

        // median × 1.2 of {10, 20, v}: the rebuilt total equals the kernel's at every value tried
        Scheme median = thresholds(List.of(taxPerMu(100, Scoring.ratio(),
                new Benchmark(Benchmark.Kind.COHORT_MEDIAN, null, 1.2), null)), 120, 90);
        WhatIf.Answer md = ask(median, run, 2, null, "taxPerMu", Map.of("A", 120.0, "B", 70.0));
        // B at 70: below 10 the median is 10 (benchmark 12): v / 12 × 100 ≥ 69.995 → 8.3994 → 8.40
        assertThat(md.steps().get(0).indicatorValue()).isEqualTo(8.4);
        exact(median, run, 2, md.steps().get(0), InputField.TAX_YUAN);
        // A at 120: between 10 and 20 the median is v itself (points 100 / 1.2 = 83.33); above 20 it is 20 (24):
        // v / 24 × 100 ≥ 119.995 → 28.7988 → 28.80
        assertThat(md.steps().get(1).indicatorValue()).isEqualTo(28.8);
        exact(median, run, 2, md.steps().get(1), InputField.TAX_YUAN);
    }

    /*
     * (c) The driving input missing in the run. Cohort average: others at 10 and 20 against a fixed 10 earn 60 and
     * 120, average 90; with revenue 20 the firm totalled 110 (B). Taken as reported, the tax is scored normally: A at
     * 120 needs tax points 100 (99.995): v / 10 × 60 ≥ 99.995 → 16.6658 → 16.67 (the old delta would have added the
     * points on top of the average). Penalty of 5 instead: total 20 − 5 = 15 (C); B at 90 needs 70 tax points with
     * the penalty gone: v ≥ 11.6658 → 11.67.
     */
    @Test
    void aMissingDrivingInputIsTakenAsReportedAndScoredNormally() {
        List<EnterpriseYear> run = List.of(firm("o1", 10.0, 0), firm("o2", 20.0, 0), firm("e", null, 50));
        Scheme average = thresholds(List.of(taxPerMu(60, Scoring.ratio(), Benchmark.fixed(10),
                DataRule.of(DataRule.Kind.COHORT_AVERAGE_SCORE)), revenuePerMu(40)), 120, 90);
        assertThat(ScoringKernel.compile(average).score(run, ScoringKernel.Mode.FULL).get(2).total()).isEqualTo(110.0);
        WhatIf.Answer a = ask(average, run, 2, null, "taxPerMu", Map.of("A", 120.0, "B", 90.0));
        assertThat(a.inputWasMissing()).isTrue();
        assertThat(a.missingRule()).isEqualTo(DataRule.Kind.COHORT_AVERAGE_SCORE);
        assertThat(a.currentValue()).isNaN();
        assertThat(a.steps()).singleElement().satisfies(s -> {
            assertThat(s.grade()).isEqualTo("A");
            assertThat(s.indicatorValue()).isEqualTo(16.67);
        });
        exact(average, run, 2, a.steps().get(0), InputField.TAX_YUAN);

        Scheme penalty = thresholds(List.of(taxPerMu(60, Scoring.ratio(), Benchmark.fixed(10),
                new DataRule(DataRule.Kind.FIXED_PENALTY, 5.0)), revenuePerMu(40)), 120, 90);
        assertThat(ScoringKernel.compile(penalty).score(run, ScoringKernel.Mode.FULL).get(2).total()).isEqualTo(15.0);
        WhatIf.Answer p = ask(penalty, run, 2, null, "taxPerMu", Map.of("A", 120.0, "B", 90.0));
        assertThat(p.missingRule()).isEqualTo(DataRule.Kind.FIXED_PENALTY);
        assertThat(p.steps()).extracting(WhatIf.Step::indicatorValue).containsExactly(11.67, 16.67);
        p.steps().forEach(s -> exact(penalty, run, 2, s, InputField.TAX_YUAN));
    }

    /** Lower is better (energy per value added): the solver raises value added, the input that lowers the value. */
    @Test
    void aLowerIsBetterIndicatorIsDrivenByTheInputThatLowersIt() {
        io.zonebrain.evaluation.Formula f = io.zonebrain.evaluation.Formula.parse("energyTce / valueAddedYuan");
        assertThat(WhatIf.drivingInput(f, huangyanFirm().values(), true)).isEqualTo(InputField.VALUE_ADDED_YUAN);
        assertThat(WhatIf.drivingInput(f, huangyanFirm().values(), false)).isEqualTo(InputField.ENERGY_TCE);
    }

    @Test
    void aGradeNobodyHasInTheRunHasNoCutoff() {
        Scheme scheme = shipped("linping-demo-2022");
        WhatIf.Answer a = ask(scheme, List.of(linpingFirm(1_500_000)), 0, "B", "taxPerMu", Map.of("B", 70.0));
        assertThat(a.steps()).singleElement().satisfies(s -> {
            assertThat(s.grade()).isEqualTo("A");
            assertThat(s.cutoff()).isNull();
            assertThat(s.reachable()).isFalse();
            assertThat(s.why()).isEqualTo(WhatIf.Unreachable.NO_CUTOFF);
        });
    }

    @Test
    void anAbsoluteRuleOnTheAskedIndicatorThatDoesNotCatchTheFirmIsNotMentioned() {
        Scheme scheme = shipped("linping-demo-2022");
        WhatIf.Answer a = ask(scheme, List.of(linpingFirm(500_000)), 0, "C", "taxPerMu",
                Map.of("A", 130.0, "B", 60.0, "C", 40.0));
        assertThat(a.threshold()).isNull();
        assertThat(a.steps().get(0).indicatorValue()).isEqualTo(5.07);
        List<AbsoluteRule> rules = scheme.cohorts().get(0).absoluteRules();
        assertThat(rules).extracting(AbsoluteRule::below).containsExactly(2.0);
    }
}
