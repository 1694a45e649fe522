package io.zonebrain.fashion.allocation.search;

import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;

/**
 * Simulated annealing over shift and swap moves with an adaptive overload penalty (strategic oscillation): the
 * search may cross plans that overload a factory, paying {@code alpha} per minute over; alpha rises while the plan
 * stays overloaded and falls while it is feasible, so the search keeps returning to the feasible boundary where the
 * good plans are. Only feasible plans are ever kept as best.
 */
final class AnnealingSearch {

    private final SearchModel model;
    private final SearchState state;
    private final SplittableRandom random;
    /** Each lot's slots by reduced cost, and how many of the first count as promising. */
    private final int[][] order;
    private final int[] topCount;
    private final double lowerBound;
    boolean provenOptimal;
    private final int[] movableLots;
    private final int epoch;
    private final long startNanos;
    private final long endNanos;
    private final double startTemperature;
    private final double endTemperature;
    private final double baseAlpha;
    private double alpha;
    private double temperature;

    final int[] best;
    long bestCost;
    int bestUnplaced;
    long bestTotalExcess;
    long iterations;

    AnnealingSearch(SearchState state, LagrangianPrices prices, long seed, long startNanos, long endNanos) {
        this.model = state.model;
        this.order = prices.slotsByReducedCost();
        this.topCount = new int[model.lotCount];
        for (int j = 0; j < model.lotCount; j++) {
            topCount[j] = Math.min(order[j].length, Math.max(2, (int) Math.ceil(Tuning.TOP_SHARE * order[j].length)));
        }
        this.lowerBound = prices.lowerBound;
        this.state = state;
        this.random = new SplittableRandom(seed);
        this.startNanos = startNanos;
        this.endNanos = Math.max(endNanos, startNanos + 1);
        int count = 0;
        for (int j = 0; j < model.lotCount; j++) {
            if (model.movable[j]) {
                count++;
            }
        }
        this.movableLots = new int[count];
        // The penalty adapts once per epoch: about one move per lot, so small problems adapt as fast as large ones.
        this.epoch = (int) Math.max(100, Math.min(1000, Tuning.EPOCH_PER_LOT * count));
        count = 0;
        for (int j = 0; j < model.lotCount; j++) {
            if (model.movable[j]) {
                movableLots[count++] = j;
            }
        }
        double typicalDelta = Tuning.REGRET_SCALE ? reducedCostRegret(prices) : typicalCostDelta();
        this.startTemperature = Math.max(1e-9, Tuning.T0 * typicalDelta);
        this.endTemperature = Math.max(1e-9, Tuning.T1 * typicalDelta);
        this.baseAlpha = typicalCostPerMinute();
        this.alpha = baseAlpha;
        this.temperature = startTemperature;
        this.best = state.factoryOf.clone();
        this.bestCost = state.totalExcess == 0 ? state.placedCost() : Long.MAX_VALUE;
        this.bestUnplaced = state.totalExcess == 0 ? state.unplaced : Integer.MAX_VALUE;
        this.bestTotalExcess = state.totalExcess;
        if (hasFeasibleBest()) {
            recordBest();
        }
        if (Tuning.DEBUG) {
            System.err.printf("annealing start: cost %d unplaced %d excess %d T0 %.2f T1 %.2f alpha %.3f%n",
                    state.placedCost(), state.unplaced, state.totalExcess, startTemperature, endTemperature, alpha);
        }
    }

    boolean hasFeasibleBest() {
        return bestUnplaced != Integer.MAX_VALUE;
    }

    /** Runs until {@code untilNanos} or until told to stop; returns whether the best plan improved. */
    boolean run(long untilNanos, BooleanSupplier stop) {
        if (movableLots.length == 0 || provenOptimal) {
            return false;
        }
        long bestBefore = bestCost;
        int unplacedBefore = bestUnplaced;
        long feasibleSteps = 0;
        long steps = 0;
        while (true) {
            for (int k = 0; k < epoch; k++) {
                if (random.nextDouble() >= Tuning.SWAP_SHARE) {
                    tryShift();
                } else {
                    trySwap();
                }
                if (state.totalExcess == 0) {
                    feasibleSteps++;
                    if (state.unplaced < bestUnplaced
                            || (state.unplaced == bestUnplaced && state.placedCost() < bestCost)) {
                        recordBest();
                    }
                }
                steps++;
            }
            iterations += epoch;
            // Strategic oscillation: push back towards feasibility when mostly overloaded, relax when feasible.
            if (feasibleSteps < Tuning.FEASIBLE_TARGET * steps) {
                alpha = Math.min(alpha * Tuning.ALPHA_STEP, baseAlpha * 1e6);
            } else {
                alpha = Math.max(alpha / Tuning.ALPHA_STEP, baseAlpha * 1e-3);
            }
            feasibleSteps = 0;
            steps = 0;
            long now = System.nanoTime();
            double progress = Math.min(1.0, (double) (now - startNanos) / (endNanos - startNanos));
            temperature = startTemperature * Math.pow(endTemperature / startTemperature, progress);
            if (now >= untilNanos || provenOptimal || stop.getAsBoolean()) {
                if (Tuning.DEBUG) {
                    System.err.printf("it=%d T=%.3f alpha=%.4f cur: cost=%d unplaced=%d excess=%d best: cost=%d unplaced=%d%n",
                            iterations, temperature, alpha, state.placedCost(), state.unplaced, state.totalExcess,
                            bestCost, bestUnplaced);
                }
                break;
            }
        }
        return bestUnplaced < unplacedBefore || bestCost < bestBefore;
    }

