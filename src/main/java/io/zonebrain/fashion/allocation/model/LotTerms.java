package io.zonebrain.fashion.allocation.model;

import java.util.Set;

/**
 * What a lot asks for, fixed before solving. {@code loadTable} and {@code costTable}, when given, are indexed by
 * {@link Factory#index()} and replace the computed load (SAM × quantity / efficiency) and cost (price + transport).
 */
public record LotTerms(
        String id,
        String orderId,
        String brandId,
        String category,
        Set<String> processes,
        int qualityLevel,
        long quantity,
        double samMinutes,
        int dueWeek,
        Set<String> preferredFactoryIds,
        Set<String> blockedFactoryIds,
        long[] loadTable,
        long[] costTable) {
}
