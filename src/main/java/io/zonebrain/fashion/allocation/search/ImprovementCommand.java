package io.zonebrain.fashion.allocation.search;

import java.util.function.BooleanSupplier;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;

import io.zonebrain.fashion.allocation.model.Allocation;

/**
 * One slice of the engine's improvement search. The phase runs this command many times over; after each slice the
 * best plan found so far goes into Timefold's working solution, where the constraint rules score it and the solver
 * records it as its best (which is what progress listeners see). The search itself carries on from its own state.
 */
final class ImprovementCommand implements PhaseCommand<Allocation> {

    static final long SLICE_NANOS = 250_000_000L;

    private final SearchRun run;

    ImprovementCommand(SearchRun run) {
        this.run = run;
    }

    @Override
    public void changeWorkingSolution(ScoreDirector<Allocation> scoreDirector, BooleanSupplier isPhaseTerminated) {
        long now = System.nanoTime();
        BooleanSupplier stop = () -> isPhaseTerminated.getAsBoolean() || run.stopped.getAsBoolean();
        // No prices: the solve was stopped (or ran out of time) between the construction's two steps.
        if (now >= run.improvementEndNanos || stop.getAsBoolean() || run.prices == null) {
            return;
        }
        if (run.annealing == null) {
            run.annealing = new AnnealingSearch(run.state, run.prices, run.seed, now, run.improvementEndNanos);
        }
        boolean improved = run.annealing.run(Math.min(now + SLICE_NANOS, run.improvementEndNanos), stop);
        if (improved && run.annealing.hasFeasibleBest()) {
            SearchRun.write(scoreDirector, run.model, run.annealing.best);
            if (Tuning.DEBUG) {
                System.err.println("wrote best " + run.annealing.bestCost);
            }
        }
    }
}