    private void recordBest() {
        System.arraycopy(state.factoryOf, 0, best, 0, best.length);
        bestCost = state.placedCost();
        bestUnplaced = state.unplaced;
        bestTotalExcess = 0;
        // Costs are whole numbers: reaching the rounded-up lower bound with every lot placed proves optimality.
        provenOptimal = bestUnplaced == 0 && bestCost <= Math.ceil(lowerBound - 1e-6);
    }

    private int pickSlot(int j) {
        if (random.nextDouble() < Tuning.TOP_PROBABILITY) {
            return order[j][random.nextInt(topCount[j])];
        }
        return random.nextInt(model.candidates[j].length);
    }

    private boolean accept(double delta) {
        return delta <= 0 || random.nextDouble() < Math.exp(-delta / temperature);
    }

    private void tryShift() {
        int j = movableLots[random.nextInt(movableLots.length)];
        int s = pickSlot(j);
        int to = model.candidates[j][s];
        int from = state.factoryOf[j];
        if (to == from) {
            return;
        }
        int due = model.due[j];
        double delta = model.cost[j][s] - state.costAt(j);
        long excessDelta = state.excessDelta(to, 0, 0, due, model.load[j][s]);
        if (from >= 0) {
            excessDelta += state.excessDelta(from, due, state.loadAt(j), 0, 0);
        }
        delta += alpha * excessDelta;
        if (accept(delta)) {
            state.moveTo(j, to);
        }
    }

    private void trySwap() {
        int j1 = movableLots[random.nextInt(movableLots.length)];
        int s1 = pickSlot(j1);
        int f2 = model.candidates[j1][s1];
        int f1 = state.factoryOf[j1];
        if (f2 == f1 || state.lotsOnSize[f2] == 0) {
            return;
        }
        int j2 = state.lotsOn[f2][random.nextInt(state.lotsOnSize[f2])];
        long load1New = model.load[j1][s1];
        long load2Old = state.loadAt(j2);
        double delta = model.cost[j1][s1] - state.costAt(j1) - state.costAt(j2);
        long excessDelta;
        int s2 = -1;
        if (f1 >= 0) {
            s2 = model.slot(j2, f1);
            if (s2 < 0) {
                return;
            }
            delta += model.cost[j2][s2];
            excessDelta = state.excessDelta(f1, model.due[j1], state.loadAt(j1), model.due[j2], model.load[j2][s2]);
        } else {
            // An unplaced lot takes the other's place; the other becomes unplaced (the count stays the same).
            delta += model.unplacedPenalty;
            excessDelta = 0;
        }
        excessDelta += state.excessDelta(f2, model.due[j2], load2Old, model.due[j1], load1New);
        delta += alpha * excessDelta;
        if (accept(delta)) {
            state.moveTo(j2, -1);
            state.moveTo(j1, f2);
            if (f1 >= 0) {
                state.moveTo(j2, f1);
            }
        }
    }

    /** Mean difference between each lot's best and second-best reduced cost: how much a wrong choice costs. */
    private double reducedCostRegret(LagrangianPrices prices) {
        double sum = 0;
        long count = 0;
        for (int j : movableLots) {
            int[] o = order[j];
            if (o.length < 2) {
                continue;
            }
            sum += prices.reducedCost(j, o[1]) - prices.reducedCost(j, o[0]);
            count++;
        }
        return count == 0 ? 1 : Math.max(1e-6, sum / count);
    }

    /** Mean absolute cost difference between a lot's candidate factories: the scale of a move's effect. */
    private double typicalCostDelta() {
        double sum = 0;
        long count = 0;
        for (int j : movableLots) {
            long[] c = model.cost[j];
            if (c.length < 2) {
                continue;
            }
            long min = Long.MAX_VALUE;
            long max = Long.MIN_VALUE;
            for (long v : c) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
            sum += (max - min) / 3.0;
            count++;
        }
        return count == 0 ? 1 : Math.max(1e-6, sum / count);
    }

    /** Cost difference per minute of load: the exchange rate that makes overload and cost comparable. */
    private double typicalCostPerMinute() {
        double loadSum = 0;
        long count = 0;
        for (int j : movableLots) {
            for (long l : model.load[j]) {
                loadSum += l;
                count++;
            }
        }
        double meanLoad = count == 0 ? 1 : Math.max(1e-6, loadSum / count);
        return typicalCostDelta() / meanLoad;
    }
}
