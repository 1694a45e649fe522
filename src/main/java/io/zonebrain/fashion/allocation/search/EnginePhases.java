package io.zonebrain.fashion.allocation.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BooleanSupplier;

import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;

/**
 * The engine's phases for one solve: regret construction, then the improvement search in slices, then — only when
 * rules that couple several lots (balance, splits) carry weight — Timefold's local search on the full score for the
 * remaining share of the time.
 */
public final class EnginePhases {

    /** Share of the time the improvement search gets when a polishing local search follows. */
    static final double IMPROVEMENT_SHARE_WITH_POLISH = 0.85;

    private EnginePhases() {
    }

    /**
     * @param deadlineNanos when the solve must end ({@link System#nanoTime()}); the solver's own time limit ends
     *     there too
     * @param stopped the stop button: the engine's phases watch it as well as the solver's own termination
     */
    public static List<PhaseConfig> create(long deadlineNanos, long seed, boolean groupRules,
            BooleanSupplier stopped) {
        double share = groupRules ? IMPROVEMENT_SHARE_WITH_POLISH : 1.0;
        SearchRun run = new SearchRun(seed, deadlineNanos, share, stopped);
        List<PhaseConfig> phases = new ArrayList<>();
        phases.add(new CustomPhaseConfig().withCustomPhaseCommands(
                new ConstructionCommand(run, ConstructionCommand.Step.GREEDY),
                new ConstructionCommand(run, ConstructionCommand.Step.PRICED)));
        // Enough slices for the whole limit; the phase ends at its termination and skips the rest.
        long limitNanos = Math.max(0, deadlineNanos - System.nanoTime());
        int slices = (int) Math.min(1_000_000, limitNanos / ImprovementCommand.SLICE_NANOS + 10);
        CustomPhaseConfig improvement = new CustomPhaseConfig()
                .withCustomPhaseCommandList(Collections.nCopies(slices, new ImprovementCommand(run)));
        phases.add(improvement);
        if (groupRules) {
            phases.add(new LocalSearchPhaseConfig());
        }
        return phases;
    }
}
