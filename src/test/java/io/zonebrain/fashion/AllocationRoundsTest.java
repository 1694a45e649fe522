package io.zonebrain.fashion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonebrain.fashion.internal.allocating.BuiltProblem;
import io.zonebrain.fashion.internal.allocating.LotCutting;
import io.zonebrain.fashion.internal.allocating.ProblemBuilder;
import io.zonebrain.fashion.internal.allocating.RoundSpec;
import io.zonebrain.platform.Dictionaries;
import io.zonebrain.platform.NotFoundException;
import io.zonebrain.support.TestUsers;
import io.zonebrain.support.ZonebrainTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * Allocation rounds end to end on small problems: every test works in a town of its own (so the demo's 7,600
 * factories stay out) with orders of a brand of its own, due in 2027AW.
 */
@ZonebrainTest
class AllocationRoundsTest {

    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final LocalDate DUE = LocalDate.of(2027, 9, 30);

    @Autowired FashionFixtures fixtures;
    @Autowired TestUsers users;
    @Autowired Dictionaries dictionaries;
    @Autowired Factories factories;
    @Autowired GarmentOrders orders;
    @Autowired Lots lots;
    @Autowired AllocationRounds rounds;
    @Autowired ProblemBuilder builder;
    @Autowired JdbcClient jdbc;

    /** A cluster of its own: a new town, a brand with a login, an operator. */
    private final class World {
        final String town = "t-alloc-" + SEQ.incrementAndGet() + "-" + System.nanoTime() % 100000;
        final String operator = fixtures.operator();
        final Brand brand;
        final String brandUser;

        World() {
            dictionaries.put(users.zoneId(), new Dictionaries.Entry("fashion_town", town, "测试镇", "Test town", 99));
            brand = fixtures.brand("分配测试品牌" + SEQ.get());
            brandUser = fixtures.brandUser(brand.id());
        }

        Factory factory(String category, List<String> processes, int quality, int workers) {
            FactoryDraft d = new FactoryDraft("分配测试工厂" + SEQ.incrementAndGet(), FashionFixtures.individualUscc(),
                    town, "临平区测试路 1 号", "王测试", "13800000000", workers, 480, new BigDecimal("0.65"), quality, 0,
                    LocalDate.of(2024, 3, 1), List.of(new CategoryPrice(category, new BigDecimal("0.50"))),
                    processes);
            return users.as(operator, () -> factories.create(d, "test"));
        }

        GarmentOrder order(String category, List<String> processes, int quality, int quantity, boolean split,
                           Integer smallest) {
            OrderDraft d = new OrderDraft(null, null, "测试款" + SEQ.incrementAndGet(), category, new BigDecimal("30"),
                    quantity, DUE, quality, new BigDecimal("20"), split, smallest, null, processes, List.of(),
                    List.of());
            return users.as(brandUser, () -> orders.create(d, "test"));
        }

        AllocationRequest request(int seconds) {
            return new AllocationRequest("2027AW", null, town, brand.code(), seconds);
        }

        long round(int seconds) {
            UUID id = users.as(operator, () -> rounds.start(request(seconds)));
            return finished(id);
        }

        long finished(UUID id) {
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (System.nanoTime() < deadline) {
                AllocationProgress p = users.as(operator, () -> rounds.progress(id));
                if (!p.running()) {
                    assertThat(p.status()).as(p.message()).isEqualTo("SUCCEEDED");
                    return p.runId();
                }
                sleep(50);
            }
            throw new AssertionError("round did not finish");
        }
    }

    private static final List<String> BASIC = List.of("cutting", "sewing");

