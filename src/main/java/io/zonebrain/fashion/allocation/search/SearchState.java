package io.zonebrain.fashion.allocation.search;

/**
 * A plan under construction or improvement, with everything a move needs kept up to date: each factory's load at each
 * due week, its minutes over capacity, the lots on it, and the plan's cost, overload and number of unplaced lots.
 * Moves are evaluated by delta (a few array reads) before they are applied.
 */
final class SearchState {

    final SearchModel model;
    private final int deadlines;
    /** Factory index of each lot, -1 = unplaced. */
    final int[] factoryOf;
    /** Position of that factory in the lot's candidates, -1 = unplaced (or pinned). */
    final int[] slotOf;
    /** Cumulative load, {@code [factory * deadlines + deadline]}. */
    final long[] used;
    /** Minutes over capacity per factory, summed over its due weeks. */
    final long[] excess;
    /** Movable lots on each factory, for picking swap partners. */
    final int[][] lotsOn;
    final int[] lotsOnSize;
    private final int[] positionInFactory;
    long totalCost;
    long totalExcess;
    int unplaced;

    SearchState(SearchModel model) {
        this.model = model;
        this.deadlines = model.deadlineCount;
        int n = model.lotCount;
        int m = model.factoryCount;
        this.factoryOf = new int[n];
        this.slotOf = new int[n];
        this.used = model.pinnedUsed.clone();
        this.excess = new long[m];
        this.lotsOn = new int[m][4];
        this.lotsOnSize = new int[m];
        this.positionInFactory = new int[n];
        java.util.Arrays.fill(factoryOf, -1);
        java.util.Arrays.fill(slotOf, -1);
        for (int f = 0; f < m; f++) {
            excess[f] = computeExcess(f);
            totalExcess += excess[f];
        }
        for (int j = 0; j < n; j++) {
            if (!model.movable[j]) {
                factoryOf[j] = model.start[j];
                continue;
            }
            unplaced++;
            totalCost += model.unplacedPenalty;
            if (model.start[j] >= 0) {
                moveTo(j, model.start[j]);
            }
        }
    }

    /** Copies another state's assignment of the movable lots into this one. */
    void copyAssignment(int[] assignment) {
        for (int j = 0; j < model.lotCount; j++) {
            if (model.movable[j] && factoryOf[j] != assignment[j]) {
                moveTo(j, assignment[j]);
            }
        }
    }

    long computeExcess(int f) {
        long sum = 0;
        int base = f * deadlines;
        for (int d = 0; d < deadlines; d++) {
            long over = used[base + d] - model.capacity[base + d];
            if (over > 0) {
                sum += over;
            }
        }
        return sum;
    }

    /** Change in factory {@code f}'s overload when {@code removeLoad} (due {@code removeDue}) leaves and {@code addLoad} (due {@code addDue}) arrives; a load of 0 means none. */
    long excessDelta(int f, int removeDue, long removeLoad, int addDue, long addLoad) {
        int base = f * deadlines;
        if (deadlines == 1) {
            long u = used[base];
            long c = model.capacity[base];
            long after = u - removeLoad + addLoad - c;
            long before = u - c;
            return (after > 0 ? after : 0) - (before > 0 ? before : 0);
        }
        long delta = 0;
        for (int d = 0; d < deadlines; d++) {
            long change = (d >= addDue ? addLoad : 0) - (d >= removeDue ? removeLoad : 0);
            if (change == 0) {
                continue;
            }
            long u = used[base + d];
            long c = model.capacity[base + d];
            long after = u + change - c;
            long before = u - c;
            delta += (after > 0 ? after : 0) - (before > 0 ? before : 0);
        }
        return delta;
    }

    /** Whether lot {@code j} fits at factory {@code f} (slot {@code s}) without any due week going over. */
    boolean fits(int j, int f, int s) {
        long l = model.load[j][s];
        int base = f * deadlines;
        for (int d = model.due[j]; d < deadlines; d++) {
            if (used[base + d] + l > model.capacity[base + d]) {
                return false;
            }
        }
        return true;
    }

    /** Minutes still free at factory {@code f} for a lot due at deadline {@code due}: the tightest later due week. */
    long slack(int f, int due) {
        int base = f * deadlines;
        long slack = Long.MAX_VALUE;
        for (int d = due; d < deadlines; d++) {
            slack = Math.min(slack, model.capacity[base + d] - used[base + d]);
        }
        return slack;
    }

    long costAt(int j) {
        return slotOf[j] < 0 ? model.unplacedPenalty : model.cost[j][slotOf[j]];
    }

    long loadAt(int j) {
        return slotOf[j] < 0 ? 0 : model.load[j][slotOf[j]];
    }

    /** Moves a movable lot to factory {@code f} (-1 = unplaced), keeping every figure up to date. */
    void moveTo(int j, int f) {
        int from = factoryOf[j];
        if (from == f) {
            return;
        }
        if (from >= 0) {
            long l = model.load[j][slotOf[j]];
            addLoad(from, model.due[j], -l);
            removeFromFactory(j, from);
            totalCost -= model.cost[j][slotOf[j]];
        } else {
            unplaced--;
            totalCost -= model.unplacedPenalty;
        }
        if (f >= 0) {
            int s = model.slot(j, f);
            slotOf[j] = s;
            factoryOf[j] = f;
            addLoad(f, model.due[j], model.load[j][s]);
            addToFactory(j, f);
            totalCost += model.cost[j][s];
        } else {
            slotOf[j] = -1;
            factoryOf[j] = -1;
            unplaced++;
            totalCost += model.unplacedPenalty;
        }
    }

    private void addLoad(int f, int due, long l) {
        int base = f * deadlines;
        for (int d = due; d < deadlines; d++) {
            used[base + d] += l;
        }
        long before = excess[f];
        long after = computeExcess(f);
        excess[f] = after;
        totalExcess += after - before;
    }

    private void addToFactory(int j, int f) {
        int size = lotsOnSize[f];
        if (size == lotsOn[f].length) {
            lotsOn[f] = java.util.Arrays.copyOf(lotsOn[f], size * 2);
        }
        lotsOn[f][size] = j;
        positionInFactory[j] = size;
        lotsOnSize[f] = size + 1;
    }

    private void removeFromFactory(int j, int f) {
        int position = positionInFactory[j];
        int last = lotsOn[f][--lotsOnSize[f]];
        lotsOn[f][position] = last;
        positionInFactory[last] = position;
    }

    /** The placed cost of the plan without the unplaced penalties. */
    long placedCost() {
        return totalCost - (long) unplaced * model.unplacedPenalty;
    }
}
