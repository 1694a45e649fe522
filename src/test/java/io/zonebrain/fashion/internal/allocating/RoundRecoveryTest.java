package io.zonebrain.fashion.internal.allocating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.zonebrain.fashion.AllocationProgress;
import io.zonebrain.fashion.AllocationRounds;
import io.zonebrain.fashion.AllocationVersion;
import io.zonebrain.fashion.AllocationVersionLot;
import io.zonebrain.fashion.Factory;
import io.zonebrain.fashion.FashionFixtures;
import io.zonebrain.fashion.GarmentOrder;
import io.zonebrain.support.TestUsers;
import io.zonebrain.support.ZonebrainTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Rounds left RUNNING by a JVM that died: with a saved plan they become a stopped, interrupted version holding exactly
 * the saved lots; without one they fail with no version; a round with a fresh heartbeat, or one this JVM runs, is
 * left alone.
 */
@ZonebrainTest
class RoundRecoveryTest {

    @Autowired RoundRecovery recovery;
    @Autowired RoundWatch watch;
    @Autowired VersionStore versions;
    @Autowired SnapshotStore snapshots;
    @Autowired AllocationRounds rounds;
    @Autowired FashionFixtures fixtures;
    @Autowired TestUsers users;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired UserDetailsService userDetails;

    /** A round row as a JVM writes it when the round starts (heartbeat now). */
    private UUID running(String by) {
        UUID id = UUID.randomUUID();
        versions.insertRound(id, users.zoneId(), new RoundSpec(users.zoneId(), "2027AW", null, null, null,
                RoundSpec.Mode.ROUND, LocalDate.now(), List.of(), Set.of()), null, 60, by);
        return id;
    }

    /** The JVM stopped writing the heartbeat five minutes ago, 42 s after the round started. */
    private void died(UUID id) {
        jdbc.sql("""
                update fashion_allocation_round set started_at = now() - interval '5 minutes 42 seconds',
                    alive_at = now() - interval '5 minutes' where id = :id
                """).param("id", id).update();
    }

    private String roundStatus(UUID id) {
        return jdbc.sql("select status from fashion_allocation_round where id = :id").param("id", id)
                .query(String.class).single();
    }

