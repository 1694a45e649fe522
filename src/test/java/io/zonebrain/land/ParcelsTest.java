package io.zonebrain.land;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonebrain.enterprise.Enterprise;
import io.zonebrain.platform.ConcurrentEditException;
import io.zonebrain.platform.FieldError;
import io.zonebrain.platform.ValidationException;
import io.zonebrain.support.TestEnterprises;
import io.zonebrain.support.ZonebrainTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Parcels and leases through the services: the rules, optimistic locking, the audit trail and the parcel lock. */
@ZonebrainTest
class ParcelsTest {

    private static final LocalDate JAN_2023 = LocalDate.of(2023, 1, 1);

    @Autowired TestLand land;
    @Autowired Parcels parcels;
    @Autowired Leases leases;
    @Autowired JdbcClient jdbc;
    TransactionTemplate transactions;

    @Autowired
    void transactions(PlatformTransactionManager manager) {
        transactions = new TransactionTemplate(manager);
    }

    private static List<String> fields(ValidationException e) {
        return e.errors().stream().map(FieldError::field).toList();
    }

    private static List<String> codes(ValidationException e) {
        return e.errors().stream().map(FieldError::messageCode).toList();
    }

    @Test
    void aParcelIsReadBackWithItsOwnerAndLeases() {
        Enterprise owner = land.enterprise("宗地测试甲权利人有限公司", null);
        Enterprise tenant = land.enterprise("宗地测试甲承租有限公司", null);
        Parcel p = land.parcel(TestLand.code("PT"), owner, "50.25");
        land.lease(p, tenant, "20", JAN_2023, null);
        Parcel read = land.users.as(land.admin(), () -> parcels.get(p.id()));
        assertThat(read.owner().uscc()).isEqualTo(owner.uscc());
        assertThat(read.owner().name()).isEqualTo("宗地测试甲权利人有限公司");
        assertThat(read.parcelAreaMu()).isEqualByComparingTo("50.25");
        assertThat(read.leases()).singleElement().satisfies(l -> {
            assertThat(l.lessee().uscc()).isEqualTo(tenant.uscc());
            assertThat(l.landShareMu()).isEqualByComparingTo("20");
        });
        assertThat(read.leasedMuOn(LocalDate.of(2024, 1, 1))).isEqualByComparingTo("20");
        assertThat(read.ownUseMuOn(LocalDate.of(2024, 1, 1))).isEqualByComparingTo("30.25");
        assertThat(read.limited()).isFalse();
    }

    @Test
    void everyProblemOfAParcelIsReportedAtOnce() {
        Enterprise owner = land.enterprise("宗地测试乙权利人有限公司", null);
        String code = TestLand.code("PT");
        land.parcel(code, owner, "10");
        ValidationException e = (ValidationException) org.assertj.core.api.Assertions.catchThrowable(() ->
                land.users.as(land.admin(), () -> parcels.create(new ParcelDraft(code.toLowerCase(), null, null,
                        "industrial", BigDecimal.ZERO, TestEnterprises.newUscc()), "test")));
        assertThat(fields(e)).containsExactlyInAnyOrder("parcelCode", "parcelAreaMu", "ownerUscc");
        assertThat(codes(e)).containsExactlyInAnyOrder("land.validation.parcelCode.taken",
                "land.validation.mu.positive", "land.validation.enterprise.unknown");
    }

