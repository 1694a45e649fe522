package io.zonebrain.evaluation.policies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.zonebrain.evaluation.EnterpriseYear;
import io.zonebrain.evaluation.InputField;
import io.zonebrain.evaluation.Scheme;
import io.zonebrain.evaluation.ScoringKernel;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The what-if solved by bisection with the kernel, checked by hand on 黄岩's reference scheme and the Linping caps. */
class WhatIfTest {

    static Scheme shipped(String code) {
        try (InputStream in = WhatIfTest.class.getResourceAsStream("/evaluation/schemes/" + code + ".json")) {
            return JsonMapper.builder().build().readValue(in, Scheme.class);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

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

    private static final Map<String, Double> HUANGYAN_BENCHMARKS = Map.of("taxPerMu", 24.097);

    /*
     * To reach 95.00 from 89.11 the tax points must reach 22.78 + 5.89 = 28.67, i.e. unrounded 28.665:
     * 亩均税收 ≥ 28.665 × 24.097 / 30 = 23.0247 万元/亩 → shown rounded up 23.03; tax ≥ 23.0247 × 40 万 = 920.99 万元.
     * To reach 100.00: tax points 33.67 (33.665) → 27.0409 万元/亩 → 27.05.
     */
    @Test
    void theTaxPerMuNeededForEachBetterGradeIsSolvedAgainstTheRunsCutoffs() {
        Scheme scheme = shipped("reference-huangyan-2022");
        double total = ScoringKernel.compile(scheme).score(List.of(huangyanFirm()), ScoringKernel.Mode.SINGLE)
                .get(0).total();
        assertThat(total).isEqualTo(89.11);

        WhatIf.Answer a = WhatIf.solve(scheme, HUANGYAN_BENCHMARKS, huangyanFirm(), "above-scale", total, "C",
                "taxPerMu", new WhatIf.Cutoffs(Map.of("A", 100.0, "B", 95.0, "C", 60.0)));
        assertThat(a.input()).isEqualTo(InputField.TAX_YUAN);
        assertThat(a.unit()).isEqualTo("万元/亩");
        assertThat(a.currentValue()).isCloseTo(18.3, within(1e-9));
        assertThat(a.steps()).extracting(WhatIf.Step::grade).containsExactly("B", "A");
        WhatIf.Step b = a.steps().get(0);
        assertThat(b.reachable()).isTrue();
        assertThat(b.indicatorValue()).isEqualTo(23.03);
        assertThat(b.inputValue()).isCloseTo(28.665 * 24.097 / 30 * 40 * 10_000, within(1.0));
        WhatIf.Step aStep = a.steps().get(1);
        assertThat(aStep.indicatorValue()).isEqualTo(27.05);
        assertThat(aStep.inputValue()).isCloseTo(33.665 * 24.097 / 30 * 40 * 10_000, within(1.0));

        // the answer itself reaches the grade and a yuan less does not
        double[] at = huangyanFirm().values().clone();
        at[InputField.TAX_YUAN.ordinal()] = aStep.inputValue();
        assertThat(ScoringKernel.compile(scheme).score(List.of(new EnterpriseYear("e1", null, true, "3411", null, at,
                Set.of())), ScoringKernel.Mode.SINGLE).get(0).total()).isGreaterThanOrEqualTo(100.0);
        at[InputField.TAX_YUAN.ordinal()] = aStep.inputValue() - 1;
        assertThat(ScoringKernel.compile(scheme).score(List.of(new EnterpriseYear("e1", null, true, "3411", null, at,
                Set.of())), ScoringKernel.Mode.SINGLE).get(0).total()).isLessThan(100.0);
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
     * A D firm at 1 万元/亩 (total 46.5 + 2.67 = 49.17). C needs only to leave the D rule: 2.00 万元/亩.
     * B at 60.00 needs tax points 13.5 (13.495): 13.495 × 15 / 40 = 5.0606 → 5.07. A at 130 is beyond 46.5 + 80.
     */
    @Test
    void aDFirmLeavesTheAbsoluteRuleAndTheCapMakesAGradeUnreachable() {
        Scheme scheme = shipped("linping-demo-2022");
        EnterpriseYear d = linpingFirm(100_000);
        double total = ScoringKernel.compile(scheme).score(List.of(d), ScoringKernel.Mode.SINGLE).get(0).total();
        assertThat(total).isEqualTo(49.17);
        WhatIf.Answer a = WhatIf.solve(scheme, Map.of("taxPerMu", 15.0), d, "above-scale", total, "D", "taxPerMu",
                new WhatIf.Cutoffs(Map.of("A", 130.0, "B", 60.0, "C", 40.0)));
        assertThat(a.steps()).extracting(WhatIf.Step::grade).containsExactly("C", "B", "A");
        assertThat(a.steps().get(0).indicatorValue()).isEqualTo(2.0);
        assertThat(a.steps().get(1).indicatorValue()).isEqualTo(5.07);
        assertThat(a.steps().get(2).reachable()).isFalse();
        assertThat(a.steps().get(2).indicatorValue()).isNull();
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
        WhatIf.Answer a = WhatIf.solve(scheme, Map.of(), linpingFirm(1_500_000), "above-scale", 86.5, "B",
                "taxPerMu", new WhatIf.Cutoffs(Map.of("B", 70.0)));
        assertThat(a.steps()).singleElement().satisfies(s -> {
            assertThat(s.grade()).isEqualTo("A");
            assertThat(s.cutoff()).isNull();
            assertThat(s.reachable()).isFalse();
        });
    }
}
