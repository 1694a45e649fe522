package io.zonebrain.fashion.allocation.search;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

/**
 * The engine's phases for one solve: regret construction, then the improvement search in slices, then — only when
 * rules that couple several lots (balance, splits) carry weight — Timefold's local search on the full score for the
 * remaining share of the time.
 */
public final class EnginePhases {

    /** Share of the time the improvement search gets when a polishing local search follows. */
    static final double IMPROVEMENT_SHARE_WITH_POLISH = 0.6;

    private EnginePhases() {
    }

    public static List<PhaseConfig> create(Duration timeLimit, long seed, boolean groupRules) {
        long start = System.nanoTime();
        long limitNanos = timeLimit.toNanos();
        double share = groupRules ? IMPROVEMENT_SHARE_WITH_POLISH : 1.0;
        long improvementNanos = (long) (limitNanos * share);
        SearchRun run = new SearchRun(seed, start, start + improvementNanos);
        List<PhaseConfig> phases = new ArrayList<>();
        phases.add(new CustomPhaseConfig().withCustomPhaseCommands(new ConstructionCommand(run)));
        // Enough slices for the whole limit; the phase ends at its termination and skips the rest.
        int slices = (int) Math.min(1_000_000, limitNanos / ImprovementCommand.SLICE_NANOS + 10);
        CustomPhaseConfig improvement = new CustomPhaseConfig()
                .withCustomPhaseCommandList(Collections.nCopies(slices, new ImprovementCommand(run)));
        if (groupRules) {
            improvement.setTerminationConfig(new TerminationConfig()
                    .withSpentLimit(Duration.ofNanos(improvementNanos)));
        }
        phases.add(improvement);
        if (groupRules) {
            phases.add(new LocalSearchPhaseConfig());
        }
        return phases;
    }
}
