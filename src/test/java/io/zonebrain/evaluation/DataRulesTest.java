package io.zonebrain.evaluation;

import static io.zonebrain.evaluation.TestSchemes.firm;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Missing, zero-denominator and negative data. Two indicators: perMu (taxYuan / landMu, weight 100, benchmark 100,
 * so its points equal its value) and energy (taxYuan / energyTce, weight 100, benchmark 100).
 */
class DataRulesTest {

    private static Scheme scheme(DataRule missingEnergy) {
        Indicator energy = new Indicator("energy", "单位能耗税收", "taxYuan / energyTce", "元/吨标煤", 1.0, 100,
                Scoring.ratio(), Benchmark.fixed(100), null, null, missingEnergy, null, null);
        return TestSchemes.scheme(List.of(TestSchemes.perMu(), energy), TestSchemes.percentileRule(50, 50),
                List.of(), List.of(), List.of());
    }

    private static EnterpriseYear withEnergy(String id, double tax, Double energy) {
        EnterpriseYear e = firm(id, tax);
        if (energy != null) {
            e.values()[InputField.ENERGY_TCE.ordinal()] = energy;
        }
        return e;
    }

    /* a: 80 + 80/1 = 160; b: 60 + 60/2 = 30 → 90; c: energy missing. */
    private static List<EnterpriseResult> score(DataRule rule) {
        return ScoringKernel.compile(scheme(rule)).score(List.of(withEnergy("a", 80, 1.0), withEnergy("b", 60, 2.0),
                withEnergy("c", 70, null)), ScoringKernel.Mode.FULL);
    }

    @Test
    void cohortAverageScore() {
        EnterpriseResult c = score(DataRule.of(DataRule.Kind.COHORT_AVERAGE_SCORE)).get(2);
        assertThat(c.indicators().get(1).points()).isEqualTo(55.0); // (80 + 30) / 2
        assertThat(c.total()).isEqualTo(125.0);
    }

