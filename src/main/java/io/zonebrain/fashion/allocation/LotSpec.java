package io.zonebrain.fashion.allocation;

import java.util.Set;

/**
 * A lot to place: a whole order, or one pre-cut lot of an order that may be split (all lots of an order share the
 * {@code orderId}).
 *
 * @param samMinutes standard minutes per piece
 * @param dueWeek the lot must be finished by the end of this week of the horizon (0-based)
 * @param currentFactoryId where the lot stands now (a previous plan), or {@code null}; the solve starts from there
 * @param pinned keep the lot at {@code currentFactoryId} (in production, or fixed by an officer or the brand)
 * @param loadTable optional standard minutes per factory, indexed like {@link AllocationProblem#factories()};
 *     replaces SAM × quantity / efficiency (quotes, or the benchmark's resource matrix)
 * @param costTable optional cost in fen per factory, indexed the same way; replaces price plus transport
 */
public record LotSpec(
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
        String currentFactoryId,
        boolean pinned,
        long[] loadTable,
        long[] costTable) {
}
