package io.zonebrain.fashion.allocation.search;

import java.util.PriorityQueue;

/**
 * Places the unplaced lots greedily by regret: the lot that would lose the most if it missed its cheapest factory with
 * room goes first (ties: the larger lot), to that cheapest factory. Only factories where the lot fits before its due
 * week are considered, so the construction never breaks a hard rule; a lot that fits nowhere stays unplaced for the
 * improvement phase to deal with.
 */
final class RegretConstruction {

    private RegretConstruction() {
    }

    static void run(SearchState state) {
        SearchModel model = state.model;
        record Entry(int lot, long regret, long load) {
        }
        PriorityQueue<Entry> queue = new PriorityQueue<>((a, b) -> a.regret != b.regret
                ? Long.compare(b.regret, a.regret) : Long.compare(b.load, a.load));
        long[] choice = new long[3];
        for (int j = 0; j < model.lotCount; j++) {
            if (model.movable[j] && state.factoryOf[j] < 0 && evaluate(state, j, choice)) {
                queue.add(new Entry(j, choice[1], choice[2]));
            }
        }
        while (!queue.isEmpty()) {
            Entry top = queue.poll();
            if (!evaluate(state, top.lot, choice)) {
                continue; // no room left anywhere: stays unplaced
            }
            if (choice[1] != top.regret && !queue.isEmpty() && choice[1] < queue.peek().regret) {
                queue.add(new Entry(top.lot, choice[1], choice[2]));
                continue;
            }
            state.moveTo(top.lot, model.candidates[top.lot][(int) choice[0]]);
        }
    }

    /** Fills {@code out} with the best slot, the regret and the lot's load there; false if it fits nowhere. */
    private static boolean evaluate(SearchState state, int j, long[] out) {
        SearchModel model = state.model;
        int[] candidates = model.candidates[j];
        long first = Long.MAX_VALUE;
        long second = Long.MAX_VALUE;
        int firstSlot = -1;
        for (int s = 0; s < candidates.length; s++) {
            if (!state.fits(j, candidates[s], s)) {
                continue;
            }
            long c = model.cost[j][s];
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
        out[0] = firstSlot;
        out[1] = second == Long.MAX_VALUE ? Long.MAX_VALUE / 4 : second - first;
        out[2] = model.load[j][firstSlot];
        return true;
    }
}