    @Test
    void fixedPenalty() {
        EnterpriseResult c = score(new DataRule(DataRule.Kind.FIXED_PENALTY, 5.0)).get(2);
        assertThat(c.indicators().get(1).points()).isZero();
        assertThat(c.adjustments()).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(AppliedAdjustment.Kind.MISSING_DATA_PENALTY);
            assertThat(a.points()).isEqualTo(-5.0);
        });
        assertThat(c.total()).isEqualTo(65.0);
    }

    @Test
    void zero() {
        EnterpriseResult c = score(DataRule.of(DataRule.Kind.ZERO)).get(2);
        assertThat(c.total()).isEqualTo(70.0);
        assertThat(c.indicators().get(1).ruleApplied()).isEqualTo(DataRule.Kind.ZERO);
    }

    /* Excluded: 70 points out of the 100 remaining weight, scaled to 200: 140, an adjustment of +70. */
    @Test
    void excludeRescalesTheRemainingIndicators() {
        EnterpriseResult c = score(DataRule.of(DataRule.Kind.EXCLUDE)).get(2);
        assertThat(c.adjustments()).singleElement()
                .extracting(AppliedAdjustment::kind, AppliedAdjustment::points)
                .containsExactly(AppliedAdjustment.Kind.EXCLUDED_INDICATOR_REWEIGHT, 70.0);
        assertThat(c.total()).isEqualTo(140.0);
    }

    @Test
    void rejectLeavesTheEnterpriseUngradedAndNamesTheField() {
        List<EnterpriseResult> rs = score(DataRule.of(DataRule.Kind.REJECT));
        EnterpriseResult c = rs.get(2);
        assertThat(c.graded()).isFalse();
        assertThat(c.rank()).isZero();
        assertThat(c.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("energyTce");
            assertThat(p.messageCode()).isEqualTo("evaluation.input.missing");
        });
        assertThat(rs.get(0).ranked()).isEqualTo(2);
    }

    @Test
    void zeroLandIsAZeroDenominatorNamingLandMu() {
        EnterpriseYear e = withEnergy("z", 70, 1.0);
        e.values()[InputField.LAND_MU.ordinal()] = 0;
        EnterpriseResult r = ScoringKernel.compile(scheme(DataRule.of(DataRule.Kind.ZERO)))
                .score(List.of(e), ScoringKernel.Mode.SINGLE).get(0);
        assertThat(r.indicators().get(0).outcome()).isEqualTo(IndicatorScore.Outcome.ZERO_DENOMINATOR);
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("landMu");
            assertThat(p.messageCode()).isEqualTo("evaluation.input.zeroDenominator");
        });
    }

    @Test
    void negativeValuesFollowTheIndicatorsRule() {
        Indicator asComputed = TestSchemes.perMu(null, null, DataRule.of(DataRule.Kind.AS_COMPUTED));
        Indicator rejected = TestSchemes.perMu(null, null, DataRule.of(DataRule.Kind.REJECT));
        GradingRule g = TestSchemes.percentileRule(50, 50);
        EnterpriseYear refund = firm("r", -20);
        EnterpriseResult kept = ScoringKernel.compile(TestSchemes.scheme(List.of(asComputed), g, List.of(), List.of(),
                List.of())).score(List.of(refund), ScoringKernel.Mode.SINGLE).get(0);
        assertThat(kept.total()).isEqualTo(-20.0);
        EnterpriseResult refused = ScoringKernel.compile(TestSchemes.scheme(List.of(rejected), g, List.of(),
                List.of(), List.of())).score(List.of(refund), ScoringKernel.Mode.SINGLE).get(0);
        assertThat(refused.problems()).extracting(p -> p.field() + " " + p.messageCode())
                .containsExactly("taxYuan evaluation.input.negative");
    }

    @Test
    void capAndFloorBoundThePoints() {
        Indicator capped = new Indicator("perMu", "亩均税收", "taxYuan / landMu", "元/亩", 1.0, 100, Scoring.ratio(),
                Benchmark.fixed(100), 150.0, 10.0, null, null, null);
        ScoringKernel k = ScoringKernel.compile(TestSchemes.scheme(List.of(capped), TestSchemes.percentileRule(50, 50),
                List.of(), List.of(), List.of()));
        List<EnterpriseResult> rs = k.score(List.of(firm("hi", 400), firm("lo", 2)), ScoringKernel.Mode.FULL);
        assertThat(rs).extracting(EnterpriseResult::total).containsExactly(150.0, 10.0);
        assertThat(rs.get(0).indicators().get(0).capped()).isTrue();
        assertThat(rs.get(1).indicators().get(0).floored()).isTrue();
    }

    /* min–max to 20–100% of a weight of 50: lowest 10 → 10, highest 30 → 50, 20 → 30. */
    @Test
    void minMaxScaling() {
        Indicator minMax = new Indicator("perMu", "亩均税收", "taxYuan / landMu", "元/亩", 1.0, 50,
                new Scoring(Scoring.Method.MIN_MAX, 20.0, 100.0, List.of()), null, null, null, null, null, null);
        List<EnterpriseResult> rs = ScoringKernel.compile(TestSchemes.scheme(List.of(minMax),
                TestSchemes.percentileRule(50, 50), List.of(), List.of(), List.of()))
                .score(List.of(firm("a", 10), firm("b", 30), firm("c", 20)), ScoringKernel.Mode.FULL);
        assertThat(rs).extracting(EnterpriseResult::total).containsExactly(10.0, 50.0, 30.0);
    }

    /* lower is better: benchmark 4 ÷ value × 10; bands: ≥ 50 → 100%, ≥ 20 → 60%, else 0. */
    @Test
    void lowerIsBetterAndBands() {
        Indicator intensity = new Indicator("intensity", "排放强度", "landMu / taxYuan", "", 1.0, 10,
                new Scoring(Scoring.Method.LOWER_IS_BETTER, null, null, List.of()), Benchmark.fixed(4), null, null,
                null, null, null);
        Indicator banded = new Indicator("perMu", "亩均税收", "taxYuan / landMu", "元/亩", 1.0, 10,
                new Scoring(Scoring.Method.BANDS, null, null, List.of(new Scoring.Band(20, 60),
                        new Scoring.Band(50, 100))), null, null, null, null, null, null);
        ScoringKernel k = ScoringKernel.compile(TestSchemes.scheme(List.of(intensity, banded),
                TestSchemes.percentileRule(50, 50), List.of(), List.of(), List.of()));
        EnterpriseYear e = new EnterpriseYear("e", null, true, null, null, firm("x", 0.5).values(), Set.of());
        e.values()[InputField.TAX_YUAN.ordinal()] = 25; // land 1: intensity 0.04 → 4 / 0.04 × 10 = 1000; band 60% → 6
        EnterpriseResult r = k.score(List.of(e), ScoringKernel.Mode.SINGLE).get(0);
        assertThat(r.indicators()).extracting(IndicatorScore::points).containsExactly(1000.0, 6.0);
    }

    @Test
    void computedBenchmarks() {
        Indicator median = new Indicator("perMu", "亩均税收", "taxYuan / landMu", "元/亩", 1.0, 10, Scoring.ratio(),
                new Benchmark(Benchmark.Kind.COHORT_MEDIAN, null, 0.5), null, null, null, null, null);
        List<EnterpriseResult> rs = ScoringKernel.compile(TestSchemes.scheme(List.of(median),
                TestSchemes.percentileRule(50, 50), List.of(), List.of(), List.of()))
                .score(List.of(firm("a", 10), firm("b", 40), firm("c", 20)), ScoringKernel.Mode.FULL);
        // median 20 × 0.5 = 10 → 10/10×10, 40/10×10, 20/10×10
        assertThat(rs.get(0).indicators().get(0).benchmark()).isEqualTo(10.0);
        assertThat(rs).extracting(EnterpriseResult::total).containsExactly(10.0, 40.0, 20.0);
    }
}
