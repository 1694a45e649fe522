package io.zonebrain.fashion.allocation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;

import io.zonebrain.fashion.allocation.model.Allocation;
import io.zonebrain.fashion.allocation.model.Lot;

/**
 * The allocation engine: places lots on factories with Timefold Solver under the rules of
 * {@link io.zonebrain.fashion.allocation.constraints.AllocationConstraints}. The same engine, rules and phases solve
 * garment orders and the generalized assignment benchmarks ({@code bench/gap/run.sh}).
 *
 * <p>Usage: {@code engine.solve(problem, SolveLimits.of(Duration.ofSeconds(60)), listener)} blocks and returns the
 * plan; {@code engine.start(...)} runs on a new thread and returns a handle with a stop button. One solver thread per
 * solve.
 */
public final class AllocationEngine {

    private final SolverSetup.Strategy strategy;

    public AllocationEngine() {
        this(SolverSetup.Strategy.ENGINE);
    }

    /** {@code TIMEFOLD_DEFAULTS} runs Timefold's default phases instead of the engine's, for comparison only. */
    public AllocationEngine(SolverSetup.Strategy strategy) {
        this.strategy = strategy;
    }

    public AllocationResult solve(AllocationProblem problem, SolveLimits limits, ProgressListener listener) {
        ProblemCheck.verify(problem);
        Allocation allocation = ModelBuilder.build(problem);
        SolverFactory<Allocation> factory = SolverFactory.create(SolverSetup.config(strategy, allocation, limits));
        Solver<Allocation> solver = factory.buildSolver();
        AtomicBoolean stopped = new AtomicBoolean();
        return run(factory, solver, allocation, listener, stopped);
    }

    public AllocationSolve start(AllocationProblem problem, SolveLimits limits, ProgressListener listener) {
        ProblemCheck.verify(problem);
        Allocation allocation = ModelBuilder.build(problem);
        SolverFactory<Allocation> factory = SolverFactory.create(SolverSetup.config(strategy, allocation, limits));
        Solver<Allocation> solver = factory.buildSolver();
        AtomicBoolean stopped = new AtomicBoolean();
        CompletableFuture<AllocationResult> future = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                future.complete(run(factory, solver, allocation, listener, stopped));
            } catch (Throwable e) {
                future.completeExceptionally(e);
            }
        }, "allocation-solve");
        thread.setDaemon(true);
        thread.start();
        return new AllocationSolve(future, () -> {
            stopped.set(true);
            solver.terminateEarly();
        });
    }

    private static AllocationResult run(SolverFactory<Allocation> factory, Solver<Allocation> solver,
            Allocation allocation, ProgressListener listener, AtomicBoolean stopped) {
        long start = System.nanoTime();
        solver.addEventListener(event -> {
            if (event.isNewBestSolutionInitialized()) {
                listener.bestScoreImproved(Duration.ofNanos(System.nanoTime() - start),
                        ScoreSummary.of((HardMediumSoftLongScore) event.getNewBestScore()));
            }
        });
        Allocation best = solver.solve(allocation);
        Duration spent = Duration.ofNanos(System.nanoTime() - start);
        return toResult(factory, best, stopped.get(), spent);
    }

    private static AllocationResult toResult(SolverFactory<Allocation> factory, Allocation best, boolean stopped,
            Duration spent) {
        SolutionManager<Allocation, HardMediumSoftLongScore> manager = SolutionManager.create(factory);
        var analysis = manager.analyze(best);
        List<AllocationResult.RuleTotal> totals = new ArrayList<>();
        for (var constraint : analysis.constraintAnalyses()) {
            HardMediumSoftLongScore s = constraint.score();
            String level = s.hardScore() != 0 ? "hard" : s.mediumScore() != 0 ? "medium" : "soft";
            long value = s.hardScore() != 0 ? s.hardScore() : s.mediumScore() != 0 ? s.mediumScore() : s.softScore();
            totals.add(new AllocationResult.RuleTotal(constraint.constraintName(), level, constraint.matchCount(),
                    -value));
        }
        List<LotPlacement> placements = new ArrayList<>(best.getLots().size());
        for (Lot lot : best.getLots()) {
            placements.add(new LotPlacement(lot.getId(), lot.getOrderId(),
                    lot.getFactory() == null ? null : lot.getFactory().id(), lot.load(), lot.cost(), lot.isPinned()));
        }
        return new AllocationResult(ScoreSummary.of(analysis.score()), stopped, spent, placements, totals);
    }
}
