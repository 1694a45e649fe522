package io.zonebrain.indicators.internal.demo;

import io.zonebrain.indicators.internal.rollup.RollupRefresh;
import io.zonebrain.platform.DemoZoneCreated;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Monthly reports 2019-01..2025-12 for the demo zone's above-scale firms and annual figures for all its firms,
 * from the event's seed. Runs after the enterprise module's demo data (order 100), reading the firms through its
 * published view. With {@code zonebrain.bench.synthetic-monthly-years} > 0 (benchmarks only) the synthetic
 * above-scale firms get that many years of monthly reports too.
 */
@Component
class DemoIndicatorData {

    private static final Logger log = LoggerFactory.getLogger(DemoIndicatorData.class);
    /** The enterprise demo generator's own firms (385 + 1,000) come first; ids beyond them are benchmark firms. */
    private static final int DEMO_FIRMS = 1_385;
    private static final int SYNTHETIC_CHUNK = 2_000;

    private final JdbcClient jdbc;
    private final DemoReportWriter writer;
    private final DemoTargets targets;
    private final RollupRefresh rollups;
    private final int syntheticYears;

    DemoIndicatorData(JdbcClient jdbc, DemoReportWriter writer, DemoTargets targets, RollupRefresh rollups,
                      @Value("${zonebrain.bench.synthetic-monthly-years:0}") int syntheticYears) {
        this.jdbc = jdbc;
        this.writer = writer;
        this.targets = targets;
        this.rollups = rollups;
        this.syntheticYears = syntheticYears;
    }

    @EventListener
    @Order(200)
    @Transactional
    void on(DemoZoneCreated event) {
        long started = System.nanoTime();
        List<DemoFirmRow> firms = firms(event.zoneId());
        List<DemoFirmRow> demo = firms.subList(0, Math.min(DEMO_FIRMS, firms.size()));
        DemoFigureGenerator generator = new DemoFigureGenerator(event.seed());
        DemoFigureGenerator.Figures figures = generator.generate(demo);
        writer.monthly(event.zoneId(), figures.months());
        writer.annual(event.zoneId(), figures.annual());
        targets.create(event.zoneId());
        int synthetic = 0;
        if (syntheticYears > 0) {
            List<DemoFirmRow> extra = firms.subList(demo.size(), firms.size()).stream()
                    .filter(DemoFirmRow::aboveScale).toList();
            DemoDraws draws = generator.syntheticDraws();
            for (int from = 0; from < extra.size(); from += SYNTHETIC_CHUNK) {
                List<DemoMonth> months = generator.synthetic(
                        extra.subList(from, Math.min(from + SYNTHETIC_CHUNK, extra.size())), syntheticYears, draws);
                writer.monthly(event.zoneId(), months);
                synthetic += months.size();
            }
        }
        writer.analyze();
        if (syntheticYears > 0) {
            // the benchmark pays the refresh up front, so that its load reports the import cost; the demo zone
            // leaves its months dirty and each is refreshed by its first reader (~20 ms a month at 385 firms)
            long rolling = System.nanoTime();
            int months = rollups.refreshDirty(event.zoneId());
            log.info("Rollups of {} months refreshed in {} ms", months, (System.nanoTime() - rolling) / 1_000_000);
        }
        log.info("Demo figures: {} monthly reports, {} annual figures, {} synthetic monthly reports, in {} ms",
                figures.monthlyReports(), figures.annual().size(), synthetic, (System.nanoTime() - started) / 1_000_000);
    }

    private List<DemoFirmRow> firms(long zoneId) {
        return jdbc.sql("""
                        select enterprise_id, uscc, above_scale, high_tech, own_land_mu + leased_area_mu as land_mu
                        from enterprise_published_dimensions where zone_id = :zone order by enterprise_id
                        """)
                .param("zone", zoneId)
                .query((rs, n) -> new DemoFirmRow(rs.getLong(1), rs.getString(2), rs.getBoolean(3), rs.getBoolean(4),
                        rs.getDouble(5)))
                .list();
    }
}
