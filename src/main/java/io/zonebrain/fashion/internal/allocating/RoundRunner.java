package io.zonebrain.fashion.internal.allocating;

import io.zonebrain.fashion.AllocationVersion;
import io.zonebrain.fashion.allocation.AllocationEngine;
import io.zonebrain.fashion.allocation.AllocationResult;
import io.zonebrain.fashion.allocation.AllocationSolve;
import io.zonebrain.fashion.allocation.ProgressListener;
import io.zonebrain.fashion.allocation.SolveLimits;
import io.zonebrain.platform.BackgroundJobs;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one round: builds the problem, solves it with the engine on the engine's own thread (so the stop button can
 * reach it), records the best score over time, and writes the version — header and lots in one transaction, only
 * once the solve has returned. A problem the engine refuses, or a crash, marks the round failed and writes no
 * version rows. While it runs, {@link RoundWatch} keeps its heartbeat, passes on a stop request written to the
 * database by any instance, and saves the best plan so far for {@link RoundRecovery}.
 */
@Component
public class RoundRunner {

    /** At most this often a progress point is written (the chart needs a curve, not every improvement). */
    private static final long POINT_EVERY_MS = 200;

    private final ProblemBuilder builder;
    private final VersionStore versions;
    private final SnapshotStore snapshots;
    private final RoundWatch watch;
    private final TransactionTemplate tx;
    private final AllocationEngine engine = new AllocationEngine();

    public RoundRunner(ProblemBuilder builder, VersionStore versions, SnapshotStore snapshots, RoundWatch watch,
                       TransactionTemplate tx) {
        this.builder = builder;
        this.versions = versions;
        this.snapshots = snapshots;
        this.watch = watch;
        this.tx = tx;
    }

    /** Builds and solves the round, then writes its version; returns the version's id. */
    public long run(VersionStore.RoundRow round, RoundSpec spec, BackgroundJobs.Progress progress) {
        return run(round, spec, progress, true);
    }

    /**
     * {@code live} false: no progress points, heartbeat or saved plans while solving (a caller inside a transaction
     * that holds the round row uncommitted, like the demo's start-up run: the other threads' writes would wait for
     * it, and nobody can see or stop that round anyway).
     */
    public long run(VersionStore.RoundRow round, RoundSpec spec, BackgroundJobs.Progress progress, boolean live) {
        if (live) {
            watch.track(round.id());
        }
        try {
            BuiltProblem built = builder.build(spec);
            long runId = solveAndWrite(round, built, progress, live);
            versions.finishRound(round.id(), "SUCCEEDED", null, runId);
            return runId;
        } catch (RuntimeException | Error e) {
            versions.finishRound(round.id(), "FAILED", String.valueOf(e.getMessage()), null);
            throw e;
        } finally {
            watch.untrack(round.id());
            if (live) {
                snapshots.delete(round.id());
            }
        }
    }

    /** Solves an already built problem and writes the version (package tests feed problems the engine refuses). */
    long solveAndWrite(VersionStore.RoundRow round, BuiltProblem built, BackgroundJobs.Progress progress) {
        return solveAndWrite(round, built, progress, true);
    }

    private long solveAndWrite(VersionStore.RoundRow round, BuiltProblem built, BackgroundJobs.Progress progress,
                               boolean live) {
        PointWriter points = new PointWriter(round.id(), progress, round.timeLimitSeconds(), live);
        AllocationSolve solve = engine.start(built.problem(),
                SolveLimits.of(Duration.ofSeconds(round.timeLimitSeconds())), points);
        watch.attach(round.id(), solve, built);
        // a stop pressed while the problem was being built: the watch had no solve to pass it to yet
        if (versions.stopRequested(round.id())) {
            solve.stop();
        }
        AllocationResult result = solve.result();
        points.flush();
        return tx.execute(status -> write(round, built, result));
    }

    /** The stop button's fast path when the round runs in this JVM; the durable request is the round's row. */
    public boolean stop(UUID round) {
        return watch.stopHere(round);
    }

    private long write(VersionStore.RoundRow round, BuiltProblem built, AllocationResult result) {
        VersionRows rows = VersionRows.of(built, result.placements());
        List<AllocationVersion.RuleTotal> rules = result.ruleTotals().stream()
                .map(r -> new AllocationVersion.RuleTotal(r.rule(), r.level(), r.matches(), r.penalty())).toList();
        List<AllocationVersion.SkippedOrder> skipped = built.skipped().stream()
                .map(s -> new AllocationVersion.SkippedOrder(s.orderCode(), s.reason())).toList();
        long runId = versions.insertRun(round, result.spent().toMillis(), result.stopped(), built.horizonStart(),
                built.weeks(), result.score().hardPenalty(), result.score().unplacedLots(),
                result.score().softPenalty(), rows.rows().size(), rows.placed(), rows.costYuan(), rules, skipped);
        versions.insertLots(runId, rows.rows());
        return runId;
    }

    /** Keeps the best score over time: a point at most every 200 ms, and always the last one. */
    private final class PointWriter implements ProgressListener {
        private final UUID round;
        private final BackgroundJobs.Progress progress;
        private final int seconds;
        private long lastWritten = -POINT_EVERY_MS;
        private final boolean live;
        private long[] pending;

        PointWriter(UUID round, BackgroundJobs.Progress progress, int seconds, boolean live) {
            this.round = round;
            this.progress = progress;
            this.seconds = seconds;
            this.live = live;
        }

        @Override
        public synchronized void bestScoreImproved(Duration elapsed, io.zonebrain.fashion.allocation.ScoreSummary s) {
            long ms = elapsed.toMillis();
            pending = new long[] {ms, s.hardPenalty(), s.unplacedLots(), s.softPenalty()};
            if (live && ms - lastWritten >= POINT_EVERY_MS) {
                flush();
                if (progress != null) {
                    progress.update((int) Math.min(seconds, ms / 1000), seconds);
                }
            }
        }

        synchronized void flush() {
            if (pending != null) {
                versions.addPoint(round, pending[0], pending[1], pending[2], pending[3]);
                lastWritten = pending[0];
                pending = null;
            }
        }
    }
}
