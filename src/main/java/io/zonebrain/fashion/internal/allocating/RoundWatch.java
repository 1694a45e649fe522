package io.zonebrain.fashion.internal.allocating;

import io.zonebrain.fashion.AllocationVersion;
import io.zonebrain.fashion.allocation.AllocationSnapshot;
import io.zonebrain.fashion.allocation.AllocationSolve;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the rounds this JVM runs in touch with the database, once a second: writes each round's heartbeat, reads
 * whether someone (on any instance) pressed stop and stops the solve, and every few seconds (and as soon as there is a
 * first plan) saves the best plan so far. From the application's start on it also closes orphaned rounds (see
 * {@link RoundRecovery}) every {@link #SWEEP_EVERY}.
 */
@Component
public class RoundWatch implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RoundWatch.class);

    static final Duration TICK = Duration.ofSeconds(1);
    /** How often the best plan is saved while a round runs: ~4,000 rows, a few tens of milliseconds. */
    static final Duration SAVE_EVERY = Duration.ofSeconds(5);
    /** A restart shorter than the heartbeat's staleness leaves rounds the start-up sweep cannot yet call orphaned. */
    static final Duration SWEEP_EVERY = Duration.ofSeconds(15);

    private final VersionStore versions;
    private final SnapshotStore snapshots;
    private final RoundRecovery recovery;
    private final Map<UUID, Watched> rounds = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "allocation-round-watch");
        t.setDaemon(true);
        return t;
    });

    RoundWatch(VersionStore versions, SnapshotStore snapshots, RoundRecovery recovery) {
        this.versions = versions;
        this.snapshots = snapshots;
        this.recovery = recovery;
        timer.scheduleWithFixedDelay(this::tick, TICK.toMillis(), TICK.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** A round this JVM runs: its solve and problem once they exist, and when its plan was last saved. */
    private static final class Watched {
        volatile AllocationSolve solve;
        volatile BuiltProblem built;
        long savedAtNanos;
        Duration savedFoundAfter;
    }

    /** From the start of a round (building the problem takes seconds too): heartbeat and stop checks begin. */
    void track(UUID round) {
        rounds.put(round, new Watched());
    }

    /** The solve has started: the stop request reaches it, and its best plan is saved from now on. */
    void attach(UUID round, AllocationSolve solve, BuiltProblem built) {
        Watched w = rounds.get(round);
        if (w != null) {
            w.built = built;
            w.solve = solve;
        }
    }

    void untrack(UUID round) {
        rounds.remove(round);
    }

    /** Stops the round's solve if it runs here (the stop button's fast path); false when it does not. */
    boolean stopHere(UUID round) {
        Watched w = rounds.get(round);
        AllocationSolve solve = w == null ? null : w.solve;
        if (solve != null) {
            solve.stop();
            return true;
        }
        return false;
    }

    /** The rounds whose solve runs in this JVM: never orphaned, whatever their heartbeat says. */
    public Set<UUID> runningHere() {
        return Set.copyOf(rounds.keySet());
    }

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        timer.scheduleWithFixedDelay(this::sweep, 0, SWEEP_EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void sweep() {
        try {
            recovery.recover(runningHere());
        } catch (RuntimeException e) {
            log.warn("closing orphaned allocation rounds failed; trying again in {}", SWEEP_EVERY, e);
        }
    }

    /** One pass over the rounds running here; a failing round does not stop the others' heartbeat. */
    void tick() {
        for (Map.Entry<UUID, Watched> e : rounds.entrySet()) {
            try {
                check(e.getKey(), e.getValue());
            } catch (RuntimeException ex) {
                log.warn("allocation round {}: heartbeat or save failed", e.getKey(), ex);
            }
        }
    }

    private void check(UUID id, Watched w) {
        Optional<Boolean> stop = versions.heartbeat(id);
        AllocationSolve solve = w.solve;
        if (solve == null || solve.isDone()) {
            return;
        }
        if (stop.orElse(false)) {
            solve.stop();
        }
        long now = System.nanoTime();
        if (w.savedFoundAfter != null && now - w.savedAtNanos < SAVE_EVERY.toNanos()) {
            return;
        }
        Optional<AllocationSnapshot> best = solve.bestSoFar();
        if (best.isEmpty() || best.get().foundAfter().equals(w.savedFoundAfter)) {
            return;
        }
        if (save(id, w.built, best.get())) {
            w.savedAtNanos = now;
            w.savedFoundAfter = best.get().foundAfter();
        }
    }

    private boolean save(UUID id, BuiltProblem built, AllocationSnapshot best) {
        VersionRows rows = VersionRows.of(built, best.placements());
        return snapshots.save(new SnapshotStore.Saved(id, best.foundAfter().toMillis(), built.horizonStart(),
                built.weeks(), best.score().hardPenalty(), best.score().unplacedLots(), best.score().softPenalty(),
                rows.placed(), rows.costYuan(), built.skipped().stream()
                        .map(s -> new AllocationVersion.SkippedOrder(s.orderCode(), s.reason())).toList(),
                rows.rows()));
    }

    @Override
    public void destroy() {
        timer.shutdownNow();
    }
}
