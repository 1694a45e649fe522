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
    private final double costStartTemperature;
    private final double costEndTemperature;
    private final double meanLoad;
    private double startTemperature;
    private double endTemperature;
    /** 1 when optimising cost; a small tie-break weight while only looking for a plan that places every lot. */
    private double costWeight = 1.0;
    private boolean feasibilityMode;
    /**
     * Set once the search stops trying to place every lot: from then on a lot on an overloaded factory may also be
     * taken off (left unplaced), else a lot that fits nowhere would keep its factory overloaded for good.
     */
    private boolean placingAllGivenUp;
    /** The least overload seen while trying to place every lot, and when: a search that stalls there gives up. */
    private long leastExcess = Long.MAX_VALUE;
    private long leastExcessNanos;
    private long feasibilityNanos;
    private long feasibilityStartNanos;
    private final double baseAlpha;
    private double alpha;
    private double temperature;
    private long cycleNanos;
    private long cycleStartNanos;
    long cycles;

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
        this.epoch = (int) Math.max(10, Math.min(1000, Tuning.EPOCH_PER_LOT * count));
        count = 0;
        for (int j = 0; j < model.lotCount; j++) {
            if (model.movable[j]) {
                movableLots[count++] = j;
            }
        }
        double typicalDelta = Tuning.REGRET_SCALE ? reducedCostRegret(prices) : typicalCostDelta();
        this.costStartTemperature = Math.max(1e-9, Tuning.T0 * typicalDelta);
        this.costEndTemperature = Math.max(1e-9, Tuning.T1 * typicalDelta);
        this.startTemperature = costStartTemperature;
        this.endTemperature = costEndTemperature;
        this.meanLoad = meanLoad();
        this.baseAlpha = typicalCostPerMinute();
        this.alpha = baseAlpha;
        this.temperature = startTemperature;
        this.cycleStartNanos = startNanos;
        this.best = state.factoryOf.clone();
        this.bestCost = state.totalExcess == 0 ? state.placedCost() : Long.MAX_VALUE;
        this.bestUnplaced = state.totalExcess == 0 ? state.unplaced : Integer.MAX_VALUE;
        this.bestTotalExcess = state.totalExcess;
        if (hasFeasibleBest()) {
            recordBest();
        }
        if (state.unplaced > 0) {
            enterFeasibilityMode(startNanos);
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
                double kind = random.nextDouble();
                if (kind < Tuning.CHAIN_SHARE) {
                    tryChain();
                } else if (kind < Tuning.CHAIN_SHARE + Tuning.SWAP_SHARE) {
                    trySwap();
                } else {
                    tryShift();
                }
                if (state.totalExcess == 0) {
                    feasibleSteps++;
                    if (state.unplaced < bestUnplaced
                            || (state.unplaced == bestUnplaced && state.placedCost() < bestCost)) {
                        recordBest();
                        if (feasibilityMode && state.unplaced == 0) {
                            leaveFeasibilityMode(System.nanoTime());
                        }
                    }
                }
                steps++;
            }
            iterations += epoch;
            // Strategic oscillation: push back towards feasibility when mostly overloaded, relax when feasible.
            if (feasibilityMode) {
                // alpha stays 1: overload is the objective
            } else if (feasibleSteps < Tuning.FEASIBLE_TARGET * steps) {
                alpha = Math.min(alpha * Tuning.ALPHA_STEP, baseAlpha * Tuning.ALPHA_CAP);
            } else {
                alpha = Math.max(alpha / Tuning.ALPHA_STEP, baseAlpha * 1e-3);
            }
            feasibleSteps = 0;
            steps = 0;
            long now = System.nanoTime();
            if (cycleNanos == 0 && now - startNanos > 50_000_000L) {
                planCycles(now);
            }
            if (feasibilityMode && state.totalExcess < leastExcess) {
                leastExcess = state.totalExcess;
                leastExcessNanos = now;
            }
            if (feasibilityMode && (now - feasibilityStartNanos + feasibilityNanos
                    > Tuning.FEASIBILITY_SHARE * (endNanos - startNanos)
                    || now - leastExcessNanos > Tuning.FEASIBILITY_STALL * (endNanos - startNanos))) {
                // Some lots fit nowhere without overload (at cluster scale a few always do): stop chasing a plan that
                // places them all and spend the rest on cost, from the best plan found, leaving them unplaced.
                placingAllGivenUp = true;
                restartFromBest(now);
            }
            long cycleLength = cycleNanos == 0 ? endNanos - startNanos : cycleNanos;
            double progress = Math.min(1.0, (double) (now - cycleStartNanos) / cycleLength);
            if (progress >= 1.0 && cycleNanos > 0 && endNanos - now > cycleNanos / 4) {
                restartFromBest(now);
                progress = 0;
            }
            temperature = startTemperature * Math.pow(endTemperature / startTemperature, progress);
            if (now >= untilNanos || provenOptimal || stop.getAsBoolean()) {
                if (Tuning.DEBUG) {
                    System.err.printf("cycle=%d it=%d T=%.3f alpha=%.4f cur: cost=%d unplaced=%d excess=%d best: cost=%d unplaced=%d%n",
                            cycles, iterations, temperature, alpha, state.placedCost(), state.unplaced, state.totalExcess,
                            bestCost, bestUnplaced);
                }
                break;
            }
        }
        return bestUnplaced < unplacedBefore || bestCost < bestBefore;
    }

    /**
     * Splits the time into cooling cycles of about {@code CYCLE_PER_LOT} moves per lot, measured on the moves made so
     * far: a small problem gets many short cycles, each starting again from the best plan, instead of one long cooling
     * that freezes early; a large one gets one or two.
     */
    private void planCycles(long now) {
        double rate = (double) iterations / (now - startNanos);
        long perCycle = (long) (Tuning.CYCLE_PER_LOT * movableLots.length / Math.max(rate, 1e-9));
        long total = endNanos - startNanos;
        cycleNanos = perCycle * 2 > total ? total : Math.max(perCycle, 20_000_000L);
        cycleStartNanos = startNanos;
    }

    private void restartFromBest(long now) {
        if (feasibilityMode) {
            feasibilityNanos += now - feasibilityStartNanos;
            feasibilityMode = false;
        }
        if (hasFeasibleBest()) {
            state.copyAssignment(best);
        }
        alpha = baseAlpha;
        costWeight = 1.0;
        startTemperature = costStartTemperature;
        endTemperature = costEndTemperature;
        cycleStartNanos = now;
        cycles++;
        if (state.unplaced > 0 && !placingAllGivenUp
                && feasibilityNanos < Tuning.FEASIBILITY_SHARE * (endNanos - startNanos)) {
            enterFeasibilityMode(now);
        }
        // The last cycle takes whatever is left rather than a stub.
        if (endNanos - now < cycleNanos * 2) {
            cycleNanos = endNanos - now;
        }
    }

    /**
     * Looks for a plan that places every lot, whatever it costs: every unplaced lot goes where it overloads least,
     * then the moves minimise the overload alone (cost only breaks ties). Used when the construction could not place
     * every lot, as on the tightest benchmark problems; a lot that truly fits nowhere stays unplaced in the end,
     * since only a plan without overload is ever kept.
     */
    private void enterFeasibilityMode(long now) {
        feasibilityMode = true;
        feasibilityStartNanos = now;
        leastExcess = Long.MAX_VALUE;
        leastExcessNanos = now;
        for (int j : movableLots) {
            if (state.factoryOf[j] >= 0) {
                continue;
            }
            int bestSlot = 0;
            long bestIncrease = Long.MAX_VALUE;
            for (int s = 0; s < model.candidates[j].length; s++) {
                long increase = state.excessDelta(model.candidates[j][s], 0, 0, model.due[j], model.load[j][s]);
                if (increase < bestIncrease) {
                    bestIncrease = increase;
                    bestSlot = s;
                }
            }
            state.moveTo(j, model.candidates[j][bestSlot]);
        }
        alpha = 1.0;
        costWeight = 0.01 * meanLoad / Math.max(costStartTemperature / Tuning.T0, 1e-9);
        startTemperature = Tuning.FEASIBILITY_T0 * meanLoad;
        endTemperature = Tuning.FEASIBILITY_T1 * meanLoad;
    }

    private void leaveFeasibilityMode(long now) {
        feasibilityNanos += now - feasibilityStartNanos;
        feasibilityMode = false;
        alpha = baseAlpha;
        costWeight = 1.0;
        startTemperature = costStartTemperature;
        endTemperature = costEndTemperature;
        cycleStartNanos = now;
    }

    private double meanLoad() {
        double sum = 0;
        long count = 0;
        for (int j : movableLots) {
            for (long l : model.load[j]) {
                sum += l;
                count++;
            }
        }
        return count == 0 ? 1 : Math.max(1e-6, sum / count);
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
        int from = state.factoryOf[j];
        if (placingAllGivenUp && from >= 0 && state.excess[from] > 0 && random.nextDouble() < Tuning.UNPLACE_SHARE) {
            tryUnplace(j, from);
            return;
        }
        int s = pickSlot(j);
        int to = model.candidates[j][s];
        if (to == from) {
            return;
        }
        int due = model.due[j];
        double delta = model.cost[j][s] - state.costAt(j);
        long excessDelta = state.excessDelta(to, 0, 0, due, model.load[j][s]);
        if (from >= 0) {
            excessDelta += state.excessDelta(from, due, state.loadAt(j), 0, 0);
        }
        if (accept(costWeight * delta + alpha * excessDelta)) {
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
        if (accept(costWeight * delta + alpha * excessDelta)) {
            state.moveTo(j2, -1);
            state.moveTo(j1, f2);
            if (f1 >= 0) {
                state.moveTo(j2, f1);
            }
        }
    }

    /** Takes lot {@code j} off its overloaded factory {@code from}: worth it only while overload weighs heavily. */
    private void tryUnplace(int j, int from) {
        double delta = model.unplacedPenalty - state.costAt(j);
        long excessDelta = state.excessDelta(from, model.due[j], state.loadAt(j), 0, 0);
        if (accept(costWeight * delta + alpha * excessDelta)) {
            state.moveTo(j, -1);
        }
    }

    /**
     * An ejection chain of two shifts: lot {@code j1} moves to factory {@code b}, pushing lot {@code j2} out of
     * {@code b} to a third factory {@code c} (which may be where {@code j1} came from, unlike a swap it need not be).
     * It reaches packings that a single shift or swap cannot when every factory is nearly full.
     */
    private void tryChain() {
        int j1 = movableLots[random.nextInt(movableLots.length)];
        int s1 = pickSlot(j1);
        int b = model.candidates[j1][s1];
        int a = state.factoryOf[j1];
        if (b == a || state.lotsOnSize[b] == 0) {
            return;
        }
        int j2 = state.lotsOn[b][random.nextInt(state.lotsOnSize[b])];
        int s2 = pickSlot(j2);
        int c = model.candidates[j2][s2];
        if (c == b) {
            return;
        }
        int due1 = model.due[j1];
        int due2 = model.due[j2];
        double delta = model.cost[j1][s1] - state.costAt(j1) + model.cost[j2][s2] - state.costAt(j2);
        long excessDelta = state.excessDelta(b, due2, state.loadAt(j2), due1, model.load[j1][s1]);
        if (a == c) {
            excessDelta += state.excessDelta(a, due1, state.loadAt(j1), due2, model.load[j2][s2]);
        } else {
            excessDelta += state.excessDelta(c, 0, 0, due2, model.load[j2][s2]);
            if (a >= 0) {
                excessDelta += state.excessDelta(a, due1, state.loadAt(j1), 0, 0);
            }
        }
        if (accept(costWeight * delta + alpha * excessDelta)) {
            state.moveTo(j2, c);
            state.moveTo(j1, b);
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