    @Test
    void buildsCapacityFromTheCalendarAndCutsOrdersIntoLots() {
        World w = new World();
        Factory f = w.factory("dress", BASIC, 2, 20);
        users.as(w.operator, () -> factories.addClosure(f.id(), LocalDate.of(2027, 7, 12), LocalDate.of(2027, 7, 17),
                "检修"));
        w.order("dress", BASIC, 2, 3000, true, 800);
        w.order("dress", BASIC, 2, 900, false, null);
        BuiltProblem built = builder.build(new RoundSpec(users.zoneId(), "2027AW", null, w.town, w.brand.id(),
                RoundSpec.Mode.ROUND, LocalDate.of(2027, 7, 5), List.of(), Set.of()));
        assertThat(built.factories()).hasSize(1);
        long[] weekly = built.problem().factories().get(0).weeklyMinutes();
        long perDay = (long) Math.floor(20 * 480 * 0.65);
        assertThat(weekly[0]).as("a full six-day week").isEqualTo(6 * perDay);
        assertThat(weekly[1]).as("the closure week 12-17 July").isZero();
        // 3,000 pieces × 30 min = 90,000 minutes: three lots of ~40,000 minutes, each ≥ the smallest lot of 800
        List<BuiltProblem.LotInfo> cut = built.lots().values().stream().filter(l -> l.pieces() != 900).toList();
        assertThat(cut).extracting(BuiltProblem.LotInfo::pieces).containsExactly(1000, 1000, 1000);
        assertThat(built.lots().values()).filteredOn(l -> l.pieces() == 900).hasSize(1);
        assertThat(LotCutting.cut(1000, 30, true, 800)).containsExactly(1000);
        assertThat(LotCutting.cut(1000, 30, false, null)).containsExactly(1000);
    }

    @Test
    void aRoundWritesAnImmutableVersionAndAcceptingWritesProposedLots() {
        World w = new World();
        Factory a = w.factory("dress", BASIC, 2, 20);
        w.factory("dress", BASIC, 2, 25);
        GarmentOrder o = w.order("dress", BASIC, 2, 2000, true, 500);
        long runId = w.round(2);
        AllocationVersion v = users.as(w.operator, () -> rounds.version(runId));
        assertThat(v.stopped()).isFalse();
        assertThat(v.lotsTotal()).isEqualTo(v.lotsPlaced()).isPositive();
        assertThat(v.feasible()).isTrue();
        assertThatThrownBy(() -> jdbc.sql("update fashion_allocation_run_lot set factory_id = null where run_id = :r")
                .param("r", runId).update()).hasMessageContaining("immutable");
        assertThatThrownBy(() -> jdbc.sql("delete from fashion_allocation_run where id = :r").param("r", runId)
                .update()).hasMessageContaining("immutable");

        AllocationRounds.Accepted accepted = users.as(w.operator, () -> rounds.accept(runId));
        assertThat(accepted.written()).isEqualTo(v.lotsPlaced());
        List<Lot> written = users.as(w.operator, () -> orders.lotsOf(o.id()));
        assertThat(written).allSatisfy(l -> {
            assertThat(l.allocationVersion()).isEqualTo(runId);
            assertThat(l.status()).isEqualTo(LotStatus.PROPOSED);
            assertThat(l.plannedFinishOn()).isNotNull();
        });
        assertThat(written.stream().mapToInt(Lot::quantity).sum()).isEqualTo(2000);
        assertThat(users.as(w.operator, () -> orders.get(o.id())).status()).isEqualTo(OrderStatus.PLACED);
        assertThatThrownBy(() -> users.as(w.operator, () -> rounds.accept(runId)))
                .isInstanceOf(io.zonebrain.platform.ValidationException.class);
        // a factory confirms as for any proposed lot
        Lot mine = written.get(0);
        users.as(fixtures.factoryUser(mine.factoryId()), () -> lots.confirm(mine.id(), mine.version()));
        // re-running makes a new version; the first is unchanged
        long again = w.round(1);
        assertThat(again).isGreaterThan(runId);
        assertThat(users.as(w.operator, () -> rounds.version(runId)).lotsPlaced()).isEqualTo(v.lotsPlaced());
        assertThat(a.id()).isPositive();
    }

    @Test
    void stoppingKeepsTheBestPlanAndMarksItStopped() {
        World w = new World();
        for (int i = 0; i < 3; i++) {
            w.factory("dress", BASIC, 2, 20 + i);
        }
        for (int i = 0; i < 6; i++) {
            w.order("dress", BASIC, 2, 1500, true, 300);
        }
        UUID id = users.as(w.operator, () -> rounds.start(w.request(30)));
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (users.as(w.operator, () -> rounds.progress(id)).points().isEmpty() && System.nanoTime() < deadline) {
            sleep(50);
        }
        users.as(w.operator, () -> {
            rounds.stop(id);
            return null;
        });
        long runId = w.finished(id);
        AllocationVersion v = users.as(w.operator, () -> rounds.version(runId));
        assertThat(v.stopped()).isTrue();
        assertThat(v.spentMs()).isLessThan(25_000);
        assertThat(v.lotsTotal()).isPositive();
        // the version is the best plan found before the stop: the last point of the curve
        AllocationProgress.Point last = users.as(w.operator, () -> rounds.progress(id)).latest();
        assertThat(v.unplacedLots()).isEqualTo(last.unplaced());
        assertThat(v.lotsTotal() - v.lotsPlaced()).isEqualTo((int) last.unplaced());
    }

