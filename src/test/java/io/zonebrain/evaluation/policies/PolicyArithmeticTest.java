package io.zonebrain.evaluation.policies;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Which measures a grade brings: non-stacking surcharges by consecutive years, deposits, subsidies, dates. */
class PolicyArithmeticTest {

    private static final LocalDate DAY = LocalDate.of(2024, 5, 1);
    private static final AtomicLong IDS = new AtomicLong();

    static PolicyMeasure of(PolicyDraft d) {
        return new PolicyMeasure(IDS.incrementAndGet(), d.grade(), d.kind(), d.resource(),
                d.minConsecutiveYears() == null ? 1 : d.minConsecutiveYears(), d.amount(),
                d.eligible() == null || d.eligible(), d.priority(), d.effectiveFrom(), d.effectiveTo(),
                d.description(), "test", null);
    }

    private static final List<PolicyMeasure> DEMO = DemoPolicies.demoMeasures().stream().map(PolicyArithmeticTest::of)
            .toList();

    private static BigDecimal electricity(List<PolicyMeasure> applied) {
        List<PolicyMeasure> surcharges = applied.stream()
                .filter(m -> m.kind() == PolicyMeasure.Kind.PRICE_SURCHARGE).toList();
        assertThat(surcharges).as("one surcharge per resource").hasSizeLessThanOrEqualTo(1);
        return surcharges.isEmpty() ? null : surcharges.get(0).amount();
    }

    @Test
    void theDClassSurchargeGrowsWithConsecutiveYearsAndOnlyTheHighestIsCharged() {
        assertThat(electricity(PolicyArithmetic.applicable(DEMO, "D", 1, DAY))).isEqualByComparingTo("0.05");
        assertThat(electricity(PolicyArithmetic.applicable(DEMO, "D", 2, DAY))).isEqualByComparingTo("0.10");
        assertThat(electricity(PolicyArithmetic.applicable(DEMO, "D", 3, DAY))).isEqualByComparingTo("0.15");
        assertThat(electricity(PolicyArithmetic.applicable(DEMO, "D", 7, DAY))).isEqualByComparingTo("0.15");
        assertThat(electricity(PolicyArithmetic.applicable(DEMO, "C", 3, DAY))).isNull();
    }

    @Test
    void anotherSurchargeOnTheSameResourceDoesNotStack() {
        PolicyMeasure other = of(new PolicyDraft("D", PolicyMeasure.Kind.PRICE_SURCHARGE,
                PolicyMeasure.Resource.ELECTRICITY, 1, new BigDecimal("0.08"), null, null, DemoPolicies.FROM, null,
                "高耗能行业加价"));
        PolicyMeasure water = of(new PolicyDraft("D", PolicyMeasure.Kind.PRICE_SURCHARGE,
                PolicyMeasure.Resource.WATER, 1, new BigDecimal("1.0"), null, null, DemoPolicies.FROM, null, null));
        List<PolicyMeasure> all = new java.util.ArrayList<>(DEMO);
        all.add(other);
        all.add(water);
        assertThat(electricity(PolicyArithmetic.applicable(all, "D", 1, DAY).stream()
                .filter(m -> m.resource() != PolicyMeasure.Resource.WATER).toList())).isEqualByComparingTo("0.08");
        List<PolicyMeasure> third = PolicyArithmetic.applicable(all, "D", 3, DAY);
        assertThat(third).filteredOn(m -> m.kind() == PolicyMeasure.Kind.PRICE_SURCHARGE)
                .extracting(m -> m.resource() + " " + m.amount().stripTrailingZeros().toPlainString())
                .containsExactlyInAnyOrder("ELECTRICITY 0.15", "WATER 1");
    }

    @Test
    void landDepositsAreTwentyThirtyFortyPercentForABAndC() {
        Map<String, String> expected = Map.of("A", "20", "B", "30", "C", "40");
        expected.forEach((grade, percent) -> assertThat(PolicyArithmetic.applicable(DEMO, grade, 1, DAY))
                .filteredOn(m -> m.kind() == PolicyMeasure.Kind.LAND_DEPOSIT).singleElement()
                .satisfies(m -> assertThat(m.amount()).isEqualByComparingTo(percent)));
        assertThat(PolicyArithmetic.applicable(DEMO, "D", 1, DAY))
                .noneMatch(m -> m.kind() == PolicyMeasure.Kind.LAND_DEPOSIT);
    }

