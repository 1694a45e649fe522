package io.zonebrain.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** 黄岩's published 2022-data formula and benchmarks, on enterprises computed by hand. */
class HuangyanReferenceTest {

    private final Scheme scheme = TestSchemes.shipped("reference-huangyan-2022");
    private final ScoringKernel kernel = ScoringKernel.compile(scheme);

    static double[] aboveScale(Double emissionsTonnes) {
        double[] v = InputField.noValues();
        v[InputField.LAND_MU.ordinal()] = 40;
        v[InputField.TAX_YUAN.ordinal()] = 7_320_000;
        v[InputField.VALUE_ADDED_YUAN.ordinal()] = 27_232_000;
        v[InputField.ENERGY_TCE.ordinal()] = 800;
        if (emissionsTonnes != null) {
            v[InputField.EMISSIONS_TONNES.ordinal()] = emissionsTonnes;
        }
        v[InputField.EMPLOYEES.ordinal()] = 150;
        v[InputField.RD_EXPENSE_YUAN.ordinal()] = 1_208_000;
        v[InputField.MAIN_REVENUE_YUAN.ordinal()] = 40_000_000;
        return v;
    }

    @Test
    void theShippedSchemeIsValid() {
        assertThat(SchemeRules.check(scheme)).isEmpty();
        assertThat(scheme.code()).isEqualTo("reference-huangyan-2022");
    }

    /*
     * Land 40 mu, tax 732 万元, value added 2723.2 万元, energy 800 tce, emissions 0.5 t, 150 employees,
     * R&D 120.8 万元 on main revenue 4000 万元:
     *   亩均税收        732 / 40        = 18.3 万元/亩      18.3 / 24.097 × 30   = 22.7829 → 22.78
     *   亩均增加值      2723.2 / 40     = 68.08 万元/亩     68.08 / 136.16 × 20  = 10.00
     *   单位能耗增加值  2723.2 / 800    = 3.404 万元/tce    3.404 / 2.694 × 20   = 25.2710 → 25.27
     *   单位排放增加值  2723.2 / 0.5    = 5446.4 万元/t     5446.4 / 4929.81 × 10 = 11.0479 → 11.05
     *   全员劳动生产率  2723.2 / 150    = 18.1547 万元/人   18.1547 / 18.14 × 10 = 10.0081 → 10.01
     *   R&D 占比        120.8 / 4000    = 0.0302            0.0302 / 0.0302 × 10 = 10.00
     *   total 22.78 + 10 + 25.27 + 11.05 + 10.01 + 10 = 89.11
     */
    @Test
    void anAboveScaleEnterpriseByHand() {
        EnterpriseResult r = kernel.score(List.of(TestSchemes.firm("e1", aboveScale(0.5), true)),
                ScoringKernel.Mode.SINGLE).get(0);
        assertThat(r.cohort()).isEqualTo("above-scale");
        assertThat(r.indicators()).extracting(IndicatorScore::points)
                .containsExactly(22.78, 10.0, 25.27, 11.05, 10.01, 10.0);
        assertThat(r.indicators().get(0).value()).isCloseTo(18.3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(r.indicators().get(0).benchmark()).isEqualTo(24.097);
        assertThat(r.total()).isEqualTo(89.11);
        assertThat(r.problems()).isEmpty();
    }

    /*
     * Below-scale: land 10 mu, tax 50 万元, electricity 2,000,000 kWh:
     *   亩均税收     50 / 10              = 5 万元/亩       5 / 11.5932 × 50   = 21.5644 → 21.56
     *   单位用电税收 500,000 / 2,000,000  = 0.25 元/kWh     0.25 / 0.2352 × 50 = 53.1463 → 53.15
     *   total 74.71
     */
    @Test
    void aBelowScaleEnterpriseByHand() {
        double[] v = InputField.noValues();
        v[InputField.LAND_MU.ordinal()] = 10;
        v[InputField.TAX_YUAN.ordinal()] = 500_000;
        v[InputField.ELECTRICITY_KWH.ordinal()] = 2_000_000;
        EnterpriseResult r = kernel.score(List.of(TestSchemes.firm("e2", v, false)), ScoringKernel.Mode.SINGLE)
                .get(0);
        assertThat(r.cohort()).isEqualTo("below-scale");
        assertThat(r.indicators()).extracting(IndicatorScore::points).containsExactly(21.56, 53.15);
        assertThat(r.total()).isEqualTo(74.71);
    }

    /*
     * A missing emission figure gets the cohort's average score on 单位排放增加值. Cohort: e1 (0.5 t → 11.05),
     * e2 (1.0 t: 2723.2 / 1 = 2723.2 万元/t, / 4929.81 × 10 = 5.5239 → 5.52), e3 missing.
     * Average of the scored: (11.05 + 5.52) / 2 = 8.285 → 8.29 (half up). e3's total: 89.11 − 11.05 + 8.29 = 86.35.
     */
    @Test
    void aMissingEmissionFigureGetsTheCohortAverageScore() {
        List<EnterpriseResult> rs = kernel.score(List.of(
                TestSchemes.firm("e1", aboveScale(0.5), true),
                TestSchemes.firm("e2", aboveScale(1.0), true),
                TestSchemes.firm("e3", aboveScale(null), true)), ScoringKernel.Mode.FULL);
        assertThat(rs.get(1).indicators().get(3).points()).isEqualTo(5.52);
        IndicatorScore emission = rs.get(2).indicators().get(3);
        assertThat(emission.outcome()).isEqualTo(IndicatorScore.Outcome.MISSING);
        assertThat(emission.ruleApplied()).isEqualTo(DataRule.Kind.COHORT_AVERAGE_SCORE);
        assertThat(emission.problemFields()).containsExactly(InputField.EMISSIONS_TONNES);
        assertThat(emission.points()).isEqualTo(8.29);
        assertThat(rs.get(2).total()).isEqualTo(86.35);
        assertThat(rs.get(2).problems()).isEmpty();
        assertThat(rs).extracting(EnterpriseResult::rank).containsExactly(1, 3, 2);
    }

    @Test
    void negativeTaxScoresZeroUnderTheReferenceReading() {
        double[] v = aboveScale(0.5);
        v[InputField.TAX_YUAN.ordinal()] = -100_000;
        EnterpriseResult r = kernel.score(List.of(TestSchemes.firm("e", v, true)), ScoringKernel.Mode.SINGLE).get(0);
        assertThat(r.indicators().get(0).outcome()).isEqualTo(IndicatorScore.Outcome.NEGATIVE);
        assertThat(r.indicators().get(0).points()).isZero();
        assertThat(r.total()).isEqualTo(89.11 - 22.78, org.assertj.core.data.Offset.offset(1e-9));
    }
}