    @Test
    void pinnedLotsStayOnReSolveAndBrandsPinOnlyTheirOwn() {
        World w = new World();
        w.factory("dress", BASIC, 2, 20);
        w.factory("dress", BASIC, 2, 22);
        w.order("dress", BASIC, 2, 2400, true, 400);
        long runId = w.round(1);
        AllocationVersionLot lot = users.as(w.operator, () -> rounds.lots(runId, null, null, null, null, true)).get(0);
        users.as(w.brandUser, () -> {
            rounds.pin(runId, lot.lotKey());
            return null;
        });
        World other = new World();
        assertThatThrownBy(() -> users.as(other.brandUser, () -> {
            rounds.pin(runId, lot.lotKey());
            return null;
        })).isInstanceOf(NotFoundException.class);
        UUID id = users.as(w.operator, () -> rounds.resolve(runId, 1));
        long next = w.finished(id);
        AllocationVersionLot same = users.as(w.operator, () -> rounds.lots(next, null, null, null, null, null))
                .stream().filter(l -> l.lotKey().equals(lot.lotKey())).findFirst().orElseThrow();
        assertThat(same.factoryId()).isEqualTo(lot.factoryId());
        assertThat(same.pinned()).isTrue();
        assertThat(users.as(w.operator, () -> rounds.version(next)).parentRunId()).isEqualTo(runId);
    }

    @Test
    void atRiskReallocationReleasesLateLotsAndKeepsLotsInProduction() {
        World w = new World();
        Factory f = w.factory("dress", BASIC, 2, 20);
        w.factory("dress", BASIC, 2, 20);
        GarmentOrder o = w.order("dress", BASIC, 2, 2000, true, 500);
        LocalDate longAgo = LocalDate.now().minusDays(30);
        Lot late = users.as(w.operator, () -> lots.propose(o.id(), f.code(), 1000, null, longAgo, DUE));
        Lot started = users.as(w.operator, () -> lots.propose(o.id(), f.code(), 1000, null, longAgo, DUE));
        String factoryUser = fixtures.factoryUser(f.id());
        users.as(factoryUser, () -> lots.confirm(started.id(), started.version()));
        users.as(factoryUser, () -> lots.report(started.id(), MilestoneStep.FABRIC_RECEIVED, null));
        UUID id = users.as(w.operator, () -> rounds.reallocateAtRisk(w.request(1)));
        long runId = w.finished(id);
        List<AllocationVersionLot> rows = users.as(w.operator, () -> rounds.lots(runId, null, null, null, null, null));
        AllocationVersionLot lateRow = rows.stream().filter(r -> r.lotKey().equals("L" + late.id())).findFirst()
                .orElseThrow();
        AllocationVersionLot startedRow = rows.stream().filter(r -> r.lotKey().equals("L" + started.id()))
                .findFirst().orElseThrow();
        assertThat(lateRow.pinned()).as("late and not started: released").isFalse();
        assertThat(lateRow.placed()).isTrue();
        assertThat(startedRow.pinned()).as("in production: stays").isTrue();
        assertThat(startedRow.factoryId()).isEqualTo(f.id());
    }

