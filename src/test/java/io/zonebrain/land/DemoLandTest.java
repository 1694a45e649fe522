package io.zonebrain.land;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonebrain.enterprise.EnterpriseDraft;
import io.zonebrain.enterprise.EnterpriseTags;
import io.zonebrain.enterprise.internal.demo.DemoEnterpriseGenerator;
import io.zonebrain.land.internal.demo.DemoLandGenerator;
import io.zonebrain.land.internal.demo.DemoLandWriter;
import io.zonebrain.platform.Dictionaries;
import io.zonebrain.platform.UserAccounts;
import io.zonebrain.platform.Zones;
import io.zonebrain.support.ZonebrainTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo zone's land as the application loaded it. The generator's input is rebuilt from the enterprise demo
 * generator (so later edits of a demo firm by other tests do not matter) and the ids the registry gave those firms.
 */
@ZonebrainTest
class DemoLandTest {

    @Autowired JdbcClient jdbc;
    @Autowired Zones zones;
    @Autowired Dictionaries dictionaries;
    @Autowired UserAccounts accounts;
    @Autowired DemoLandWriter writer;
    @Value("${zonebrain.demo.seed}") long seed;

    long zoneId;
    List<DemoLandGenerator.Firm> firms;
    Map<String, String> parks;

    @BeforeEach
    void input() {
        zoneId = accounts.findByUsername("admin").orElseThrow().zoneId();
        List<EnterpriseDraft> drafts = new DemoEnterpriseGenerator(seed,
                zones.grids(zoneId).stream().map(Zones.Grid::id).toList()).demoZone();
        Map<String, Long> ids = new HashMap<>();
        jdbc.sql("select uscc, enterprise_id from enterprise_published_dimensions where zone_id = :z")
                .param("z", zoneId).query(rs -> {
                    ids.put(rs.getString(1), rs.getLong(2));
                });
        firms = new ArrayList<>(drafts.stream().map(d -> new DemoLandGenerator.Firm(ids.get(d.uscc()), d.name(),
                d.parkCode(), d.ownLandMu(), d.leasedAreaMu())).toList());
        firms.sort((a, b) -> Long.compare(a.id(), b.id()));
        Set<String> used = new HashSet<>();
        drafts.forEach(d -> used.add(d.parkCode()));
        parks = new LinkedHashMap<>();
        dictionaries.entries(zoneId, EnterpriseTags.PARK_KIND).stream().filter(e -> used.contains(e.code()))
                .forEach(e -> parks.put(e.code(), e.labelZh()));
    }

    @Test
    void everyLandHoldingFirmOwnsParcelsThatAddUpToItsOwnLand() {
        Map<Long, BigDecimal> owned = new HashMap<>();
        Map<Long, Integer> count = new HashMap<>();
        jdbc.sql("select owner_enterprise_id, area_mu from land_parcel where zone_id = :z and parcel_code like '330113-%'")
                .param("z", zoneId).query(rs -> {
                    owned.merge(rs.getLong(1), rs.getBigDecimal(2), BigDecimal::add);
                    count.merge(rs.getLong(1), 1, Integer::sum);
                });
        List<DemoLandGenerator.Firm> holders = firms.stream().filter(f -> f.ownLandMu().signum() > 0).toList();
        assertThat(holders).hasSizeGreaterThan(1_300);
        for (DemoLandGenerator.Firm f : holders) {
            assertThat(owned.get(f.id())).as(f.name()).isEqualByComparingTo(f.ownLandMu());
            assertThat(count.get(f.id())).isBetween(1, 3);
        }
        assertThat(count.values().stream().filter(n -> n > 1).count()).as("big holdings in phases").isPositive();
        assertThat(count.values().stream().filter(n -> n == 1).count()).as("one parcel mostly")
                .isGreaterThan(holders.size() * 8L / 10);
        assertThat(firms.stream().filter(f -> f.ownLandMu().signum() == 0).map(DemoLandGenerator.Firm::id))
                .noneMatch(owned::containsKey);
        assertThat(jdbc.sql("select count(*) from land_parcel where zone_id = :z and parcel_code like '330113-%'")
                .param("z", zoneId).query(Long.class).single()).isGreaterThanOrEqualTo(1_000);
    }

