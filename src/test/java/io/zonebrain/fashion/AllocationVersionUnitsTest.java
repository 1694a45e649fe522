package io.zonebrain.fashion;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import io.zonebrain.fashion.allocation.constraints.AllocationConstraints;

/** The version page turns a round's money units (hundredths of a fen) into yuan in one place. */
class AllocationVersionUnitsTest {

    @Test
    void softTotalsReadAsYuanAndHardOnesStayCounts() {
        var cost = new AllocationVersion.RuleTotal(AllocationConstraints.COST, "soft", 12, 123_456_789);
        assertThat(cost.yuan()).isEqualByComparingTo("12345.68");
        var reward = new AllocationVersion.RuleTotal(AllocationConstraints.HISTORY, "soft", 3, -50_000);
        assertThat(reward.yuan()).isEqualByComparingTo("-5.00");
        var capacity = new AllocationVersion.RuleTotal(AllocationConstraints.CAPACITY, "hard", 2, 480);
        assertThat(capacity.yuan()).as("minutes over are not money").isNull();
        assertThat(AllocationVersion.yuan(AllocationVersion.UNITS_PER_YUAN)).isEqualByComparingTo(BigDecimal.ONE);
    }

    @Test
    void weightsPerUnitFollowTheEngineDefaults() {
        var weights = AllocationVersion.softWeightsInYuan();
        assertThat(weights.get("order-kept-at-few-factories"))
                .isEqualByComparingTo(BigDecimal.valueOf(AllocationConstraints.SPLIT_WEIGHT, 2));
        assertThat(weights.get("cost")).isEqualByComparingTo(BigDecimal.ONE);
        // a round's lot quantity is standard minutes: the per-piece rewards (¥0.50, ¥0.30) are paid per minute of a
        // typical 40-minute garment, not per minute at the per-piece rate (which made history outweigh price)
        assertThat(weights.get("brand-keeps-proven-factories")).isEqualByComparingTo("0.0125");
        assertThat(weights.get("brand-s-preferred-factory")).isEqualByComparingTo("0.0075");
        assertThat(weights).containsKeys("small-factories-evenly-used", "brand-keeps-proven-factories",
                "brand-s-preferred-factory");
    }
}
