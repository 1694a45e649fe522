package io.zonebrain.fashion.allocation.search;

/**
 * Capacity prices from the Lagrangian relaxation of the capacity rule, found by subgradient ascent.
 *
 * <p>Relaxing "load up to each due week ≤ capacity" with a price per factory and due week leaves a problem every lot
 * solves alone: take the candidate with the least reduced cost {@code cost + load × price}. The best prices give a
 * lower bound on any plan's cost (the LP bound of the assignment problem) and a reduced cost that tells which
 * factories are worth a lot's time once scarcity is priced in; the construction and the search's move choice use it.
 */
final class LagrangianPrices {

    private final SearchModel model;
    /** Price per minute, {@code [factory * deadlines + deadline]}. */
    final double[] price;
    /** The best lower bound found, or {@code -infinity} before {@link #optimise}. */
    double lowerBound = Double.NEGATIVE_INFINITY;
    private final double[] bestPrice;

    LagrangianPrices(SearchModel model) {
        this.model = model;
        this.price = new double[model.factoryCount * model.deadlineCount];
        this.bestPrice = new double[price.length];
    }

    /**
     * Subgradient ascent with Polyak steps towards {@code upperBound} (the cost of a known plan, unplaced lots counted
     * at their penalty), for at most {@code maxIterations} or until {@code deadlineNanos}. Keeps the best prices.
     */
    void optimise(double upperBound, int maxIterations, long deadlineNanos) {
        double[] subgradient = new double[price.length];
        // Steps aim at a target level above the best bound so far; the distance to it halves when the bound stalls.
        // A known plan's cost caps the target, but a plan with unplaced lots is a poor guide, hence the level.
        double gapEstimate = Double.NaN;
        int sinceImprovement = 0;
        int iterations = 0;
        for (int iteration = 0; iteration < maxIterations; iteration++) {
            iterations++;
            double bound = evaluate(subgradient);
            if (Double.isNaN(gapEstimate)) {
                gapEstimate = Math.max(1, Math.min(upperBound - bound, Math.abs(bound)));
            }
            if (bound > lowerBound + 1e-9) {
                lowerBound = bound;
                System.arraycopy(price, 0, bestPrice, 0, price.length);
                sinceImprovement = 0;
            } else if (++sinceImprovement >= 10) {
                gapEstimate /= 2;
                sinceImprovement = 0;
                if (gapEstimate < 1e-3) {
                    break;
                }
            }
            double norm = 0;
            for (int k = 0; k < subgradient.length; k++) {
                // A price already at zero cannot go lower: that component does not count.
                if (price[k] > 0 || subgradient[k] > 0) {
                    norm += subgradient[k] * subgradient[k];
                }
            }
            if (norm == 0) {
                break; // the relaxed plan respects every capacity: the bound is the optimum of the relaxation
            }
            double target = Math.min(upperBound, lowerBound + gapEstimate);
            double step = Math.max(target - bound, 1e-9) / norm;
            for (int k = 0; k < price.length; k++) {
                price[k] = Math.max(0, price[k] + step * subgradient[k]);
            }
            if (iteration >= 10 && System.nanoTime() > deadlineNanos) {
                break;
            }
        }
        System.arraycopy(bestPrice, 0, price, 0, price.length);
        if (Tuning.DEBUG) {
            System.err.printf("pricing: %d iterations, bound %.2f, gap estimate %.4f%n", iterations, lowerBound,
                    gapEstimate);
        }
    }

    /** Each lot's candidate slots ordered by reduced cost, cheapest first. */
    int[][] slotsByReducedCost() {
        int[][] order = new int[model.lotCount][];
        for (int j = 0; j < model.lotCount; j++) {
            int count = model.candidates[j].length;
            double[] keys = new double[count];
            Integer[] slots = new Integer[count];
            for (int s = 0; s < count; s++) {
                keys[s] = reducedCost(j, s);
                slots[s] = s;
            }
            java.util.Arrays.sort(slots, (a, b) -> Double.compare(keys[a], keys[b]));
            order[j] = new int[count];
            for (int s = 0; s < count; s++) {
                order[j][s] = slots[s];
            }
        }
        return order;
    }

    /** The reduced cost of lot {@code j} at candidate slot {@code s}. */
    double reducedCost(int j, int s) {
        int f = model.candidates[j][s];
        return model.cost[j][s] + model.load[j][s] * cumulativePrice(f, model.due[j]);
    }

    private double cumulativePrice(int f, int due) {
        int base = f * model.deadlineCount;
        double sum = 0;
        for (int d = due; d < model.deadlineCount; d++) {
            sum += price[base + d];
        }
        return sum;
    }

    /** The Lagrangian function at the current prices; fills its subgradient. */
    private double evaluate(double[] subgradient) {
        int deadlines = model.deadlineCount;
        for (int k = 0; k < subgradient.length; k++) {
            subgradient[k] = model.pinnedUsed[k] - model.capacity[k];
        }
        double value = 0;
        for (int k = 0; k < price.length; k++) {
            value += price[k] * (model.pinnedUsed[k] - model.capacity[k]);
        }
        // Per factory and due deadline the cumulative price, computed once per iteration.
        double[] cumulative = new double[price.length];
        for (int f = 0; f < model.factoryCount; f++) {
            double sum = 0;
            for (int d = deadlines - 1; d >= 0; d--) {
                sum += price[f * deadlines + d];
                cumulative[f * deadlines + d] = sum;
            }
        }
        for (int j = 0; j < model.lotCount; j++) {
            if (!model.movable[j]) {
                continue;
            }
            int[] candidates = model.candidates[j];
            long[] cost = model.cost[j];
            long[] load = model.load[j];
            int due = model.due[j];
            double best = model.unplacedPenalty;
            int bestSlot = -1;
            for (int s = 0; s < candidates.length; s++) {
                double r = cost[s] + load[s] * cumulative[candidates[s] * deadlines + due];
                if (r < best) {
                    best = r;
                    bestSlot = s;
                }
            }
            value += best;
            if (bestSlot >= 0) {
                int base = candidates[bestSlot] * deadlines;
                for (int d = due; d < deadlines; d++) {
                    subgradient[base + d] += load[bestSlot];
                }
            }
        }
        return value;
    }
}
