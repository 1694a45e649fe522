package io.zonebrain.fashion.allocation;

import java.time.Duration;
import java.util.List;

/**
 * The best plan a solve found. {@code stopped} is true when the solve was stopped before its time limit: the plan is
 * the best found up to then and must be shown as such.
 *
 * @param placements one per lot, in the problem's order
 * @param ruleTotals the score of every rule, for the explanation page
 */
public record AllocationResult(ScoreSummary score, boolean stopped, Duration spent, List<LotPlacement> placements,
        List<RuleTotal> ruleTotals) {

    /** One rule's share of the score: matches and penalty (positive) or reward (negative) at its level. */
    public record RuleTotal(String rule, String level, long matches, long penalty) {

        /** The rule's name in the {@code allocation} message bundle. */
        public String messageKey() {
            return io.zonebrain.fashion.allocation.constraints.AllocationConstraints.MESSAGE_KEYS.get(rule);
        }
    }

    public long placedLots() {
        return placements.stream().filter(LotPlacement::placed).count();
    }
}
