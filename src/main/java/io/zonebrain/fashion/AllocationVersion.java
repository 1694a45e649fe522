package io.zonebrain.fashion;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

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
            return rule.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", "-").replaceAll("^-|-$", "");
        }
    }

    public record SkippedOrder(String orderCode, String reason) {
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
