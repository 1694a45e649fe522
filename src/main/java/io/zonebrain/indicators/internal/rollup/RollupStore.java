package io.zonebrain.indicators.internal.rollup;

import io.zonebrain.indicators.Alert;
import io.zonebrain.indicators.Dimension;
import io.zonebrain.indicators.DimensionRollup;
import io.zonebrain.indicators.Figure;
import io.zonebrain.indicators.GrowthBucket;
import io.zonebrain.indicators.MonthPoint;
import io.zonebrain.indicators.Rollup;
import io.zonebrain.platform.DataScope;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the materialised rollups (V33): a zone's figures are the sums over its grids' rows, a grid officer's are
 * their grid's rows (the scope's grid condition). Enterprise scopes never get here: rollups are for officials.
 */
@Component
public class RollupStore {

    private static final String SUMS = """
            sum(n) n, sum(cm) cm, sum(g) g, sum(gc) gc, sum(gp) gp, sum(va) va, sum(vac) vac, sum(vap) vap,
            sum(ht) ht, sum(htc) htc, sum(htp) htp, sum(rev) rev, sum(revc) revc, sum(revp) revp,
            sum(pr) pr, sum(prc) prc, sum(prp) prp, sum(tx) tx, sum(txc) txc, sum(txp) txp,
            sum(ex) ex, sum(exc) exc, sum(exp) exp, sum(so) so, sum(n100) n100, sum(g100) g100,
            sum(up) up, sum(down) down, sum(g_single) g_single,
            sum(b0) b0, sum(b1) b1, sum(b2) b2, sum(b3) b3, sum(b4) b4, sum(b5) b5, sum(bnew) bnew
            """;

    private final JdbcClient jdbc;
    private final RollupRefresh refresh;

    public RollupStore(JdbcClient jdbc, RollupRefresh refresh) {
        this.jdbc = jdbc;
        this.refresh = refresh;
    }

    public List<DimensionRollup> rollup(DataScope scope, YearMonth period, Dimension dimension) {
        fresh(scope, List.of(period.atDay(1)));
        DataScope.Condition c = condition(scope);
        return jdbc.sql("select key, " + SUMS + " from indicators_rollup u where u.period = :period"
                        + " and u.dimension = :dimension and " + c.sql() + " group by key order by g desc nulls last")
                .params(c.params()).param("period", period.atDay(1)).param("dimension", dimension.name())
                .query((rs, n) -> new DimensionRollup(dimension, rs.getString("key"), rollup(rs))).list();
    }

    public List<GrowthBucket> growthBuckets(DataScope scope, YearMonth period) {
        fresh(scope, List.of(period.atDay(1)));
        DataScope.Condition c = condition(scope);
        int[] counts = jdbc.sql("select " + SUMS + " from indicators_rollup u where u.period = :period"
                        + " and u.dimension = 'ZONE' and " + c.sql())
                .params(c.params()).param("period", period.atDay(1))
                .query((rs, n) -> new int[] {rs.getInt("b0"), rs.getInt("b1"), rs.getInt("b2"), rs.getInt("b3"),
                        rs.getInt("b4"), rs.getInt("b5"), rs.getInt("bnew")}).single();
        double[] bounds = RollupQueries.BUCKET_BOUNDS;
        List<GrowthBucket> buckets = new ArrayList<>();
        for (int b = 0; b <= bounds.length; b++) {
            buckets.add(new GrowthBucket(RollupQueries.bucketCode(b), b == 0 ? null : bounds[b - 1],
                    b == bounds.length ? null : bounds[b], counts[b], null));
        }
        buckets.add(new GrowthBucket(GrowthBucket.NEW, null, null, counts[bounds.length + 1], null));
        return buckets;
    }

    /** Output month by month, this year to the chosen month against all of last year. */
    public List<MonthPoint> outputMonths(DataScope scope, YearMonth period) {
        List<LocalDate> periods = new ArrayList<>();
        for (YearMonth m = YearMonth.of(period.getYear() - 1, 1); !m.isAfter(period); m = m.plusMonths(1)) {
            periods.add(m.atDay(1));
        }
        fresh(scope, periods);
        DataScope.Condition c = condition(scope);
        Map<LocalDate, BigDecimal[]> byPeriod = new HashMap<>();
        jdbc.sql("select period, sum(g) g, sum(g_single) g_single from indicators_rollup u"
                        + " where u.period between :from and :to and u.dimension = 'ZONE' and " + c.sql()
                        + " group by period")
                .params(c.params()).param("from", periods.get(0)).param("to", period.atDay(1))
                .query(rs -> {
                    byPeriod.put(rs.getObject("period", LocalDate.class),
                            new BigDecimal[] {rs.getBigDecimal("g_single"), rs.getBigDecimal("g")});
                });
        return MonthSeries.of(period, byPeriod);
    }

    /** Alert candidates stored by the refresh, filtered by the configured thresholds and the caller's scope. */
    public List<Alert> alerts(DataScope scope, YearMonth period, double drop, double jump, int limit) {
        fresh(scope, List.of(period.atDay(1)));
        DataScope.Condition c = scope.condition("d.zone_id", "d.grid_id", "d.enterprise_id");
        return jdbc.sql("""
                        select a.kind, a.enterprise_id, d.name, a.value from indicators_rollup_alert a
                        join enterprise_published_dimensions d on d.enterprise_id = a.enterprise_id
                        where a.zone_id = :scopeZone and a.period = :period and %s
                          and (a.kind = 'STOPPED_REPORTING' or (a.kind = 'OUTPUT_DROP' and a.value < :drop)
                               or (a.kind = 'ENERGY_JUMP' and a.value > :jump))
                        order by a.kind, abs(coalesce(a.value, 0)) desc, d.name limit :limit
                        """.formatted(c.sql()))
                .params(c.params()).param("period", period.atDay(1)).param("drop", -drop).param("jump", jump)
                .param("limit", limit)
                .query((rs, n) -> new Alert(Alert.Kind.valueOf(rs.getString(1)), rs.getLong(2), rs.getString(3),
                        rs.getObject(4) == null ? null : rs.getDouble(4),
                        "STOPPED_REPORTING".equals(rs.getString(1)) ? period.minusMonths(1).toString()
                                : period.toString()))
                .list();
    }

    private void fresh(DataScope scope, List<LocalDate> periods) {
        refresh.ensureFresh(scope.zoneId(), periods);
    }

    private static DataScope.Condition condition(DataScope scope) {
        if (scope.enterpriseId() != null) {
            throw new IllegalArgumentException("rollups are not served to an enterprise scope");
        }
        // enterprise column never used: the scope has no enterprise (checked above)
        return scope.condition("u.zone_id", "u.grid_id", "u.zone_id");
    }

    private static Rollup rollup(ResultSet rs) throws SQLException {
        return new Rollup(rs.getInt("n"), rs.getInt("cm"), figure(rs, "g", "gc", "gp"), figure(rs, "va", "vac", "vap"),
                figure(rs, "ht", "htc", "htp"), figure(rs, "rev", "revc", "revp"), figure(rs, "pr", "prc", "prp"),
                figure(rs, "tx", "txc", "txp"), figure(rs, "ex", "exc", "exp"), nz(rs.getBigDecimal("so")),
                rs.getInt("n100"), nz(rs.getBigDecimal("g100")), rs.getInt("up"), rs.getInt("down"));
    }

    private static Figure figure(ResultSet rs, String ytd, String comparable, String prior) throws SQLException {
        return Figure.of(rs.getBigDecimal(ytd), rs.getBigDecimal(comparable), rs.getBigDecimal(prior));
    }

    private static BigDecimal nz(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }
}
