package io.zonebrain.fashion.internal.allocating;

import io.zonebrain.fashion.AllocationVersion;
import io.zonebrain.fashion.allocation.AllocationEngine;
import io.zonebrain.fashion.allocation.AllocationResult;
import io.zonebrain.fashion.allocation.AllocationSolve;
import io.zonebrain.fashion.allocation.LotPlacement;
import io.zonebrain.fashion.allocation.ProgressListener;
import io.zonebrain.fashion.allocation.SolveLimits;
import io.zonebrain.platform.BackgroundJobs;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one round: builds the problem, solves it with the engine on the engine's own thread (so the stop button can
 * reach it), records the best score over time, and writes the version — header and lots in one transaction, only
 * once the solve has returned. A problem the engine refuses, or a crash, marks the round failed and writes no
 * version rows.
 */
@Component
public class RoundRunner {

    /** At most this often a progress point is written (the chart needs a curve, not every improvement). */
    private static final long POINT_EVERY_MS = 200;

    private final ProblemBuilder builder;
    private final VersionStore versions;
    private final TransactionTemplate tx;
    private final AllocationEngine engine = new AllocationEngine();
    private final Map<UUID, AllocationSolve> running = new ConcurrentHashMap<>();
    private final Set<UUID> stopRequested = ConcurrentHashMap.newKeySet();

    public RoundRunner(ProblemBuilder builder, VersionStore versions, TransactionTemplate tx) {
        this.builder = builder;
        this.versions = versions;
        this.tx = tx;
    }

    /** Builds and solves the round, then writes its version; returns the version's id. */
    public long run(VersionStore.RoundRow round, RoundSpec spec, BackgroundJobs.Progress progress) {
        return run(round, spec, progress, true);
    }

    /**
     * {@code livePoints} false: no progress points while solving (a caller inside a transaction that holds the
     * round row uncommitted, like the demo's start-up run: the solver thread's inserts would wait for it).
     */
    public long run(VersionStore.RoundRow round, RoundSpec spec, BackgroundJobs.Progress progress,
                    boolean livePoints) {
        try {
            BuiltProblem built = builder.build(spec);
            long runId = solveAndWrite(round, built, progress, livePoints);
            versions.finishRound(round.id(), "SUCCEEDED", null, runId);
            return runId;
        } catch (RuntimeException | Error e) {
            versions.finishRound(round.id(), "FAILED", String.valueOf(e.getMessage()), null);
            throw e;
        } finally {
            running.remove(round.id());
            stopRequested.remove(round.id());
        }
    }

    /** Solves an already built problem and writes the version (package tests feed problems the engine refuses). */
    long solveAndWrite(VersionStore.RoundRow round, BuiltProblem built, BackgroundJobs.Progress progress) {
        return solveAndWrite(round, built, progress, true);
    }

    private long solveAndWrite(VersionStore.RoundRow round, BuiltProblem built, BackgroundJobs.Progress progress,
                               boolean livePoints) {
        PointWriter points = new PointWriter(round.id(), progress, round.timeLimitSeconds(), livePoints);
        AllocationSolve solve = engine.start(built.problem(),
                SolveLimits.of(Duration.ofSeconds(round.timeLimitSeconds())), points);
        running.put(round.id(), solve);
        if (stopRequested.contains(round.id())) {
            solve.stop();
        }
        AllocationResult result = solve.result();
        points.flush();
        return tx.execute(status -> write(round, built, result));
    }

    /** The stop button; true when the round was running here. */
    public boolean stop(UUID round) {
        stopRequested.add(round);
        AllocationSolve solve = running.get(round);
        if (solve != null) {
            solve.stop();
            return true;
        }
        return false;
    }

    public boolean stopRequested(UUID round) {
        return stopRequested.contains(round);
    }

    private long write(VersionStore.RoundRow round, BuiltProblem built, AllocationResult result) {
        List<VersionStore.LotWrite> rows = new ArrayList<>(result.placements().size());
        long costUnits = 0;
        int placed = 0;
        for (LotPlacement p : result.placements()) {
            BuiltProblem.LotInfo lot = built.lots().get(p.lotId());
            Long factory = p.factoryId() == null ? null : BuiltProblem.factoryId(p.factoryId());
            costUnits += p.costFen();
            placed += p.placed() ? 1 : 0;
            rows.add(new VersionStore.LotWrite(lot.key(), lot.orderId(), lot.existingLotId(), lot.pieces(),
                    lot.dueWeek(), factory, p.loadMinutes(), yuan(p.costFen()), p.pinned()));
        }
        for (BuiltProblem.LotInfo lot : built.held()) {
            long cost = built.heldCost().get(lot.key());
            costUnits += cost;
            placed++;
            rows.add(new VersionStore.LotWrite(lot.key(), lot.orderId(), lot.existingLotId(), lot.pieces(),
                    lot.dueWeek(), lot.currentFactoryId(), lot.minutes(), yuan(cost), true));
        }
        List<AllocationVersion.RuleTotal> rules = result.ruleTotals().stream()
                .map(r -> new AllocationVersion.RuleTotal(r.rule(), r.level(), r.matches(), r.penalty())).toList();
        List<AllocationVersion.SkippedOrder> skipped = built.skipped().stream()
                .map(s -> new AllocationVersion.SkippedOrder(s.orderCode(), s.reason())).toList();
        long runId = versions.insertRun(round, result.spent().toMillis(), result.stopped(), built.horizonStart(),
                built.weeks(), result.score().hardPenalty(), result.score().unplacedLots(),
                result.score().softPenalty(), rows.size(), placed, yuan(costUnits), rules, skipped);
        versions.insertLots(runId, rows);
        return runId;
    }

    /** Hundredths of a fen (the problem's money unit) to yuan. */
    static BigDecimal yuan(long units) {
        return BigDecimal.valueOf(units).movePointLeft(4).setScale(2, RoundingMode.HALF_UP);
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
