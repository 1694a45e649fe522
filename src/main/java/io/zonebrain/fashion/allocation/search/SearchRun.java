package io.zonebrain.fashion.allocation.search;

import java.util.function.BooleanSupplier;

import ai.timefold.solver.core.api.score.director.ScoreDirector;

import io.zonebrain.fashion.allocation.model.Allocation;
import io.zonebrain.fashion.allocation.model.Factory;
import io.zonebrain.fashion.allocation.model.Lot;

/**
 * What the engine's phases of one solve share: the flattened model, the plan being improved, and the time budget. Built
 * by the construction phase from the working solution; handed to the improvement phase.
 */
final class SearchRun {

    final long seed;
    /** The stop button, which may be pressed before Timefold's own early termination can take effect. */
    final BooleanSupplier stopped;
    final long deadlineNanos;
    /** Share of the time from the construction's start to the deadline that goes to the improvement search. */
    final double improvementShare;
    long solveStartNanos;
    long improvementEndNanos;
    SearchModel model;
    SearchState state;
    LagrangianPrices prices;
    AnnealingSearch annealing;

    SearchRun(long seed, long deadlineNanos, double improvementShare, BooleanSupplier stopped) {
        this.seed = seed;
        this.stopped = stopped;
        this.deadlineNanos = deadlineNanos;
        this.improvementShare = improvementShare;
    }

    /** Starts the clock of the engine's phases: the construction has begun. */
    void started() {
        solveStartNanos = System.nanoTime();
        // Ending a hair before the solver's own limit lets the improvement phase run out of slices on its own
        // instead of being cut off (which Timefold reports as an early termination).
        improvementEndNanos = solveStartNanos + (long) ((deadlineNanos - solveStartNanos) * improvementShare * 0.995);
    }

    /** Writes an assignment of the movable lots into Timefold's working solution, telling the score director. */
    static void write(ScoreDirector<Allocation> scoreDirector, SearchModel model, int[] assignment) {
        Allocation working = scoreDirector.getWorkingSolution();
        var lots = working.getLots();
        var factories = working.getFactories();
        for (int j = 0; j < model.lotCount; j++) {
            if (!model.movable[j]) {
                continue;
            }
            Lot lot = lots.get(j);
            Factory target = assignment[j] < 0 ? null : factories.get(assignment[j]);
            if (lot.getFactory() != target) {
                scoreDirector.beforeVariableChanged(lot, "factory");
                lot.setFactory(target);
                scoreDirector.afterVariableChanged(lot, "factory");
            }
        }
        scoreDirector.triggerVariableListeners();
    }
}
