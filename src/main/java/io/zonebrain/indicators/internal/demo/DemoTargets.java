package io.zonebrain.indicators.internal.demo;

import io.zonebrain.indicators.MonthlyIndicator;
import io.zonebrain.indicators.Target;
import io.zonebrain.indicators.internal.rollup.TargetStore;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo zone's annual targets 2023-2025, so the cockpit has progress to show: the zone's output, value added,
 * taxes and high-tech output growth, and each cluster's output growth — set a little above what the year delivers
 * for some indicators, as real targets are.
 */
@Component
class DemoTargets {

    private final TargetStore store;
    private final JdbcClient jdbc;

    DemoTargets(TargetStore store, JdbcClient jdbc) {
        this.store = store;
        this.jdbc = jdbc;
    }

    void create(long zoneId) {
        List<String> clusters = jdbc.sql("select distinct cluster_code from enterprise_published_dimensions "
                + "where zone_id = :z and cluster_code is not null order by 1").param("z", zoneId)
                .query(String.class).list();
        for (int year = 2023; year <= 2025; year++) {
            store.upsert(zoneId, new Target(year, MonthlyIndicator.GROSS_OUTPUT.name(), null,
                    year == 2023 ? new BigDecimal("125000000000") : null, new BigDecimal("0.060")));
            store.upsert(zoneId, new Target(year, MonthlyIndicator.VALUE_ADDED.name(), null,
                    year == 2023 ? new BigDecimal("34000000000") : null, new BigDecimal("0.050")));
            store.upsert(zoneId, new Target(year, MonthlyIndicator.TAXES.name(), null, null, new BigDecimal("0.050")));
            store.upsert(zoneId, new Target(year, MonthlyIndicator.HIGH_TECH_OUTPUT.name(), null, null,
                    new BigDecimal("0.065")));
            for (String cluster : clusters) {
                store.upsert(zoneId, new Target(year, MonthlyIndicator.GROSS_OUTPUT.name(), cluster, null,
                        new BigDecimal("0.060")));
            }
        }
    }
}