    @Test
    void explanationsNameTheRuleThatBlocksALot() {
        World w = new World();
        Factory big = w.factory("dress", BASIC, 2, 20);
        w.factory("dress", List.of("cutting"), 3, 20);
        GarmentOrder noCategory = w.order("denim", BASIC, 1, 500, false, null);
        GarmentOrder noProcess = w.order("dress", List.of("cutting", "sewing", "embroidery"), 1, 500, false, null);
        GarmentOrder quality = w.order("dress", BASIC, 3, 500, false, null);
        // each needs ~60% of the sewing factory's minutes before the due date: one fits, the other not
        LocalDate today = LocalDate.now();
        LocalDate monday = today.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        int dueWeek = (int) ((DUE.toEpochDay() - monday.toEpochDay() + 1) / 7) - 1;
        int[] days = io.zonebrain.fashion.internal.allocating.WorkingCalendar.workingDays(monday, dueWeek + 1, today,
                List.of());
        long capacity = (long) Math.floor(20 * 480 * 0.65) * java.util.Arrays.stream(days).sum();
        int pieces = (int) (capacity * 0.6 / 30);
        w.order("dress", BASIC, 1, pieces, false, null);
        w.order("dress", BASIC, 1, pieces, false, null);
        long runId = w.round(2);
        List<AllocationVersionLot> rows = users.as(w.operator, () -> rounds.lots(runId, null, null, null, null, null));
        assertThat(why(w, runId, rows, noCategory.id())).isEqualTo("fashion.alloc.why.noCategory");
        assertThat(why(w, runId, rows, noProcess.id())).isEqualTo("fashion.alloc.why.noProcess");
        assertThat(why(w, runId, rows, quality.id())).isEqualTo("fashion.alloc.why.quality");
        List<AllocationVersionLot> bigOnes = rows.stream().filter(r -> r.quantity() == pieces).toList();
        assertThat(bigOnes).filteredOn(AllocationVersionLot::placed).hasSize(1);
        AllocationVersionLot unplaced = bigOnes.stream().filter(r -> !r.placed()).findFirst().orElseThrow();
        assertThat(users.as(w.operator, () -> rounds.explain(runId, unplaced.lotKey())).sentences().get(0).key())
                .isEqualTo("fashion.alloc.why.full");
        AllocationVersionLot placed = bigOnes.stream().filter(AllocationVersionLot::placed).findFirst().orElseThrow();
        LotExplanation e = users.as(w.operator, () -> rounds.explain(runId, placed.lotKey()));
        assertThat(e.placed()).isTrue();
        assertThat(e.sentences().get(0).key()).isEqualTo("fashion.alloc.why.placed");
        assertThat(e.sentences().get(0).args()).first().isEqualTo(big.code());
    }

    @Test
    void theDemoZoneHasOneVersionReadyToLookAt() {
        List<AllocationVersion> demo = users.as(fixtures.operator(), () -> rounds.versions(null)).stream()
                .filter(v -> v.startedBy().equals("demo")).toList();
        assertThat(demo).hasSize(1);
        AllocationVersion v = demo.get(0);
        assertThat(v.lotsTotal()).isGreaterThan(2_000);
        assertThat(v.feasible()).isTrue();
        assertThat(v.mode()).isEqualTo("ROUND");
    }

    private String why(World w, long runId, List<AllocationVersionLot> rows, long orderId) {
        String key = rows.stream().filter(r -> r.orderId() == orderId).findFirst().orElseThrow().lotKey();
        return users.as(w.operator, () -> rounds.explain(runId, key)).sentences().get(0).key();
    }

    @Test
    void eachCallerSeesOnlyTheirPartOfAVersion() {
        World w = new World();
        Factory a = w.factory("dress", BASIC, 2, 20);
        Factory b = w.factory("dress", BASIC, 2, 20);
        w.order("dress", BASIC, 2, 3000, true, 500);
        long runId = w.round(1);
        List<AllocationVersionLot> all = users.as(users.officer(), () -> rounds.lots(runId, null, null, null, null,
                null));
        assertThat(all).isNotEmpty();
        assertThat(users.as(w.brandUser, () -> rounds.lots(runId, null, null, null, null, null))).hasSameSizeAs(all);
        for (Factory f : List.of(a, b)) {
            assertThat(users.as(fixtures.factoryUser(f.id()), () -> rounds.lots(runId, null, null, null, null, null)))
                    .allSatisfy(l -> assertThat(l.factoryId()).isEqualTo(f.id()));
        }
        World other = new World();
        assertThatThrownBy(() -> users.as(other.brandUser, () -> rounds.version(runId)))
                .isInstanceOf(NotFoundException.class);
        assertThat(users.as(other.brandUser, () -> rounds.lots(runId, null, null, null, null, null))).isEmpty();
        assertThatThrownBy(() -> users.as(users.enterpriseUser(firstEnterprise()), () -> rounds.version(runId)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> users.as(users.officer(), () -> rounds.start(w.request(1))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(w.brandUser, () -> rounds.accept(runId)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private long firstEnterprise() {
        return jdbc.sql("select min(id) from enterprise").query(Long.class).single();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
