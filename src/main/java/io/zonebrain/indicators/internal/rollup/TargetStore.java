package io.zonebrain.indicators.internal.rollup;

import io.zonebrain.indicators.Target;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** indicators_target rows; one per zone, year, indicator and cluster (null = the whole zone). */
@Component
public class TargetStore {

    private static final String COLUMNS = "year, indicator, cluster_code, target_value, target_growth";

    private final JdbcClient jdbc;

    public TargetStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Target> list(long zoneId, int year) {
        return jdbc.sql("select " + COLUMNS + " from indicators_target where zone_id = :z and year = :y "
                        + "order by cluster_code nulls first, indicator")
                .param("z", zoneId).param("y", year).query(Target.class).list();
    }

    public Optional<Target> find(long zoneId, Target t) {
        return jdbc.sql("select " + COLUMNS + " from indicators_target where zone_id = :z and year = :y "
                        + "and indicator = :i and cluster_code is not distinct from :c")
                .param("z", zoneId).param("y", t.year()).param("i", t.indicator()).param("c", t.clusterCode())
                .query(Target.class).optional();
    }

    public void upsert(long zoneId, Target t) {
        jdbc.sql("""
                        insert into indicators_target (zone_id, year, indicator, cluster_code, target_value,
                            target_growth)
                        values (:z, :y, :i, :c, :v, :g)
                        on conflict (zone_id, year, indicator, coalesce(cluster_code, ''))
                        do update set target_value = excluded.target_value, target_growth = excluded.target_growth,
                            version = indicators_target.version + 1
                        """)
                .param("z", zoneId).param("y", t.year()).param("i", t.indicator()).param("c", t.clusterCode())
                .param("v", t.targetValue()).param("g", t.targetGrowth()).update();
    }

    public void delete(long zoneId, Target t) {
        jdbc.sql("delete from indicators_target where zone_id = :z and year = :y and indicator = :i "
                        + "and cluster_code is not distinct from :c")
                .param("z", zoneId).param("y", t.year()).param("i", t.indicator()).param("c", t.clusterCode())
                .update();
    }
}
