package io.zonebrain.fashion.allocation.search;

import java.util.PriorityQueue;

/**
 * Places the unplaced lots greedily by regret: the lot that would lose the most if it missed its best factory with
 * room goes first (ties: the larger lot), to that best factory. "Best" is the lowest cost, or the lowest reduced cost
 * when capacity prices are given (scarce factories then count as dearer). Only factories where the lot fits before
 * its due week are considered, so the construction never breaks a hard rule; a lot that fits nowhere stays unplaced
 * for the improvement search.
 */
final class RegretConstruction {

    private RegretConstruction() {
    }

    static void run(SearchState state, LagrangianPrices prices) {
        SearchModel model = state.model;
        record Entry(int lot, double regret, long load) {
        }
        PriorityQueue<Entry> queue = new PriorityQueue<>((a, b) -> a.regret != b.regret
                ? Double.compare(b.regret, a.regret) : Long.compare(b.load, a.load));
        Choice choice = new Choice();
        for (int j = 0; j < model.lotCount; j++) {
            if (model.movable[j] && state.factoryOf[j] < 0 && evaluate(state, j, choice, prices)) {
                queue.add(new Entry(j, choice.regret, choice.load));
            }
        }
        while (!queue.isEmpty()) {
            Entry top = queue.poll();
            if (!evaluate(state, top.lot, choice, prices)) {
                continue; // no room left anywhere: stays unplaced
            }
            if (choice.regret != top.regret && !queue.isEmpty() && choice.regret < queue.peek().regret) {
                queue.add(new Entry(top.lot, choice.regret, choice.load));
                continue;
            }
            state.moveTo(top.lot, model.candidates[top.lot][choice.slot]);
        }
    }

    private static final class Choice {
        int slot;
        double regret;
        long load;
    }

    /** Finds the lot's best slot with room and its regret; false if it fits nowhere. */
    private static boolean evaluate(SearchState state, int j, Choice out, LagrangianPrices prices) {
        SearchModel model = state.model;
        int[] candidates = model.candidates[j];
        double first = Double.POSITIVE_INFINITY;
        double second = Double.POSITIVE_INFINITY;
        int firstSlot = -1;
        for (int s = 0; s < candidates.length; s++) {
            if (!state.fits(j, candidates[s], s)) {
                continue;
            }
            double c = prices == null ? model.cost[j][s] : prices.reducedCost(j, s);
            if (c < first) {
                second = first;
                first = c;
                firstSlot = s;
            } else if (c < second) {
                second = c;
            }
        }
        if (firstSlot < 0) {
            return false;
        }
        out.slot = firstSlot;
        out.regret = second == Double.POSITIVE_INFINITY ? Double.MAX_VALUE / 4 : second - first;
        out.load = model.load[j][firstSlot];
        return true;
    }
}
