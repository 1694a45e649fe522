package io.zonebrain.fashion.internal.allocating;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonebrain.fashion.ClusterCalendar;
import io.zonebrain.fashion.allocation.AllocationEngine;
import io.zonebrain.fashion.allocation.AllocationResult;
import io.zonebrain.fashion.allocation.ProgressListener;
import io.zonebrain.fashion.allocation.SolveLimits;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A brand's history with a factory is a tie-breaker worth about ¥0.50 a piece, not a licence to pay any price: a
 * round's lot quantity is standard minutes, and the reward once ran per minute at the per-piece rate, so a proven
 * factory 20% dearer still won. Built through the real {@link ProblemBuilder} and engine, from rows in memory (the
 * {@link ProblemSource} the benchmark uses too), so only the rule weights are under test.
 */
class HistoryRewardTest {

    private static final long BRAND = 7;
    private static final long PROVEN = 1;
    private static final long NEWCOMER = 2;

    @Test
    void aProvenFactoryWinsAClosePriceButNotOneAFifthHigher() {
        assertThat(placedAt("0.600")).as("proven factory 20% dearer").isEqualTo(BuiltProblem.factoryKey(NEWCOMER));
        assertThat(placedAt("0.505")).as("proven factory 1% dearer").isEqualTo(BuiltProblem.factoryKey(PROVEN));
    }

    /** One order of 1,000 pieces × 30 min between two same-town factories; the brand has history with PROVEN. */
    private static String placedAt(String provenPricePerMinute) {
        ProblemSource source = new ProblemSource() {
            @Override
            public List<ProblemTables.FactoryRow> factories(long zoneId, String town) {
                return List.of(factory(PROVEN, provenPricePerMinute), factory(NEWCOMER, "0.500"));
            }

            @Override
            public List<ProblemTables.OrderRow> orders(long zoneId, String season, String category, Long brandId) {
                return List.of(new ProblemTables.OrderRow(11, "FO-HIST", BRAND, "dress", new BigDecimal("30"), 1000,
                        LocalDate.of(2027, 8, 31), 1, false, null, "OPEN", Set.of("cutting", "sewing"), Set.of(),
                        Set.of()));
            }

            @Override
            public List<ProblemTables.LotRow> activeLots(long zoneId, String season) {
                return List.of();
            }

            @Override
            public List<ProblemTables.HistoryRow> history(long zoneId, LocalDate seasonStart) {
                return List.of(new ProblemTables.HistoryRow(BRAND, PROVEN, 5));
            }

            @Override
            public ClusterCalendar calendar(long zoneId, LocalDate from, LocalDate to) {
                return new ClusterCalendar(Map.of(), Set.of());
            }
        };
        BuiltProblem built = new ProblemBuilder(source).build(new RoundSpec(1, "2027AW", null, null, null,
                RoundSpec.Mode.ROUND, LocalDate.of(2027, 6, 1), List.of(), Set.of()));
        AllocationResult result = new AllocationEngine().solve(built.problem(), SolveLimits.of(Duration.ofSeconds(1)),
                ProgressListener.NONE);
        assertThat(result.placements()).hasSize(1);
        return result.placements().get(0).factoryId();
    }

    private static ProblemTables.FactoryRow factory(long id, String pricePerMinute) {
        // 100 workers: not a small workshop, so the balance rule stays out of the comparison
        return new ProblemTables.FactoryRow(id, "F-HIST-" + id, "历史测试工厂" + id, "qiaosi", 100, 20_000, 2, 0,
                Map.of("dress", new BigDecimal(pricePerMinute)), Set.of("cutting", "sewing", "finishing"), List.of());
    }
}