    @Test
    void orphanedRoundsAreClosedFromTheirSavedPlanOrFailed() throws Exception {
        Factory factory = fixtures.factory("恢复测试工厂" + System.nanoTime() % 100000);
        String buyer = fixtures.brandUser(fixtures.brand("恢复测试品牌" + System.nanoTime() % 100000).id());
        GarmentOrder order = fixtures.order(buyer, "恢复测试款", LocalDate.of(2027, 9, 30));
        String operator = fixtures.operator();

        UUID withPlan = running("dead-jvm");
        List<VersionStore.LotWrite> rows = List.of(
                new VersionStore.LotWrite("O" + order.id() + "-1", order.id(), null, 300, 5, factory.id(), 9_000,
                        new BigDecimal("4500.00"), false),
                new VersionStore.LotWrite("O" + order.id() + "-2", order.id(), null, 200, 5, null, 0,
                        BigDecimal.ZERO.setScale(2), false));
        assertThat(snapshots.save(new SnapshotStore.Saved(withPlan, 12_345, LocalDate.of(2027, 7, 5), 13, 0, 1,
                987_654, 1, new BigDecimal("4500.00"), List.of(new AllocationVersion.SkippedOrder("FO999999",
                        "fashion.alloc.skipped.dueTooSoon")), rows))).isTrue();
        UUID withoutPlan = running("dead-jvm");
        UUID alive = running("live-jvm");
        UUID mine = running("this-jvm");
        died(withPlan);
        died(withoutPlan);
        watch.track(mine);
        try {
            died(mine);
            RoundRecovery.Closed closed = recovery.recover(watch.runningHere());
            // the background sweep may have closed them a moment earlier: the outcome is what counts
            assertThat(closed.failed()).doesNotContain(alive, mine);
            assertThat(roundStatus(mine)).as("a round this JVM runs is never closed").isEqualTo("RUNNING");
        } finally {
            watch.untrack(mine);
            versions.finishRound(mine, "FAILED", "test over", null);
        }
        assertThat(roundStatus(alive)).as("fresh heartbeat: another instance runs it").isEqualTo("RUNNING");
        versions.finishRound(alive, "FAILED", "test over", null);

        VersionStore.RoundRow closedRound = versions.round(users.zoneId(), withPlan).orElseThrow();
        assertThat(closedRound.status()).isEqualTo("SUCCEEDED");
        assertThat(closedRound.interruptedAfterSeconds()).isEqualTo(42);
        assertThat(closedRound.message()).contains("interrupted by a server restart after 42 s")
                .contains("best plan found until then");
        long runId = closedRound.runId();
        AllocationVersion v = users.as(operator, () -> rounds.version(runId));
        assertThat(v.stopped()).isTrue();
        assertThat(v.interrupted()).isTrue();
        assertThat(v.interruptedAfterSeconds()).isEqualTo(42);
        assertThat(v.ruleTotals()).isEmpty();
        assertThat(v.unplacedLots()).isEqualTo(1);
        assertThat(v.softPenalty()).isEqualTo(987_654);
        assertThat(v.horizonStart()).isEqualTo(LocalDate.of(2027, 7, 5));
        assertThat(v.weeks()).isEqualTo(13);
        assertThat(v.lotsTotal()).isEqualTo(2);
        assertThat(v.lotsPlaced()).isEqualTo(1);
        assertThat(v.skippedOrders()).extracting(AllocationVersion.SkippedOrder::orderCode).containsExactly("FO999999");
        List<AllocationVersionLot> lots = users.as(operator, () -> rounds.lots(runId, null, null, null, null, null));
        assertThat(lots).extracting(AllocationVersionLot::lotKey, AllocationVersionLot::factoryId,
                AllocationVersionLot::quantity, AllocationVersionLot::loadMinutes)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("O" + order.id() + "-1", factory.id(), 300, 9_000L),
                        org.assertj.core.groups.Tuple.tuple("O" + order.id() + "-2", null, 200, 0L));
        assertThat(snapshots.find(withPlan)).as("the saved plan is used up").isEmpty();

        VersionStore.RoundRow failed = versions.round(users.zoneId(), withoutPlan).orElseThrow();
        assertThat(failed.status()).isEqualTo("FAILED");
        assertThat(failed.runId()).isNull();
        assertThat(failed.interruptedAfterSeconds()).isEqualTo(42);
        assertThat(failed.message()).contains("interrupted by a server restart");
        assertThat(jdbc.sql("select count(*) from fashion_allocation_run where round_id = :r").param("r", withoutPlan)
                .query(Long.class).single()).isZero();

        // a second sweep finds nothing more to do with them
        RoundRecovery.Closed again = recovery.recover(Set.of());
        assertThat(again.versions()).doesNotContain(runId);
        assertThat(again.failed()).doesNotContain(withoutPlan);

        // the pages say what happened instead of showing empty rule totals
        var op = SecurityMockMvcRequestPostProcessors.user(userDetails.loadUserByUsername(operator));
        mvc.perform(get("/fashion/allocations/" + runId).with(op)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"interrupted\"")))
                .andExpect(content().string(containsString("rules-not-computed")));
        // and the versions list marks it
        mvc.perform(get("/fashion/allocations").with(op)).andExpect(status().isOk())
                .andExpect(content().string(containsString("status interrupted")));
        mvc.perform(get("/fashion/allocations/rounds/" + withoutPlan).with(op)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"interrupted\"")));
        AllocationProgress p = users.as(operator, () -> rounds.progress(withPlan));
        assertThat(p.interrupted()).isTrue();
        assertThat(p.runId()).isEqualTo(runId);
    }
}
