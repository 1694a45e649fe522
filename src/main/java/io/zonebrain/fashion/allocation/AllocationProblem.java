package io.zonebrain.fashion.allocation;

import java.util.List;

/**
 * Everything one allocation round needs: the horizon in weeks, the factories, the lots, the brands' delivery history
 * and the weights of the soft rules. Check it with {@link ProblemCheck} (the engine does) before solving.
 */
public record AllocationProblem(int weeks, List<FactorySpec> factories, List<LotSpec> lots,
        List<DeliveryRecord> history, AllocationWeights weights) {

    public AllocationProblem {
        factories = List.copyOf(factories);
        lots = List.copyOf(lots);
        history = history == null ? List.of() : List.copyOf(history);
        weights = weights == null ? AllocationWeights.defaults() : weights;
    }
}