    @Test
    void leasesMustNotPutMoreOnAnyDayThanTheParcelHas() {
        Enterprise owner = land.enterprise("宗地测试丙权利人有限公司", null);
        Enterprise a = land.enterprise("宗地测试丙承租一有限公司", null);
        Enterprise b = land.enterprise("宗地测试丙承租二有限公司", null);
        Parcel p = land.parcel(TestLand.code("PT"), owner, "100");
        Lease first = land.lease(p, a, "60", JAN_2023, LocalDate.of(2024, 12, 31));
        // overlapping from 2024-06-01: 60 + 50 > 100
        ValidationException over = (ValidationException) org.assertj.core.api.Assertions.catchThrowable(() ->
                land.lease(p, b, "50", LocalDate.of(2024, 6, 1), null));
        assertThat(codes(over)).containsExactly("land.validation.lease.overArea");
        List<Object> args = over.errors().get(0).args();
        assertThat(args.get(0)).isEqualTo(LocalDate.of(2024, 6, 1));
        assertThat((BigDecimal) args.get(1)).isEqualByComparingTo("110");
        assertThat((BigDecimal) args.get(2)).isEqualByComparingTo("100");
        // after the first lease ends there is room
        Lease second = land.lease(p, b, "50", LocalDate.of(2025, 1, 1), null);
        assertThat(second.id()).isPositive();
        // and the first cannot be extended into the second
        ValidationException extend = (ValidationException) org.assertj.core.api.Assertions.catchThrowable(() ->
                land.users.as(land.admin(), () -> leases.change(p.id(), first.id(), first.version(),
                        first.toDraft().endingOn(LocalDate.of(2025, 3, 31)), "extend")));
        assertThat(fields(extend)).containsExactly("landShareMu");
        // nor the parcel shrink below what is leased on a day
        Parcel current = land.users.as(land.admin(), () -> parcels.get(p.id()));
        ValidationException shrink = (ValidationException) org.assertj.core.api.Assertions.catchThrowable(() ->
                land.users.as(land.admin(), () -> parcels.update(p.id(), current.version(),
                        TestLand.draft(current.parcelCode(), owner, "55"), "shrink")));
        assertThat(codes(shrink)).containsExactly("land.validation.area.belowLeases");
    }

    @Test
    void aLesseeIsAnEnterpriseOfTheZoneOtherThanTheOwnerWithOrderedDates() {
        Enterprise owner = land.enterprise("宗地测试丁权利人有限公司", null);
        Parcel p = land.parcel(TestLand.code("PT"), owner, "30");
        ValidationException self = (ValidationException) org.assertj.core.api.Assertions.catchThrowable(() ->
                land.lease(p, owner, "5", JAN_2023, LocalDate.of(2022, 1, 1)));
        assertThat(codes(self)).containsExactlyInAnyOrder("land.validation.lease.lesseeIsOwner",
                "land.validation.lease.datesOrder");
        ValidationException stranger = (ValidationException) org.assertj.core.api.Assertions.catchThrowable(() ->
                land.users.as(land.admin(), () -> leases.add(p.id(), new LeaseDraft(TestEnterprises.newUscc(),
                        BigDecimal.ONE, null, JAN_2023, null), "test")));
        assertThat(codes(stranger)).containsExactly("land.validation.enterprise.unknown");
        Enterprise tenant = land.enterprise("宗地测试丁承租有限公司", null);
        land.lease(p, tenant, "5", JAN_2023, null);
        ValidationException twice = (ValidationException) org.assertj.core.api.Assertions.catchThrowable(() ->
                land.lease(p, tenant, "5", JAN_2023, null));
        assertThat(codes(twice)).containsExactly("land.validation.lease.duplicate");
        Parcel current = land.users.as(land.admin(), () -> parcels.get(p.id()));
        ValidationException ownerIsTenant = (ValidationException) org.assertj.core.api.Assertions.catchThrowable(() ->
                land.users.as(land.admin(), () -> parcels.update(p.id(), current.version(),
                        TestLand.draft(current.parcelCode(), tenant, "30"), "test")));
        assertThat(codes(ownerIsTenant)).containsExactly("land.validation.owner.isLessee");
    }

