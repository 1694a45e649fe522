package io.zonebrain.fashion.internal.demo;

import io.zonebrain.fashion.AllocationRounds;
import io.zonebrain.fashion.Season;
import io.zonebrain.platform.DemoZoneCreated;
import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * "One allocation run ready to look at": after the demo cluster is written (order 600), one round over the coming
 * season's open orders is solved on the spot with a short time limit ({@code zonebrain.demo.allocation-seconds},
 * 8 s by default) and stored as allocation version 1 of the demo zone, started by "demo". It is a real solve, not a
 * stored result, so the demo's version is what the engine finds in that time on this machine.
 */
@Component
class DemoAllocationRun {

    private static final Logger log = LoggerFactory.getLogger(DemoAllocationRun.class);

    private final AllocationRounds rounds;
    private final Clock clock;
    private final int seconds;

    DemoAllocationRun(AllocationRounds rounds, Clock clock,
                      @Value("${zonebrain.demo.allocation-seconds:8}") int seconds) {
        this.rounds = rounds;
        this.clock = clock;
        this.seconds = seconds;
    }

    @EventListener
    @Order(650)
    void on(DemoZoneCreated event) {
        if (seconds <= 0) {
            return;
        }
        long started = System.nanoTime();
        String season = Season.coming(LocalDate.now(clock)).code();
        long runId;
        try {
            runId = rounds.runNow(event.zoneId(), season, seconds, "demo");
        } catch (RuntimeException e) {
            // the demo zone is still usable without its ready-made version; the round is marked failed
            log.warn("Demo allocation failed: {}", e.getMessage(), e);
            return;
        }
        log.info("Demo allocation: version {} for {} solved and written in {} ms (time limit {} s)", runId, season,
                (System.nanoTime() - started) / 1_000_000, seconds);
    }
}
