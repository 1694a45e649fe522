package io.zonebrain.fashion;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonebrain.platform.Dictionaries;
import io.zonebrain.support.TestUsers;
import io.zonebrain.support.ZonebrainTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A round's stop request and best plan live in the database: a stop written there (as another instance's button
 * would) stops the solve here, and the best plan so far is saved while the round runs and dropped when it ends.
 */
@ZonebrainTest
class AllocationDurableStopTest {

    @Autowired FashionFixtures fixtures;
    @Autowired TestUsers users;
    @Autowired Dictionaries dictionaries;
    @Autowired Factories factories;
    @Autowired GarmentOrders orders;
    @Autowired AllocationRounds rounds;
    @Autowired JdbcClient jdbc;

    private AllocationWorld world() {
        AllocationWorld w = new AllocationWorld(fixtures, users, dictionaries, factories, orders, rounds);
        for (int i = 0; i < 3; i++) {
            w.factory(20 + i, "0.50");
        }
        AllocationWorld.Buyer buyer = w.buyer();
        for (int i = 0; i < 6; i++) {
            w.order(buyer, 1500, 300);
        }
        return w;
    }

    @Test
    void aStopWrittenToTheDatabaseByAnotherInstanceStopsTheRound() {
        AllocationWorld w = world();
        UUID id = users.as(w.operator, () -> rounds.start(w.request(60)));
        AllocationWorld.await("a first plan", 30,
                () -> !users.as(w.operator, () -> rounds.progress(id)).points().isEmpty());
        assertThat(users.as(w.operator, () -> rounds.progress(id)).stopRequested()).isFalse();
        long asked = System.nanoTime();
        // what the stop button of another JVM writes; this JVM has no in-memory trace of it
        assertThat(jdbc.sql("""
                update fashion_allocation_round set stop_requested_at = now(), stop_requested_by = 'other-instance'
                where id = :id and status = 'RUNNING'
                """).param("id", id).update()).isEqualTo(1);
        assertThat(users.as(w.operator, () -> rounds.progress(id)).stopRequested()).isTrue();
        long runId = w.finished(w.operator, id);
        double waited = (System.nanoTime() - asked) / 1e9;
        AllocationVersion v = users.as(w.operator, () -> rounds.version(runId));
        assertThat(v.stopped()).isTrue();
        assertThat(v.interrupted()).isFalse();
        assertThat(v.spentMs()).isLessThan(50_000);
        assertThat(waited).as("stopped within a few seconds of the request").isLessThan(20);
        assertThat(v.ruleTotals()).as("a stopped solve still scores its plan").isNotEmpty();
    }

    @Test
    void theBestPlanIsSavedWhileTheRoundRunsAndDroppedWhenItEnds() {
        AllocationWorld w = world();
        UUID id = users.as(w.operator, () -> rounds.start(w.request(5)));
        AllocationWorld.await("a saved plan while running", 30, () -> jdbc.sql("""
                select count(*) from fashion_allocation_snapshot s join fashion_allocation_round r on r.id = s.round_id
                where s.round_id = :id and r.status = 'RUNNING'
                """).param("id", id).query(Long.class).single() == 1);
        int lotsTotal = jdbc.sql("select lots_total from fashion_allocation_snapshot where round_id = :id")
                .param("id", id).query(Integer.class).optional().orElse(-1);
        long rows = jdbc.sql("select count(*) from fashion_allocation_snapshot_lot where round_id = :id")
                .param("id", id).query(Long.class).single();
        assertThat(rows).isPositive().isEqualTo(lotsTotal);
        long heartbeat = jdbc.sql("""
                select extract(epoch from now() - alive_at) * 1000 from fashion_allocation_round where id = :id
                """).param("id", id).query(Double.class).single().longValue();
        assertThat(heartbeat).as("the heartbeat is fresh while it runs").isLessThan(10_000);

        long runId = w.finished(w.operator, id);
        AllocationVersion v = users.as(w.operator, () -> rounds.version(runId));
        assertThat(v.lotsTotal()).isEqualTo(lotsTotal);
        AllocationWorld.await("the saved plan dropped", 10, () -> jdbc.sql(
                "select count(*) from fashion_allocation_snapshot where round_id = :id").param("id", id)
                .query(Long.class).single() == 0);
    }
}