    /** Every demo lease is in force at once (2022 on), so a plain sum per parcel is the busiest day's. */
    @Test
    void noParcelIsLeasedOutBeyondItsAreaAndLeasesMatchTheRegistry() {
        List<Map<String, Object>> overLeased = jdbc.sql("""
                        select p.parcel_code from land_parcel p join land_lease l on l.parcel_id = p.id
                        where p.zone_id = :z and p.parcel_code like '330113-%'
                        group by p.id, p.parcel_code, p.area_mu having sum(l.land_mu) > p.area_mu
                        """).param("z", zoneId).query().listOfRows();
        assertThat(overLeased).isEmpty();
        Map<Long, BigDecimal> leased = new HashMap<>();
        jdbc.sql("""
                        select l.lessee_enterprise_id, l.land_mu, p.owner_enterprise_id from land_lease l
                        join land_parcel p on p.id = l.parcel_id where p.zone_id = :z and p.parcel_code like '330113-%'
                        """).param("z", zoneId).query(rs -> {
                    assertThat(rs.getLong(1)).as("a lessee never leases its own land").isNotEqualTo(rs.getLong(3));
                    leased.merge(rs.getLong(1), rs.getBigDecimal(2), BigDecimal::add);
                });
        BigDecimal registered = BigDecimal.ZERO;
        BigDecimal placed = BigDecimal.ZERO;
        for (DemoLandGenerator.Firm f : firms) {
            BigDecimal got = leased.getOrDefault(f.id(), BigDecimal.ZERO);
            assertThat(got).as(f.name()).isLessThanOrEqualTo(f.leasedAreaMu());
            registered = registered.add(f.leasedAreaMu());
            placed = placed.add(got);
        }
        assertThat(leased).hasSizeGreaterThan(300);
        assertThat(placed).as("placed of " + registered + " mu registered as leased")
                .isGreaterThan(registered.multiply(new BigDecimal("0.95")));
        // every demo lease is in force in the years the demo evaluates
        assertThat(jdbc.sql("select count(*) from land_published_occupancy where zone_id = :z and role = 'LESSEE' "
                        + "and parcel_code like '330113-%' and (lease_from > :d or lease_to < :d)")
                .param("z", zoneId).param("d", LocalDate.of(2022, 12, 31)).query(Long.class).single()).isZero();
    }

    @Test
    void theLoadedLandIsTheSeedsAndTheGeneratorIsDeterministic() {
        DemoLandGenerator.DemoLand once = new DemoLandGenerator(seed).generate(firms, parks);
        DemoLandGenerator.DemoLand again = new DemoLandGenerator(seed).generate(firms, parks);
        assertThat(again).isEqualTo(once);
        assertThat(new DemoLandGenerator(seed + 1).generate(firms, parks).parcels()).isNotEqualTo(once.parcels());

        Set<List<Object>> expectedParcels = new HashSet<>();
        once.parcels().forEach(p -> expectedParcels.add(List.of(p.code(), p.name(), p.location(), p.landUse(),
                p.areaMu().stripTrailingZeros(), p.ownerId())));
        Set<List<Object>> loadedParcels = new HashSet<>(jdbc.sql("select parcel_code, name, location, land_use, "
                        + "area_mu, owner_enterprise_id from land_parcel where zone_id = :z and parcel_code like '330113-%'")
                .param("z", zoneId).query((rs, n) -> List.<Object>of(rs.getString(1), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getBigDecimal(5).stripTrailingZeros(), rs.getLong(6)))
                .list());
        assertThat(loadedParcels).isEqualTo(expectedParcels);

        Set<List<Object>> expectedLeases = new HashSet<>();
        once.leases().forEach(l -> expectedLeases.add(List.of(once.parcels().get(l.parcelIndex()).code(),
                l.lesseeId(), l.landMu().stripTrailingZeros(), l.from())));
        Set<List<Object>> loadedLeases = new HashSet<>(jdbc.sql("""
                        select p.parcel_code, l.lessee_enterprise_id, l.land_mu, l.lease_from from land_lease l
                        join land_parcel p on p.id = l.parcel_id where p.zone_id = :z and p.parcel_code like '330113-%'
                        """)
                .param("z", zoneId).query((rs, n) -> List.<Object>of(rs.getString(1), rs.getLong(2),
                        rs.getBigDecimal(3).stripTrailingZeros(), rs.getObject(4, LocalDate.class))).list());
        assertThat(loadedLeases).isEqualTo(expectedLeases);
        assertThat(once.parcels()).allSatisfy(p -> assertThat(p.code()).matches("330113-\\d{3}-\\d{4}"));
    }

    /** The batch writer in a transaction that is rolled back, into a zone id nobody uses. */
    @Test
    @Transactional
    void writingTheDemosLandTakesWellUnderTwoSeconds() {
        DemoLandGenerator.DemoLand land = new DemoLandGenerator(seed).generate(firms, parks);
        long started = System.nanoTime();
        writer.write(-zoneId - 1_000_000, land);
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(land.parcels()).hasSizeGreaterThanOrEqualTo(1_000);
        assertThat(millis).as("%d parcels and %d leases written in %d ms", land.parcels().size(),
                land.leases().size(), millis).isLessThan(2_000);
    }
}