    @Test
    void aAndBComeFirstForSubsidiesAndDGetsNone() {
        assertThat(subsidy("A").priority()).isEqualTo(1);
        assertThat(subsidy("B").priority()).isEqualTo(1);
        assertThat(subsidy("C").priority()).isEqualTo(2);
        assertThat(subsidy("D").eligible()).isFalse();
        assertThat(subsidy("D").priority()).isNull();
    }

    private static PolicyMeasure subsidy(String grade) {
        return PolicyArithmetic.applicable(DEMO, grade, 1, DAY).stream()
                .filter(m -> m.kind() == PolicyMeasure.Kind.SUBSIDY).findFirst().orElseThrow();
    }

    @Test
    void measuresApplyOnlyWhileInForceAndANewerRuleSupersedes() {
        assertThat(PolicyArithmetic.applicable(DEMO, "D", 1, DemoPolicies.FROM.minusDays(1))).isEmpty();
        PolicyMeasure old = of(new PolicyDraft("A", PolicyMeasure.Kind.LAND_DEPOSIT, null, null, new BigDecimal("25"),
                null, null, LocalDate.of(2020, 1, 1), LocalDate.of(2022, 12, 31), null));
        PolicyMeasure newer = of(new PolicyDraft("A", PolicyMeasure.Kind.LAND_DEPOSIT, null, null,
                new BigDecimal("15"), null, null, LocalDate.of(2024, 1, 1), null, null));
        List<PolicyMeasure> all = List.of(old, DEMO.stream().filter(m -> m.grade().equals("A")
                && m.kind() == PolicyMeasure.Kind.LAND_DEPOSIT).findFirst().orElseThrow(), newer);
        assertThat(PolicyArithmetic.applicable(all, "A", 1, LocalDate.of(2022, 6, 1))).singleElement()
                .satisfies(m -> assertThat(m.amount()).isEqualByComparingTo("25"));
        assertThat(PolicyArithmetic.applicable(all, "A", 1, LocalDate.of(2023, 6, 1))).singleElement()
                .satisfies(m -> assertThat(m.amount()).isEqualByComparingTo("20"));
        assertThat(PolicyArithmetic.applicable(all, "A", 1, DAY)).singleElement()
                .satisfies(m -> assertThat(m.amount()).isEqualByComparingTo("15"));
        assertThat(PolicyArithmetic.applicable(DEMO, null, 0, DAY)).isEmpty();
    }

    @Test
    void consecutiveYearsCountBackUntilAnotherGradeOrAYearWithoutAPublishedRun() {
        assertThat(PolicyArithmetic.consecutiveYears(2022, "D",
                new TreeMap<>(Map.of(2020, "D", 2021, "D", 2022, "D")))).isEqualTo(3);
        assertThat(PolicyArithmetic.consecutiveYears(2022, "D",
                new TreeMap<>(Map.of(2019, "D", 2020, "D", 2021, "C", 2022, "D")))).isEqualTo(1);
        assertThat(PolicyArithmetic.consecutiveYears(2022, "D",
                new TreeMap<>(Map.of(2020, "D", 2022, "D")))).isEqualTo(1);
        assertThat(PolicyArithmetic.consecutiveYears(2022, "D",
                new TreeMap<>(Map.of(2021, "D", 2022, "D")))).isEqualTo(2);
    }

    @Test
    void aDraftMeasureIsCheckedFieldByField() {
        assertThat(PolicyMeasures.check(new PolicyDraft(" ", PolicyMeasure.Kind.PRICE_SURCHARGE, null, 0,
                new BigDecimal("-1"), null, null, LocalDate.of(2024, 1, 1), LocalDate.of(2023, 1, 1), null)))
                .extracting(f -> f.field())
                .containsExactlyInAnyOrder("policyGrade", "policyTo", "policyResource", "policyAmount", "policyYears");
        assertThat(PolicyMeasures.check(new PolicyDraft("A", PolicyMeasure.Kind.LAND_DEPOSIT, null, null,
                new BigDecimal("120"), null, null, LocalDate.of(2024, 1, 1), null, null)))
                .extracting(f -> f.field()).containsExactly("policyAmount");
        assertThat(PolicyMeasures.check(new PolicyDraft("A", PolicyMeasure.Kind.SUBSIDY, null, null, null, true,
                null, LocalDate.of(2024, 1, 1), null, null))).extracting(f -> f.field()).containsExactly("policyPriority");
    }
}
