package io.zonebrain.land.internal.demo;

import io.zonebrain.enterprise.EnterpriseTags;
import io.zonebrain.platform.DemoZoneCreated;
import io.zonebrain.platform.Dictionaries;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo zone's parcels (宗地) and leases, from the event's seed. Runs after the enterprise demo (order 100) and
 * the indicator figures (200), before the demo evaluation run (300) so that a run can read who occupies what through
 * {@code land_published_occupancy}. Reads the firms through the enterprise module's published view.
 */
@Component
class DemoLandData {

    private static final Logger log = LoggerFactory.getLogger(DemoLandData.class);
    /** The enterprise demo generator's own firms (385 + 1,000) come first; ids beyond them are benchmark firms. */
    static final int DEMO_FIRMS = 1_385;

    private final JdbcClient jdbc;
    private final Dictionaries dictionaries;
    private final DemoLandWriter writer;

    DemoLandData(JdbcClient jdbc, Dictionaries dictionaries, DemoLandWriter writer) {
        this.jdbc = jdbc;
        this.dictionaries = dictionaries;
        this.writer = writer;
    }

    @EventListener
    @Order(250)
    @Transactional
    void on(DemoZoneCreated event) {
        long started = System.nanoTime();
        DemoLandGenerator.DemoLand land = new DemoLandGenerator(event.seed())
                .generate(firms(event.zoneId()), parks(event.zoneId()));
        long generated = System.nanoTime();
        writer.write(event.zoneId(), land);
        writer.analyze();
        log.info("Demo land: {} parcels, {} leases, generated in {} ms, written in {} ms; {} firms' leased land did "
                        + "not fully fit ({} mu left out)", land.parcels().size(), land.leases().size(),
                (generated - started) / 1_000_000, (System.nanoTime() - generated) / 1_000_000,
                land.firmsNotFullyPlaced(), land.unplacedMu());
    }

    List<DemoLandGenerator.Firm> firms(long zoneId) {
        return jdbc.sql("""
                        select enterprise_id, name, park_code, own_land_mu, leased_area_mu
                        from enterprise_published_dimensions where zone_id = :zone order by enterprise_id limit :n
                        """)
                .param("zone", zoneId).param("n", DEMO_FIRMS)
                .query((rs, n) -> new DemoLandGenerator.Firm(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getBigDecimal(4), rs.getBigDecimal(5)))
                .list();
    }

    Map<String, String> parks(long zoneId) {
        Map<String, String> parks = new LinkedHashMap<>();
        dictionaries.entries(zoneId, EnterpriseTags.PARK_KIND).forEach(e -> parks.put(e.code(), e.labelZh()));
        return parks;
    }
}
