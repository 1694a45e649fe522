package io.zonebrain.fashion.allocation;

import io.zonebrain.fashion.allocation.constraints.AllocationConstraints;

/**
 * Weights of the soft rules, in fen per unit of each rule (see {@code docs/allocation-engine.md}); zero switches a
 * rule off.
 *
 * @param cost per fen of price plus transport
 * @param balance per (per-mille utilisation)² of each small factory
 * @param splits per extra factory an order is spread over
 * @param history reward per piece at a factory that delivered the brand well before
 * @param preferred reward per piece at a factory the brand prefers
 */
public record AllocationWeights(long cost, long balance, long splits, long history, long preferred) {

    public AllocationWeights {
        if (cost < 0 || balance < 0 || splits < 0 || history < 0 || preferred < 0) {
            throw new IllegalArgumentException("weights must not be negative");
        }
    }

    public static AllocationWeights defaults() {
        return new AllocationWeights(AllocationConstraints.COST_WEIGHT, AllocationConstraints.BALANCE_WEIGHT,
                AllocationConstraints.SPLIT_WEIGHT, AllocationConstraints.HISTORY_WEIGHT,
                AllocationConstraints.PREFERRED_WEIGHT);
    }

    /** Cost alone: the generalized assignment problem. */
    public static AllocationWeights costOnly() {
        return new AllocationWeights(1, 0, 0, 0, 0);
    }

    /** The rules that depend on more than one lot at a time (the custom search leaves them to the polishing phase). */
    public boolean hasGroupRules() {
        return balance > 0 || splits > 0;
    }
}