    @Test
    void aStaleVersionIsAConflictAndEveryChangeIsAuditedWithItsReason() {
        Enterprise owner = land.enterprise("宗地测试戊权利人有限公司", null);
        Enterprise tenant = land.enterprise("宗地测试戊承租有限公司", null);
        Parcel p = land.parcel(TestLand.code("PT"), owner, "40");
        Parcel changed = land.users.as(land.admin(), () -> parcels.update(p.id(), p.version(),
                TestLand.draft(p.parcelCode(), owner, "45.5"), "测绘更正"));
        assertThat(changed.version()).isEqualTo(p.version() + 1);
        assertThatThrownBy(() -> land.users.as(land.admin(), () -> parcels.update(p.id(), p.version(),
                TestLand.draft(p.parcelCode(), owner, "41"), "stale")))
                .isInstanceOf(ConcurrentEditException.class);
        Lease l = land.lease(changed, tenant, "10", JAN_2023, null);
        Lease ended = land.users.as(land.admin(), () -> leases.end(p.id(), l.id(), l.version(),
                LocalDate.of(2024, 6, 30), "提前退租"));
        assertThat(ended.leaseTo()).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThatThrownBy(() -> land.users.as(land.admin(), () -> leases.end(p.id(), l.id(), l.version(),
                LocalDate.of(2024, 7, 31), "stale"))).isInstanceOf(ConcurrentEditException.class);

        var parcelAudit = jdbc.sql("select action, reason, before_state::text as b, after_state::text as a "
                        + "from platform_audit_log where entity_type = 'land_parcel' and entity_id = :id order by id")
                .param("id", String.valueOf(p.id())).query().listOfRows();
        assertThat(parcelAudit).extracting(r -> r.get("action")).containsExactly("CREATE", "UPDATE");
        assertThat(parcelAudit.get(1).get("reason")).isEqualTo("测绘更正");
        assertThat((String) parcelAudit.get(1).get("b")).contains("\"parcelAreaMu\": 40");
        assertThat((String) parcelAudit.get(1).get("a")).contains("\"parcelAreaMu\": 45.5");
        var leaseAudit = jdbc.sql("select action, reason, after_state::text as a from platform_audit_log "
                        + "where entity_type = 'land_lease' and entity_id = :id order by id")
                .param("id", String.valueOf(l.id())).query().listOfRows();
        assertThat(leaseAudit).extracting(r -> r.get("action")).containsExactly("CREATE", "UPDATE");
        assertThat(leaseAudit.get(1).get("reason")).isEqualTo("提前退租");
        assertThat((String) leaseAudit.get(1).get("a")).contains("2024-06-30");
    }

    /**
     * Two officials add a 60 mu lease to the same 100 mu parcel at the same moment: the first one's transaction is
     * still open when the second one checks, so the second must wait for it and then be refused, not pass on the
     * land shares it read before the first committed.
     */
    @Test
    void twoConcurrentLeasesCannotBothSqueezeIntoTheSameLand() throws Exception {
        Enterprise owner = land.enterprise("宗地测试己权利人有限公司", null);
        Enterprise a = land.enterprise("宗地测试己承租一有限公司", null);
        Enterprise b = land.enterprise("宗地测试己承租二有限公司", null);
        Parcel p = land.parcel(TestLand.code("PT"), owner, "100");
        String admin = land.admin();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Object> second = transactions.execute(status -> land.users.as(admin, () -> {
                Lease first = leases.add(p.id(), TestLand.lease(a, "60", JAN_2023, null), "first");
                Future<Object> other = pool.submit(() -> {
                    try {
                        return land.users.as(admin, () -> leases.add(p.id(), TestLand.lease(b, "60", JAN_2023, null),
                                "second"));
                    } catch (ValidationException e) {
                        return e;
                    }
                });
                sleep(500);
                assertThat(other.isDone()).as("the second writer waits for the parcel's lock").isFalse();
                assertThat(first.id()).isPositive();
                return other;
            }));
            Object outcome = second.get(30, TimeUnit.SECONDS);
            assertThat(outcome).isInstanceOf(ValidationException.class);
            assertThat(codes((ValidationException) outcome)).containsExactly("land.validation.lease.overArea");
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("select sum(land_mu) from land_lease where parcel_id = :p").param("p", p.id())
                .query(BigDecimal.class).single()).isEqualByComparingTo("60");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aGridOfficerKeepsParcelsInTheirGrid() {
        long g1 = land.users.gridId("G1");
        Enterprise inGrid = land.enterprise("宗地测试庚网格一有限公司", g1);
        Enterprise elsewhere = land.enterprise("宗地测试庚网格二有限公司", land.users.gridId("G2"));
        String officer = land.users.gridOfficer(g1);
        ValidationException outside = (ValidationException) org.assertj.core.api.Assertions.catchThrowable(() ->
                land.users.as(officer, () -> parcels.create(TestLand.draft(TestLand.code("PT"), elsewhere, "5"),
                        "test")));
        assertThat(codes(outside)).containsExactly("land.validation.owner.outOfGrid");
        ValidationException nobody = (ValidationException) org.assertj.core.api.Assertions.catchThrowable(() ->
                land.users.as(officer, () -> parcels.create(TestLand.draft(TestLand.code("PT"), null, "5"), "test")));
        assertThat(codes(nobody)).containsExactly("land.validation.owner.requiredInGrid");
        Parcel mine = land.users.as(officer, () -> parcels.create(TestLand.draft(TestLand.code("PT"), inGrid, "5"),
                "test"));
        assertThat(mine.owner().id()).isEqualTo(inGrid.id());
    }
}
