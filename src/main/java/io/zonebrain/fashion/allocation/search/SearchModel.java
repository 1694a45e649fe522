package io.zonebrain.fashion.allocation.search;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import io.zonebrain.fashion.allocation.constraints.AllocationConstraints;
import io.zonebrain.fashion.allocation.model.Allocation;
import io.zonebrain.fashion.allocation.model.BrandFactoryHistory;
import io.zonebrain.fashion.allocation.model.Factory;
import io.zonebrain.fashion.allocation.model.Lot;

/**
 * The allocation flattened into arrays for the engine's own phases: per lot its candidate factories with load and
 * cost at each, per factory its cumulative capacity at each due week.
 *
 * <p>The cost here is the part of the soft score that depends on one lot at a time — cost, brand history, preferred
 * factory, each times its weight — so that moving a lot changes it by a table lookup. The rules that depend on several
 * lots together (balance, splits) are left to the Timefold local search that follows. The capacity penalty is exactly
 * the hard score of the capacity rule: the sum over factories and due weeks of the minutes over.
 */
final class SearchModel {

    final int lotCount;
    final int factoryCount;
    /** Number of distinct due weeks: the capacity checkpoints per factory. */
    final int deadlineCount;
    final int[][] candidates;
    final long[][] load;
    final long[][] cost;
    /** True when a lot's candidates are all factories in index order, so a factory's slot is its index. */
    final boolean[] dense;
    /** Deadline index of each lot's due week. */
    final int[] due;
    final boolean[] movable;
    /** Cumulative capacity, {@code [factory * deadlineCount + deadline]}. */
    final long[] capacity;
    /** Load that pinned lots put on each factory's deadlines, same layout. */
    final long[] pinnedUsed;
    /** Where each lot starts: a factory index or -1. Pinned lots keep theirs. */
    final int[] start;
    /** What leaving one lot unplaced costs in the search: more than any placement could save. */
    final long unplacedPenalty;
    final List<Lot> lots;
    final List<Factory> factories;

    private SearchModel(Allocation allocation) {
        this.lots = allocation.getLots();
        this.factories = allocation.getFactories();
        this.lotCount = lots.size();
        this.factoryCount = factories.size();
        TreeSet<Integer> weeks = new TreeSet<>();
        lots.forEach(lot -> weeks.add(lot.getDueWeek()));
        int[] weekList = weeks.stream().mapToInt(Integer::intValue).toArray();
        this.deadlineCount = Math.max(1, weekList.length);
        Map<Integer, Integer> deadlineOfWeek = new HashMap<>();
        for (int d = 0; d < weekList.length; d++) {
            deadlineOfWeek.put(weekList[d], d);
        }
        this.capacity = new long[factoryCount * deadlineCount];
        for (Factory f : factories) {
            for (int d = 0; d < weekList.length; d++) {
                capacity[f.index() * deadlineCount + d] = f.minutesUpTo(weekList[d]);
            }
        }
        long costWeight = weight(allocation, AllocationConstraints.COST, AllocationConstraints.COST_WEIGHT);
        long historyWeight = weight(allocation, AllocationConstraints.HISTORY, AllocationConstraints.HISTORY_WEIGHT);
        long preferredWeight = weight(allocation, AllocationConstraints.PREFERRED,
                AllocationConstraints.PREFERRED_WEIGHT);
        Map<String, Set<Factory>> provenByBrand = new HashMap<>();
        for (BrandFactoryHistory h : allocation.getHistory()) {
            if (h.goodDeliveries() > 0) {
                provenByBrand.computeIfAbsent(h.brandId(), b -> new HashSet<>()).add(h.factory());
            }
        }
        this.candidates = new int[lotCount][];
        this.load = new long[lotCount][];
        this.cost = new long[lotCount][];
        this.dense = new boolean[lotCount];
        this.due = new int[lotCount];
        this.movable = new boolean[lotCount];
        this.start = new int[lotCount];
        this.pinnedUsed = new long[factoryCount * deadlineCount];
        long minCost = Long.MAX_VALUE;
        long maxCost = Long.MIN_VALUE;
        for (int j = 0; j < lotCount; j++) {
            Lot lot = lots.get(j);
            due[j] = deadlineOfWeek.getOrDefault(lot.getDueWeek(), 0);
            if (lot.isPinned() && lot.getFactory() != null) {
                long l = lot.loadOn(lot.getFactory());
                for (int d = due[j]; d < deadlineCount; d++) {
                    pinnedUsed[lot.getFactory().index() * deadlineCount + d] += l;
                }
            }
        }
        for (int j = 0; j < lotCount; j++) {
            Lot lot = lots.get(j);
            int lotDue = due[j];
            // The value range may also hold where the lot stands now although it breaks a rule there; the search
            // only ever places lots where they can be made, and only on factories it fits even when alone (next
            // to pinned lots): a lot too big for every factory before its due week then stays unplaced at once
            // instead of the search chasing a plan that places it.
            int[] c = lot.getCandidates().stream().filter(lot::canBeMadeAt)
                    .filter(f -> fitsAlone(lot.loadOn(f), f.index(), lotDue))
                    .mapToInt(Factory::index).sorted().toArray();
            candidates[j] = c;
            dense[j] = c.length == factoryCount;
            load[j] = new long[c.length];
            cost[j] = new long[c.length];
            Set<Factory> proven = lot.getBrandId() == null ? Set.of()
                    : provenByBrand.getOrDefault(lot.getBrandId(), Set.of());
            for (int s = 0; s < c.length; s++) {
                Factory f = factories.get(c[s]);
                load[j][s] = lot.loadOn(f);
                long value = costWeight * lot.costOn(f);
                if (proven.contains(f)) {
                    value -= historyWeight * lot.getQuantity();
                }
                if (lot.isPreferredAt(f)) {
                    value -= preferredWeight * lot.getQuantity();
                }
                cost[j][s] = value;
                minCost = Math.min(minCost, value);
                maxCost = Math.max(maxCost, value);
            }
            Factory current = lot.getFactory();
            if (lot.isPinned()) {
                movable[j] = false;
                start[j] = current == null ? -1 : current.index();
            } else {
                movable[j] = c.length > 0;
                // A previous placement that now breaks a rule of the lot's own is dropped; the construction
                // re-places it.
                start[j] = current != null && slot(j, current.index()) >= 0 ? current.index() : -1;
            }
        }
        long spread = minCost == Long.MAX_VALUE ? 1 : Math.max(1, maxCost - minCost);
        this.unplacedPenalty = 2 * spread + Math.max(0, maxCost) + 1;
    }

    /** Whether {@code load} fits at factory {@code f} by deadline {@code d} with only the pinned lots there. */
    private boolean fitsAlone(long load, int f, int d) {
        int base = f * deadlineCount;
        for (int k = d; k < deadlineCount; k++) {
            if (pinnedUsed[base + k] + load > capacity[base + k]) {
                return false;
            }
        }
        return true;
    }

    static SearchModel of(Allocation allocation) {
        return new SearchModel(allocation);
    }

    /** Position of factory {@code f} in lot {@code j}'s candidates, or a negative number if it is not one. */
    int slot(int j, int f) {
        if (dense[j]) {
            return f;
        }
        return Arrays.binarySearch(candidates[j], f);
    }

    private static long weight(Allocation allocation, String rule, long fallback) {
        ConstraintWeightOverrides<HardMediumSoftLongScore> overrides = allocation.getConstraintWeightOverrides();
        if (overrides == null) {
            return fallback;
        }
        HardMediumSoftLongScore weight = overrides.getConstraintWeight(rule);
        return weight == null ? fallback : weight.softScore();
    }
}
