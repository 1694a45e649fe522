package io.zonebrain.fashion.allocation.search;

import java.util.function.BooleanSupplier;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;

import io.zonebrain.fashion.allocation.model.Allocation;

/**
 * The engine's construction phase, in two steps so that the first plan is out quickly. First a regret-greedy plan on
 * plain costs: Timefold scores and records it as the first best plan as soon as the step ends (at cluster scale a few
 * seconds in, before the pricing). Then subgradient ascent prices capacity (see {@link LagrangianPrices}), which yields
 * a lower bound and a second regret-greedy plan on reduced costs; the better plan (fewer unplaced lots, then lower
 * cost) starts the improvement search.
 */
final class ConstructionCommand implements PhaseCommand<Allocation> {

    /** Subgradient iterations for the capacity prices, and the share of the time they may take at most. */
    static final int PRICING_ITERATIONS = 1000;
    static final double PRICING_SHARE = 0.1;

    enum Step { GREEDY, PRICED }

    private final SearchRun run;
    private final Step step;

    ConstructionCommand(SearchRun run, Step step) {
        this.run = run;
        this.step = step;
    }

    @Override
    public void changeWorkingSolution(ScoreDirector<Allocation> scoreDirector, BooleanSupplier isPhaseTerminated) {
        if (step == Step.GREEDY) {
            greedy(scoreDirector);
        } else {
            priced(scoreDirector);
        }
    }

    private void greedy(ScoreDirector<Allocation> scoreDirector) {
        run.started();
        if (Tuning.DEBUG) {
            System.err.printf("construction starts, %d ms left%n", (run.deadlineNanos - System.nanoTime()) / 1_000_000);
        }
        long t0 = System.nanoTime();
        SearchModel model = SearchModel.of(scoreDirector.getWorkingSolution());
        long t1 = System.nanoTime();
        run.model = model;
        SearchState byCost = new SearchState(model);
        RegretConstruction.run(byCost, null);
        run.state = byCost;
        if (Tuning.DEBUG) {
            System.err.printf("construction ms: model %d, regret %d%n", (t1 - t0) / 1000000,
                    (System.nanoTime() - t1) / 1000000);
        }
        SearchRun.write(scoreDirector, model, byCost.factoryOf);
    }

    private void priced(ScoreDirector<Allocation> scoreDirector) {
        SearchModel model = run.model;
        SearchState byCost = run.state;
        long t2 = System.nanoTime();
        LagrangianPrices prices = new LagrangianPrices(model);
        long pricingEnd = System.nanoTime()
                + (long) ((run.improvementEndNanos - run.solveStartNanos) * PRICING_SHARE);
        prices.optimise(byCost.totalCost + byCost.totalExcess, PRICING_ITERATIONS, pricingEnd);
        run.prices = prices;

        long t3 = System.nanoTime();
        SearchState byReducedCost = new SearchState(model);
        RegretConstruction.run(byReducedCost, prices);
        run.state = better(byReducedCost, byCost);
        if (Tuning.DEBUG) {
            System.err.printf("construction ms: pricing %d, regret %d%n", (t3 - t2) / 1000000,
                    (System.nanoTime() - t3) / 1000000);
            System.err.printf("construction: cost %d/%d unplaced %d/%d bound %.1f prices %s%n", byCost.placedCost(),
                    byReducedCost.placedCost(), byCost.unplaced, byReducedCost.unplaced, prices.lowerBound,
                    java.util.Arrays.toString(java.util.Arrays.copyOf(prices.price, Math.min(8, prices.price.length))));
        }
        if (run.state != byCost) {
            SearchRun.write(scoreDirector, model, run.state.factoryOf);
        }
    }

    private static SearchState better(SearchState a, SearchState b) {
        if (a.unplaced != b.unplaced) {
            return a.unplaced < b.unplaced ? a : b;
        }
        return a.totalCost <= b.totalCost ? a : b;
    }
}
