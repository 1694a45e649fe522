package io.zonebrain.fashion.internal.allocating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonebrain.fashion.allocation.AllocationProblem;
import io.zonebrain.fashion.allocation.InvalidProblemException;
import io.zonebrain.fashion.allocation.LotSpec;
import io.zonebrain.support.TestUsers;
import io.zonebrain.support.ZonebrainTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A round whose problem the engine refuses, or that crashes, writes no version rows and is marked failed. */
@ZonebrainTest
class RoundFailureTest {

    @Autowired RoundRunner runner;
    @Autowired VersionStore versions;
    @Autowired TestUsers users;
    @Autowired JdbcClient jdbc;

    private VersionStore.RoundRow round(RoundSpec spec) {
        UUID id = UUID.randomUUID();
        versions.insertRound(id, users.zoneId(), spec, null, 1, "test");
        return versions.round(users.zoneId(), id).orElseThrow();
    }

    private RoundSpec spec(String season) {
        return new RoundSpec(users.zoneId(), season, null, "t-none", null, RoundSpec.Mode.ROUND, LocalDate.now(),
                List.of(), Set.of());
    }

    @Test
    void aProblemTheEngineRefusesWritesNoVersion() {
        VersionStore.RoundRow round = round(spec("2031SS"));
        // a pinned lot without a factory, due before the horizon: the engine lists both issues
        LotSpec bad = new LotSpec("O1-1", "O1", "B1", "dress", Set.of(), 1, 100, 1.0, -1, Set.of(), Set.of(), null,
                true, null, null);
        BuiltProblem built = new BuiltProblem(new AllocationProblem(1, List.of(), List.of(bad), List.of(), null),
                LocalDate.now(), LocalDate.now(), List.of(), Map.of(), Map.of(), Map.of(), List.of(), List.of(), Map.of());
        assertThatThrownBy(() -> runner.solveAndWrite(round, built, null))
                .isInstanceOf(InvalidProblemException.class)
                .hasMessageContaining("dueWeek").hasMessageContaining("pinned");
        assertThat(runs(round.id())).isZero();
    }

    @Test
    void aCrashMarksTheRoundFailedAndWritesNothing() {
        VersionStore.RoundRow round = round(spec("2031SS"));
        RoundSpec broken = spec("not-a-season");
        assertThatThrownBy(() -> runner.run(round, broken, null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(versions.round(users.zoneId(), round.id()).orElseThrow().status()).isEqualTo("FAILED");
        assertThat(runs(round.id())).isZero();
    }

    private long runs(UUID round) {
        return jdbc.sql("select count(*) from fashion_allocation_run where round_id = :r").param("r", round)
                .query(Long.class).single();
    }
}
