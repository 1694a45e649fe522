package io.zonebrain.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Scheme checks for the leased-premise mode and the entry ranges, each problem naming its path. */
class LeasedSchemeRulesTest {

    private static List<String> problems(LeasedPremises leased, EntryRule... entries) {
        List<Cohort> cohorts = new java.util.ArrayList<>();
        for (int i = 0; i < entries.length; i++) {
            cohorts.add(new Cohort("c" + i, "c" + i, entries[i], 100.0, List.of(TestSchemes.perMu()), List.of(),
                    TestSchemes.percentileRule(50, 50)));
        }
        Scheme s = new Scheme("leased-rules", 1, "测试", "测试", "无", 2022, TestSchemes.ABCD, List.of(), cohorts,
                List.of(), List.of(), null, leased);
        return SchemeRules.check(s).stream().map(e -> e.field() + " " + e.messageCode()).toList();
    }

    private static EntryRule lessees(Double minFloor, Double maxFloor) {
        return new EntryRule(null, null, null, null, null, null, true, minFloor, maxFloor);
    }

    @Test
    void theShippedWenlingReferenceIsValidAndDeductsTenPerFirstTenantAndFiveForEachFurther() {
        Scheme wenling = TestSchemes.shipped("reference-wenling-tenants");
        assertThat(SchemeRules.check(wenling)).isEmpty();
        assertThat(wenling.leasedPremises()).isEqualTo(new LeasedPremises(LeasedPremises.Mode.TENANT_DEDUCTION,
                10.0, 5.0, null));
        double[] v = InputField.noValues();
        v[InputField.LAND_MU.ordinal()] = 10;
        v[InputField.TAX_YUAN.ordinal()] = 1_500_000;
        v[InputField.VALUE_ADDED_YUAN.ordinal()] = 6_000_000;
        v[InputField.ENERGY_TCE.ordinal()] = 2400;
        v[InputField.EMPLOYEES.ordinal()] = 30;
        v[InputField.RD_EXPENSE_YUAN.ordinal()] = 300_000;
        v[InputField.MAIN_REVENUE_YUAN.ordinal()] = 10_000_000;
        EnterpriseYear owner = new EnterpriseYear("o", null, true, "3411", 10, v, java.util.Set.of());
        List<ParcelOccupancy> three = List.of(ParcelOccupancy.owner("p", "P", 10, "o", "业主"),
                ParcelOccupancy.lessee("p", "P", 10, "t1", "甲", 1, null, java.time.LocalDate.of(2020, 1, 1)),
                ParcelOccupancy.lessee("p", "P", 10, "t2", "乙", 1, null, java.time.LocalDate.of(2021, 1, 1)),
                ParcelOccupancy.lessee("p", "P", 10, "t3", "丙", 1, null, java.time.LocalDate.of(2022, 1, 1)));
        // 亩均税收 15 → 40, value added 60 → 20, 2.5 → 1.5, 20 → 15, 3% → 10: 86.5 − 10 − 5 − 5 = 66.5
        EnterpriseResult r = ScoringKernel.compile(wenling).score(List.of(owner), three, ScoringKernel.Mode.SINGLE)
                .get(0);
        assertThat(r.adjustments()).extracting(AppliedAdjustment::points).containsExactly(-10.0, -5.0, -5.0);
        assertThat(r.total()).isEqualTo(66.5);
    }

    @Test
    void wenlingDeductionIsValidAndNeedsItsPoints() {
        assertThat(problems(new LeasedPremises(LeasedPremises.Mode.TENANT_DEDUCTION, 10.0, 5.0, null),
                EntryRule.everyone())).isEmpty();
        assertThat(problems(new LeasedPremises(LeasedPremises.Mode.TENANT_DEDUCTION, null, -5.0, -1.0),
                EntryRule.everyone())).containsExactly(
                "leasedPremises.firstTenantPoints evaluation.scheme.required",
                "leasedPremises.furtherTenantPoints leased.scheme.notNegative",
                "leasedPremises.maxDeduction leased.scheme.notNegative");
        assertThat(problems(new LeasedPremises(LeasedPremises.Mode.INHERIT_LANDLORD, 10.0, null, null),
                EntryRule.everyone())).containsExactly("leasedPremises.mode leased.scheme.pointsNeedDeductionMode");
    }

    @Test
    void aSeparateListNeedsALesseeCohortAndAnOwnerCohort() {
        LeasedPremises separate = new LeasedPremises(LeasedPremises.Mode.SEPARATE_LIST, null, null, null);
        assertThat(problems(separate, EntryRule.everyone(), lessees(null, 1000.0))).isEmpty();
        assertThat(problems(separate, EntryRule.everyone()))
                .containsExactly("leasedPremises.mode leased.scheme.separateListNeedsLesseeCohort");
        assertThat(problems(separate, lessees(null, null)))
                .containsExactly("leasedPremises.mode leased.scheme.separateListNeedsOwnerCohort");
    }

    @Test
    void lesseeCohortsOnlyWhereLesseesAreScoredThemselves() {
        assertThat(problems(LeasedPremises.asReported(), EntryRule.everyone(), lessees(null, null)))
                .containsExactly("cohorts[1].entry.lessee leased.scheme.lesseeCohortNeedsMode");
        assertThat(problems(new LeasedPremises(LeasedPremises.Mode.TENANT_DEDUCTION, 10.0, 5.0, null),
                EntryRule.everyone(), lessees(null, null))).isEmpty();
    }

    @Test
    void rangesMustBeRanges() {
        LeasedPremises separate = new LeasedPremises(LeasedPremises.Mode.SEPARATE_LIST, null, null, null);
        assertThat(problems(separate, new EntryRule(null, 5.0, 3.0, null, 3, 2, null, null, null),
                lessees(1000.0, 1000.0), new EntryRule(null, null, null, null, -1, null, null, 10.0, null)))
                .containsExactly(
                        "cohorts[0].entry.maxLandMu leased.scheme.maxNotAboveMin",
                        "cohorts[0].entry.maxYearsOperating leased.scheme.maxNotAboveMin",
                        "cohorts[1].entry.maxFloorAreaM2 leased.scheme.maxNotAboveMin",
                        "cohorts[2].entry.minYearsOperating leased.scheme.notNegative",
                        "cohorts[2].entry.lessee leased.scheme.floorAreaNeedsLessee");
    }
}
