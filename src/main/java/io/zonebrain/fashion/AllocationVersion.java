package io.zonebrain.fashion;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import io.zonebrain.fashion.allocation.AllocationWeights;
import io.zonebrain.fashion.allocation.constraints.AllocationConstraints;

/**
 * An allocation version: the immutable result of one round. {@code stopped} marks a plan that was stopped by a
 * person before its time limit (the best found up to then). {@code acceptedBy} is set once the operator has written
 * its lots as proposals. {@code forBrandId} is the brand whose re-solve made it (only that brand's lots could move);
 * {@code interruptedAfterSeconds} is set on a version written after a server restart from the best plan the round
 * had saved by then (it is also {@code stopped}; its rule totals were never computed and are empty).
 */
public record AllocationVersion(long id, String seasonCode, String categoryCode, String townCode, Long brandId,
                                String mode, Long parentRunId, String startedBy, OffsetDateTime startedAt,
                                OffsetDateTime finishedAt, int timeLimitSeconds, long spentMs, boolean stopped,
                                LocalDate horizonStart, int weeks, long hardPenalty, long unplacedLots,
                                long softPenalty, int lotsTotal, int lotsPlaced, BigDecimal costYuan,
                                List<RuleTotal> ruleTotals, List<SkippedOrder> skippedOrders, String acceptedBy,
                                OffsetDateTime acceptedAt, Long forBrandId, Integer interruptedAfterSeconds) {

    public record RuleTotal(String rule, String level, long matches, long penalty) {

        /** The rule's message key suffix: its name in lower case with dashes ("Cost" → "cost"), for the pages. */
        public String key() {
            return keyOf(rule);
        }

        static String keyOf(String rule) {
            return rule.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", "-").replaceAll("^-|-$", "");
        }

        /**
         * A soft rule's penalty in yuan (soft units are fen, so weights read as money; a reward is negative), or
         * null for hard and medium rules, whose units are minutes, levels and lots rather than money.
         */
        public BigDecimal yuan() {
            return "soft".equals(level) ? AllocationVersion.yuan(penalty) : null;
        }
    }

    public record SkippedOrder(String orderCode, String reason) {
    }

    /** Money in a round's problem is in hundredths of a fen (a price per standard minute has four decimals). */
    public static final long UNITS_PER_YUAN = 10_000;

    /** Hundredths of a fen to yuan, rounded to the fen. */
    public static BigDecimal yuan(long units) {
        return BigDecimal.valueOf(units).movePointLeft(4).setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * What one unit of each soft rule is worth in a round, in yuan, by rule key, from the weights rounds use
     * ({@code ProblemBuilder.WEIGHTS}: hundredths of a fen per unit; cost is money per money, so 1), so the version
     * page says what a split or a minute at a proven factory is worth without the numbers being written twice.
     */
    public static Map<String, BigDecimal> softWeightsInYuan() {
        AllocationWeights w = io.zonebrain.fashion.internal.allocating.ProblemBuilder.WEIGHTS;
        return Map.of(
                RuleTotal.keyOf(AllocationConstraints.COST), BigDecimal.valueOf(w.cost()),
                RuleTotal.keyOf(AllocationConstraints.BALANCE), unitsToYuan(w.balance()),
                RuleTotal.keyOf(AllocationConstraints.SPLITS), unitsToYuan(w.splits()),
                RuleTotal.keyOf(AllocationConstraints.HISTORY), unitsToYuan(w.history()),
                RuleTotal.keyOf(AllocationConstraints.PREFERRED), unitsToYuan(w.preferred()));
    }

    private static BigDecimal unitsToYuan(long units) {
        return BigDecimal.valueOf(units).movePointLeft(4).stripTrailingZeros();
    }

    public boolean feasible() {
        return hardPenalty == 0;
    }

    public boolean accepted() {
        return acceptedBy != null;
    }

    public boolean interrupted() {
        return interruptedAfterSeconds != null;
    }

    public int lotsUnplaced() {
        return lotsTotal - lotsPlaced;
    }
}
