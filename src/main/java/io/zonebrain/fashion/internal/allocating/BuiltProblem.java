package io.zonebrain.fashion.internal.allocating;

import io.zonebrain.fashion.allocation.AllocationProblem;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An allocation problem and what it was built from: the factories in the problem's order, the lots by key (pieces,
 * the order, the lot already in fashion_lot; the held ones too), the orders, the orders left out with why, and the
 * pinned lots held at their factory outside the solve with their cost (hundredths of a fen).
 */
public record BuiltProblem(AllocationProblem problem, LocalDate horizonStart, LocalDate firstDay,
                           List<ProblemTables.FactoryRow> factories, Map<String, LotInfo> lots,
                           Map<Long, ProblemTables.OrderRow> orders, Map<String, Long> historyByPair,
                           List<Skipped> skipped, List<LotInfo> held, Map<String, Long> heldCost) {

    /** A lot of the problem. {@code minutes} is its load (SAM × pieces, rounded up). */
    public record LotInfo(String key, long orderId, Long existingLotId, int pieces, long minutes, int dueWeek,
                          boolean pinned, Long currentFactoryId) {
    }

    /** An order (or part of it) left out of the problem, with a message key and its argument. */
    public record Skipped(String orderCode, String reason) {
    }

    public LocalDate weekEnd(int week) {
        return horizonStart.plusDays(7L * week + 6);
    }

    public int weeks() {
        return problem.weeks();
    }

    public static String factoryKey(long id) {
        return "F" + id;
    }

    public static long factoryId(String key) {
        return Long.parseLong(key.substring(1));
    }

    public static String pair(long brandId, long factoryId) {
        return brandId + "/" + factoryId;
    }
}
