package io.zonebrain.fashion.allocation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverFactory;

import io.zonebrain.fashion.allocation.model.Allocation;
import io.zonebrain.fashion.allocation.model.Lot;

/**
 * The allocation engine: places lots on factories with Timefold Solver under the rules of
 * {@link io.zonebrain.fashion.allocation.constraints.AllocationConstraints}. The same engine, rules and phases solve
 * garment orders and the generalized assignment benchmarks ({@code bench/gap/run.sh}).
 *
 * <p>{@code engine.solve(problem, SolveLimits.of(Duration.ofSeconds(60)), listener)} blocks and returns the plan;
 * {@code engine.start(...)} runs on a new thread and returns a handle with a stop button. Either way one solver
 * thread, and the whole solve — checking, building, solving, reading the result — stays within the time limit.
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

    /** Solves on the calling thread. Throws {@link InvalidProblemException} (listing every issue) for bad input. */
    public AllocationResult solve(AllocationProblem problem, SolveLimits limits, ProgressListener listener) {
        Control control = new Control();
        return run(prepare(problem, limits, control), listener, control);
    }

    /** Checks the problem on the calling thread, then solves on a new one; the handle stops it or waits for it. */
    public AllocationSolve start(AllocationProblem problem, SolveLimits limits, ProgressListener listener) {
        Control control = new Control();
        Prepared prepared = prepare(problem, limits, control);
        CompletableFuture<AllocationResult> future = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                future.complete(run(prepared, listener, control));
            } catch (Throwable e) {
                future.completeExceptionally(e);
            }
        }, "allocation-solve");
        thread.setDaemon(true);
        thread.start();
        return new AllocationSolve(future, control::stop, () -> control.snapshot(start(prepared)));
    }

    /**
     * Why a lot of {@code result} (a plan for {@code problem}) stands where it does: for a placed lot the factories
     * that could take it instead and what each would change; for an unplaced one the rule that rules out each
     * factory. Scores with the same rules as the solve; takes tens of milliseconds for a lot with a thousand
     * candidate factories.
     */
    public LotExplanation explain(AllocationProblem problem, AllocationResult result, String lotId) {
        return PlacementExplainer.explain(problem, result, lotId);
    }

    private static long start(Prepared prepared) {
        return prepared.startNanos;
    }

    /**
     * The stop button: remembers the request, and passes it on once the solver exists. Also keeps the best plan so
     * far, for a caller that saves it while the solve runs (so a server restart does not lose it).
     */
    private static final class Control {
        private volatile boolean stopped;
        private volatile Solver<Allocation> solver;
        private volatile Allocation best;
        private volatile long bestAtNanos;

        void best(Allocation solution, long atNanos) {
            best = solution;
            bestAtNanos = atNanos;
        }

        java.util.Optional<AllocationSnapshot> snapshot(long startNanos) {
            Allocation b = best;
            if (b == null) {
                return java.util.Optional.empty();
            }
            // The solver hands out a clone as the new best solution and never changes it again: safe to read here.
            return java.util.Optional.of(new AllocationSnapshot(Duration.ofNanos(bestAtNanos - startNanos),
                    ScoreSummary.of(b.getScore()), placements(b)));
        }

        void stop() {
            stopped = true;
            Solver<Allocation> current = solver;
            if (current != null) {
                current.terminateEarly();
            }
        }

        boolean isStopped() {
            return stopped;
        }

        void attach(Solver<Allocation> s) {
            solver = s;
            if (stopped) {
                s.terminateEarly();
            }
        }
    }

    /** A checked problem turned into the solver's model, and the moment its answer is due. */
    private record Prepared(SolverFactory<Allocation> factory, Allocation allocation, long startNanos,
            long deadlineNanos) {
    }

    private Prepared prepare(AllocationProblem problem, SolveLimits limits, Control control) {
        long start = System.nanoTime();
        long deadline = limits.deadlineNanos(start, (long) problem.lots().size() * problem.factories().size());
        ProblemCheck.verify(problem);
        Allocation allocation = ModelBuilder.build(problem);
        SolverFactory<Allocation> factory = SolverFactory.create(
                SolverSetup.config(strategy, allocation, limits, deadline, control::isStopped));
        return new Prepared(factory, allocation, start, deadline);
    }

    private static AllocationResult run(Prepared prepared, ProgressListener listener, Control control) {
        // Preparing the solver (compiling the rules) takes time too: the solver gets what is left until the deadline.
        long left = Math.max(10_000_000L, prepared.deadlineNanos - System.nanoTime());
        Solver<Allocation> solver = prepared.factory.buildSolver(new SolverConfigOverride<Allocation>()
                .withTerminationSpentLimit(Duration.ofMillis(left / 1_000_000)));
        long start = prepared.startNanos;
        solver.addEventListener(event -> {
            if (control.isStopped()) {
                // A stop pressed before the solver started would be forgotten by it; repeat it now that it runs.
                solver.terminateEarly();
            }
            if (event.isNewBestSolutionInitialized()) {
                control.best(event.getNewBestSolution(), System.nanoTime());
                listener.bestScoreImproved(Duration.ofNanos(System.nanoTime() - start),
                        ScoreSummary.of((HardMediumSoftLongScore) event.getNewBestScore()));
            }
        });
        control.attach(solver);
        if (Boolean.getBoolean("allocation.debug")
                && solver instanceof ai.timefold.solver.core.impl.solver.AbstractSolver<Allocation> abstractSolver) {
            // Debugging only (internal API): when each phase starts and ends, to see where the time goes.
            abstractSolver.addPhaseLifecycleListener(
                    new ai.timefold.solver.core.impl.phase.event.PhaseLifecycleListenerAdapter<>() {
                        @Override
                        public void phaseStarted(ai.timefold.solver.core.impl.phase.scope.AbstractPhaseScope<Allocation> scope) {
                            System.err.printf("engine: phase %d starts at %d ms%n", scope.getPhaseIndex(),
                                    (System.nanoTime() - start) / 1_000_000);
                        }

                        @Override
                        public void phaseEnded(ai.timefold.solver.core.impl.phase.scope.AbstractPhaseScope<Allocation> scope) {
                            System.err.printf("engine: phase %d ends at %d ms after %d steps%n", scope.getPhaseIndex(),
                                    (System.nanoTime() - start) / 1_000_000, scope.getNextStepIndex());
                        }
                    });
        }
        if (Boolean.getBoolean("allocation.debug")) {
            System.err.printf("engine: solver ready %d ms after the start, %d ms left%n",
                    (System.nanoTime() - start) / 1_000_000, (prepared.deadlineNanos - System.nanoTime()) / 1_000_000);
        }
        // Timefold's own spent limit counts from when it has set itself up (scoring the starting plan took 0.8 s at
        // cluster scale), not from our start: a watch on our clock ends the search at the deadline instead.
        Thread watch = new Thread(() -> {
            long wait;
            while ((wait = prepared.deadlineNanos - System.nanoTime()) > 0) {
                java.util.concurrent.locks.LockSupport.parkNanos(wait);
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
            }
            solver.terminateEarly();
        }, "allocation-deadline");
        watch.setDaemon(true);
        watch.start();
        Allocation best;
        try {
            best = solver.solve(prepared.allocation);
        } finally {
            watch.interrupt();
        }
        Duration spent = Duration.ofNanos(System.nanoTime() - start);
        AllocationResult result = toResult(prepared.factory, best, control.stopped, spent);
        if (Boolean.getBoolean("allocation.debug")) {
            System.err.printf("engine: solver returned %d ms after the start (deadline %d ms), result read by %d ms%n",
                    spent.toMillis(), (prepared.deadlineNanos - start) / 1_000_000,
                    (System.nanoTime() - start) / 1_000_000);
        }
        return result;
    }

    private static AllocationResult toResult(SolverFactory<Allocation> factory, Allocation best, boolean stopped,
            Duration spent) {
        SolutionManager<Allocation, HardMediumSoftLongScore> manager = SolutionManager.create(factory);
        // Match counts and per-rule scores are all the result keeps: skipping the matches' justifications makes this
        // several times faster at cluster scale (it runs after the search, inside the time limit).
        var analysis = manager.analyze(best, ai.timefold.solver.core.api.solver.ScoreAnalysisFetchPolicy.FETCH_MATCH_COUNT);
        List<AllocationResult.RuleTotal> totals = new ArrayList<>();
        for (var constraint : analysis.constraintAnalyses()) {
            HardMediumSoftLongScore s = constraint.score();
            HardMediumSoftLongScore w = constraint.weight();
            String level = w.hardScore() != 0 ? "hard" : w.mediumScore() != 0 ? "medium" : "soft";
            long value = level.equals("hard") ? s.hardScore() : level.equals("medium") ? s.mediumScore() : s.softScore();
            totals.add(new AllocationResult.RuleTotal(constraint.constraintName(), level, constraint.matchCount(),
                    -value));
        }
        return new AllocationResult(ScoreSummary.of(analysis.score()), stopped, spent, placements(best), totals);
    }

    private static List<LotPlacement> placements(Allocation plan) {
        List<LotPlacement> placements = new ArrayList<>(plan.getLots().size());
        for (Lot lot : plan.getLots()) {
            placements.add(new LotPlacement(lot.getId(), lot.getOrderId(),
                    lot.getFactory() == null ? null : lot.getFactory().id(), lot.load(), lot.cost(), lot.isPinned()));
        }
        return placements;
    }
}
