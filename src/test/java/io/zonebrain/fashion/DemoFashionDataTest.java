package io.zonebrain.fashion;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonebrain.platform.UserAccounts;
import io.zonebrain.support.TestUsers;
import io.zonebrain.support.ZonebrainTest;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo zone's cluster as written: counts, links, the demo logins and what they see. */
@ZonebrainTest
class DemoFashionDataTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestUsers users;
    @Autowired
    UserAccounts accounts;
    @Autowired
    GarmentOrders orders;
    @Autowired
    Lots lots;
    @Autowired
    Factories factories;
    @Autowired
    Clock clock;
    @Autowired
    ClusterFigures figures;
    @Autowired
    FashionFixtures fixtures;

    long count(String sql) {
        return jdbc.sql(sql).param("z", users.zoneId()).query(Long.class).single();
    }

    @Test
    void theDemoClusterHasTheSeedsSizes() {
        // codes up to F07600 / B0300 are the demo's; tests add theirs after them
        assertThat(count("select count(*) from fashion_factory where zone_id = :z and code <= 'F07600'"))
                .isEqualTo(7_600);
        assertThat(count("select count(*) from fashion_brand where zone_id = :z and code <= 'B0300'")).isEqualTo(300);
        String coming = Season.coming(LocalDate.now(clock)).code();
        assertThat(jdbc.sql("""
                select count(*) from fashion_order o join fashion_season s on s.id = o.season_id
                join fashion_brand b on b.id = o.brand_id
                where o.zone_id = :z and s.code = :c and b.code <= 'B0300'
                """).param("z", users.zoneId()).param("c", coming).query(Long.class).single()).isEqualTo(2_000);
        assertThat(count("select count(*) from fashion_factory where zone_id = :z and enterprise_id is not null"))
                .as("registry firms of the fashion cluster joined the group").isPositive();
        assertThat(count("""
                select count(*) from fashion_lot l join fashion_order o on o.id = l.order_id
                where l.zone_id = :z and l.status = 'SHIPPED' and o.status = 'COMPLETED'
                """)).isGreaterThan(3_000);
        assertThat(count("""
                select count(*) from fashion_milestone m join fashion_lot l on l.id = m.lot_id where l.zone_id = :z
                """)).isGreaterThan(18_000);
        assertThat(count("select count(*) from fashion_factory_closure c join fashion_factory f on f.id = c.factory_id "
                + "where f.zone_id = :z")).isGreaterThan(7_600);
        // the code sequences moved past the demo's codes
        assertThat(jdbc.sql("select last_value from fashion_factory_code_seq").query(Long.class).single())
                .isGreaterThanOrEqualTo(7_600L);
    }

    @Test
    void theDemoBrandSeesOnlyItsOwnOrders() {
        long brandId = accounts.findByUsername("brand1").orElseThrow().brandId();
        var page = users.as("brand1", () -> orders.list(OrderFilter.all().withPage(0, 5000)));
        long own = jdbc.sql("select count(*) from fashion_order where brand_id = :b").param("b", brandId)
                .query(Long.class).single();
        assertThat(page.total()).isEqualTo(own).isGreaterThan(20);
        assertThat(page.items()).extracting(OrderSummary::brandCode).containsOnly("B0001");
        assertThat(users.as("brand1", () -> lots.list(new LotFilter(null, null, null, null, 0, 5000))).items())
                .extracting(LotSummary::brandName).containsOnly(page.items().get(0).brandName());
    }

    @Test
    void theDemoFactoryHasLotsToConfirmAndReport() {
        Factory mine = users.as("factory1", factories::mine);
        assertThat(mine.code()).isEqualTo("F00001");
        var open = users.as("factory1", () -> lots.list(new LotFilter(null, null, null, null, 0, 100))).items();
        assertThat(open).extracting(LotSummary::status)
                .contains(LotStatus.PROPOSED, LotStatus.CONFIRMED, LotStatus.IN_PRODUCTION, LotStatus.SHIPPED);
        assertThat(open).extracting(LotSummary::factoryId).containsOnly(mine.id());
        assertThat(accounts.findByUsername("operator").orElseThrow().role())
                .isEqualTo(io.zonebrain.platform.Role.CLUSTER_OPERATOR);
    }

    @Test
    void theDashboardReadsThePublishedFiguresFromTheDemoSeasons() {
        ClusterDashboard d = users.as(fixtures.operator(), () -> figures.dashboard(null));
        // seed 003: participants' average output +15%, computed from the two completed seasons
        assertThat(d.outputGrowth()).isCloseTo(0.15, org.assertj.core.api.Assertions.within(0.001));
        assertThat(d.participants().factories()).isGreaterThanOrEqualTo(7_600);
        assertThat(d.participants().inRegistry()).isPositive();
        assertThat(d.previous().onTimeRate()).isBetween(0.85, 0.95);
        assertThat(d.earlier().onTimeRate()).isLessThan(d.previous().onTimeRate());
        assertThat(d.previous().averageScore()).isNotNull();
        assertThat(d.coming().orders()).isGreaterThanOrEqualTo(2_000);
        // other tests add towns of their own ("t-..."); the demo's are Linping's eight
        assertThat(d.byTown().stream().filter(t -> !t.code().startsWith("t-")).toList()).hasSize(8)
                .allSatisfy(t -> assertThat(t.utilisation()).isPositive());
        assertThat(d.byCategory()).hasSize(7);
        long inTowns = d.byTown().stream().mapToLong(ClusterDashboard.Slice::factories).sum();
        assertThat(inTowns).isEqualTo(d.participants().factories());
        assertThat(d.sizeBands()).extracting(ClusterDashboard.Band::band).contains("MICRO", "SMALL", "MEDIUM", "LARGE");
    }
}
