package io.zonebrain.fashion.internal.allocating;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Closes rounds whose JVM died while they ran. A round is orphaned when it is still RUNNING in the database, its
 * heartbeat (written every second by the JVM that runs it) is older than {@link #STALE}, and no solve of this JVM
 * runs it. With a saved best plan it gets an immutable version written from that plan, marked stopped and
 * interrupted (no rule totals: they were never computed while solving); without one it is FAILED and has no version.
 * Each round is closed in one transaction under its row lock (skip locked), so two instances sweeping at once close
 * it once.
 */
@Component
public class RoundRecovery {

    private static final Logger log = LoggerFactory.getLogger(RoundRecovery.class);

    /** Thirty heartbeats missed: the JVM is gone, not merely slow (a 2-core machine under load skips a few). */
    static final Duration STALE = Duration.ofSeconds(30);

    private final VersionStore versions;
    private final SnapshotStore snapshots;
    private final TransactionTemplate tx;

    RoundRecovery(VersionStore versions, SnapshotStore snapshots, TransactionTemplate tx) {
        this.versions = versions;
        this.snapshots = snapshots;
        this.tx = tx;
    }

    /** What a sweep did: versions written from saved plans, rounds failed for want of one. */
    public record Closed(List<Long> versions, List<UUID> failed) {
    }

    /** Closes every orphaned round; {@code runningHere} are the rounds this JVM runs (never touched). */
    public Closed recover(Set<UUID> runningHere) {
        List<Long> written = new java.util.ArrayList<>();
        List<UUID> failed = new java.util.ArrayList<>();
        for (UUID id : versions.staleRounds((int) STALE.toSeconds())) {
            if (runningHere.contains(id)) {
                continue;
            }
            Optional<Long> runId = tx.execute(status -> close(id, failed));
            runId.ifPresent(written::add);
        }
        return new Closed(List.copyOf(written), List.copyOf(failed));
    }

    private Optional<Long> close(UUID id, List<UUID> failed) {
        Optional<VersionStore.RoundRow> locked = versions.lockStale(id, (int) STALE.toSeconds());
        if (locked.isEmpty()) {
            return Optional.empty();
        }
        VersionStore.RoundRow round = locked.get();
        long ranMs = Math.max(0, Duration.between(round.startedAt(), round.aliveAt()).toMillis());
        int seconds = (int) (ranMs / 1000);
        Optional<SnapshotStore.Saved> saved = snapshots.find(id);
        snapshots.delete(id);
        if (saved.isEmpty()) {
            versions.finishRound(id, "FAILED", "interrupted by a server restart after " + seconds
                    + " s, before a plan was saved: no version", null, seconds);
            log.warn("allocation round {} was orphaned by a restart after {} s without a saved plan: failed", id,
                    seconds);
            failed.add(id);
            return Optional.empty();
        }
        SnapshotStore.Saved plan = saved.get();
        long runId = versions.insertRun(round, ranMs, true, plan.horizonStart(), plan.weeks(), plan.hardPenalty(),
                plan.unplacedLots(), plan.softPenalty(), plan.rows().size(), plan.lotsPlaced(), plan.costYuan(),
                List.of(), plan.skipped(), seconds);
        versions.insertLots(runId, plan.rows());
        versions.finishRound(id, "SUCCEEDED", "interrupted by a server restart after " + seconds + " s; version "
                + runId + " is the best plan found until then (found after " + plan.foundAfterMs() / 1000
                + " s); rule totals were not computed", runId, seconds);
        log.warn("allocation round {} was orphaned by a restart after {} s: version {} written from its saved plan",
                id, seconds, runId);
        return Optional.of(runId);
    }
}
