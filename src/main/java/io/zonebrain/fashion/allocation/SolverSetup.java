package io.zonebrain.fashion.allocation;

import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

import io.zonebrain.fashion.allocation.constraints.AllocationConstraints;
import io.zonebrain.fashion.allocation.model.Allocation;
import io.zonebrain.fashion.allocation.model.Lot;
import io.zonebrain.fashion.allocation.search.EnginePhases;

/** The solver configuration: phases, termination, one thread. */
public final class SolverSetup {

    public enum Strategy {
        /** The engine's own phases (see docs/allocation-engine.md). */
        ENGINE,
        /** Timefold's defaults (first fit decreasing, late acceptance with change and swap moves), for comparison. */
        TIMEFOLD_DEFAULTS
    }

    private SolverSetup() {
    }

    /** Whether a rule that couples several lots (balance, splits) carries weight in this run. */
    static boolean groupRules(Allocation allocation) {
        var overrides = allocation.getConstraintWeightOverrides();
        for (String rule : new String[] {AllocationConstraints.BALANCE, AllocationConstraints.SPLITS}) {
            var weight = overrides == null ? null : overrides.getConstraintWeight(rule);
            if (weight == null || weight.softScore() != 0) {
                return true;
            }
        }
        return false;
    }

    static SolverConfig config(Strategy strategy, Allocation allocation, SolveLimits limits, long deadlineNanos,
            java.util.function.BooleanSupplier stopped) {
        TerminationConfig termination = new TerminationConfig().withSpentLimit(limits.timeLimit());
        if (limits.unimprovedLimit() != null) {
            termination.setUnimprovedSpentLimit(limits.unimprovedLimit());
        }
        SolverConfig config = new SolverConfig()
                .withSolutionClass(Allocation.class)
                .withEntityClasses(Lot.class)
                .withConstraintProviderClass(AllocationConstraints.class)
                .withEnvironmentMode(EnvironmentMode.NO_ASSERT)
                .withRandomSeed(limits.randomSeed())
                .withMoveThreadCount("NONE")
                .withTerminationConfig(termination);
        if (strategy == Strategy.ENGINE) {
            config.setPhaseConfigList(EnginePhases.create(deadlineNanos, limits.randomSeed(), groupRules(allocation), stopped));
        }
        return config;
    }
}
