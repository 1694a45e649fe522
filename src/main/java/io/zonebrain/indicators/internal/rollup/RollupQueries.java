package io.zonebrain.indicators.internal.rollup;

import io.zonebrain.indicators.Dimension;
import io.zonebrain.indicators.DimensionRollup;
import io.zonebrain.indicators.Drill;
import io.zonebrain.indicators.EnterpriseFigure;
import io.zonebrain.indicators.Figure;
import io.zonebrain.indicators.GrowthBucket;
import io.zonebrain.indicators.MonthPoint;
import io.zonebrain.indicators.MonthlyIndicator;
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
 * The rollup SQL. Every query starts from one period's current reports in the caller's scope, joined through the
 * enterprise module's published view, each paired with the same firm's report a year earlier (同口径): the pairs
 * carry both the totals and the like-for-like growth in one pass. Only enum constants and the scope's checked
 * fragment are spliced into the SQL; every value is a bound parameter.
 */
@Component
public class RollupQueries {

    private static final String PAIRS = """
            with pairs as (
              select r.enterprise_id, d.name, d.cluster_code, d.park_code, d.grid_id, %s as k,
                     r.gross_output_yuan g, r.value_added_yuan va, r.high_tech_output_yuan ht, r.revenue_yuan rev,
                     r.total_profit_yuan pr, r.taxes_yuan tx, r.export_delivery_yuan ex, r.sales_output_yuan so,
                     p.enterprise_id is not null m, p.gross_output_yuan pg, p.value_added_yuan pva,
                     p.high_tech_output_yuan pht, p.revenue_yuan prev, p.total_profit_yuan ppr, p.taxes_yuan ptx,
                     p.export_delivery_yuan pex
              from indicators_monthly_report r
              join enterprise_published_dimensions d on d.enterprise_id = r.enterprise_id
              left join indicators_monthly_report p
                     on p.enterprise_id = r.enterprise_id and p.period = :prior and p.current
              where r.current and r.period = :period and r.zone_id = :scopeZone and %s
            )
            """;

    private static final String AGGREGATE = """
            select k, count(*) n, count(*) filter (where m) cm,
                   sum(g) g, sum(g) filter (where m) gc, sum(pg) filter (where m) gp,
                   sum(va) va, sum(va) filter (where m) vac, sum(pva) filter (where m) vap,
                   sum(ht) ht, sum(ht) filter (where m) htc, sum(pht) filter (where m) htp,
                   sum(rev) rev, sum(rev) filter (where m) revc, sum(prev) filter (where m) revp,
                   sum(pr) pr, sum(pr) filter (where m) prc, sum(ppr) filter (where m) prp,
                   sum(tx) tx, sum(tx) filter (where m) txc, sum(ptx) filter (where m) txp,
                   sum(ex) ex, sum(ex) filter (where m) exc, sum(pex) filter (where m) exp,
                   sum(so) so,
                   count(*) filter (where g >= 100000000) n100, sum(g) filter (where g >= 100000000) g100,
                   count(*) filter (where m and g > pg) up, count(*) filter (where m and g < pg) down
            from pairs group by k order by g desc nulls last
            """;

    private static final String FIRM = """
            select enterprise_id, name, cluster_code, park_code, grid_id, g, pg, va, ht,
                   case when m and pg > 0 then g / pg - 1 end yoy
            from pairs
            """;

    /** Upper bounds of the growth buckets; the last bucket is open. */
    static final double[] BUCKET_BOUNDS = {-0.2, -0.1, 0, 0.1, 0.2};

    private final JdbcClient jdbc;

    public RollupQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<DimensionRollup> rollup(DataScope scope, YearMonth period, Dimension dimension) {
        return query(scope, period, dimension, AGGREGATE, Map.of())
                .query((rs, n) -> new DimensionRollup(dimension, rs.getString("k"), rollup(rs))).list();
    }

    public List<EnterpriseFigure> firms(DataScope scope, YearMonth period, Drill drill, int limit) {
        return firms(scope, period, drill, limit, 0);
    }

    /** One page of the firms behind a figure, largest output first (ties by id, so pages never overlap). */
    public List<EnterpriseFigure> firms(DataScope scope, YearMonth period, Drill drill, int limit, int offset) {
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> params = new HashMap<>();
        if (drill.key() != null && drill.dimension() != Dimension.ZONE) {
            where.append(" and k = :key");
            params.put("key", drill.key());
        }
        switch (drill.kind()) {
            case ABOVE_100M -> where.append(" and g >= 100000000");
            case GROWING -> where.append(" and m and g > pg");
            case SHRINKING -> where.append(" and m and g < pg");
            case NEW -> where.append(" and not m");
            case BUCKET -> {
                int bucket = bucketIndex(drill.bucket());
                if (bucket < 0) {
                    where.append(" and not m");
                } else {
                    where.append(" and m and pg > 0 and width_bucket(g / pg - 1, cast(:bounds as float8[])) = :bucket");
                    params.put("bounds", bounds());
                    params.put("bucket", bucket);
                }
            }
            case ALL -> { }
        }
        params.put("limit", limit);
        params.put("offset", offset);
        return query(scope, period, drill.dimension(),
                FIRM + where + " order by g desc, enterprise_id limit :limit offset :offset", params)
                .query((rs, n) -> firm(rs)).list();
    }

    public List<GrowthBucket> growthBuckets(DataScope scope, YearMonth period) {
        String sql = """
                select case when m and pg > 0 then width_bucket(g / pg - 1, cast(:bounds as float8[])) else -1 end b,
                       count(*) n, sum(g) g
                from pairs group by 1
                """;
        Map<Integer, Object[]> counts = new HashMap<>();
        query(scope, period, Dimension.ZONE, sql, Map.of("bounds", bounds()))
                .query(rs -> {
                    counts.put(rs.getInt("b"), new Object[] {rs.getInt("n"), rs.getBigDecimal("g")});
                });
        List<GrowthBucket> buckets = new ArrayList<>();
        for (int b = 0; b <= BUCKET_BOUNDS.length; b++) {
            Object[] c = counts.getOrDefault(b, new Object[] {0, BigDecimal.ZERO});
            buckets.add(new GrowthBucket(bucketCode(b), b == 0 ? null : BUCKET_BOUNDS[b - 1],
                    b == BUCKET_BOUNDS.length ? null : BUCKET_BOUNDS[b], (Integer) c[0], (BigDecimal) c[1]));
        }
        Object[] fresh = counts.getOrDefault(-1, new Object[] {0, BigDecimal.ZERO});
        buckets.add(new GrowthBucket(GrowthBucket.NEW, null, null, (Integer) fresh[0], (BigDecimal) fresh[1]));
        return buckets;
    }

    /**
     * Month by month, this year to the chosen month against all of last year. Single-month values are derived per
     * firm (this month's cumulative minus the previous report's within the same year), then summed.
     */
    public List<MonthPoint> months(DataScope scope, YearMonth period, MonthlyIndicator indicator) {
        DataScope.Condition c = scope.condition("d.zone_id", "d.grid_id", "d.enterprise_id");
        String col = "r." + indicator.column();
        String single = indicator.cumulative()
                ? col + " - coalesce(lag(" + col + ") over (partition by r.enterprise_id, extract(year from r.period)"
                        + " order by r.period), 0)"
                : col;
        String sql = "select r.period, sum(" + col + ") ytd, sum(single) as single_month from (select r.period, " + col + ", "
                + single + " single from indicators_monthly_report r"
                + " join enterprise_published_dimensions d on d.enterprise_id = r.enterprise_id"
                + " where r.current and r.zone_id = :scopeZone and r.period between :from and :to and " + c.sql()
                + ") r group by r.period";
        Map<LocalDate, BigDecimal[]> byPeriod = new HashMap<>();
        jdbc.sql(sql).params(c.params())
                .param("from", YearMonth.of(period.getYear() - 1, 1).atDay(1)).param("to", period.atDay(1))
                .query(rs -> {
                    byPeriod.put(rs.getObject("period", LocalDate.class),
                            new BigDecimal[] {rs.getBigDecimal("single_month"), rs.getBigDecimal("ytd")});
                });
        return MonthSeries.of(period, byPeriod);
    }

    /**
     * The latest month reported in the zone (an enterprise: its own latest): the cockpit's default period. Zone-wide
     * on purpose for grid officers — a month is "out" when the zone has it — and a backward walk of the
     * (zone, period) index instead of a join over every report.
     */
    public java.util.Optional<YearMonth> latestPeriod(DataScope scope) {
        String sql = scope.enterpriseId() != null
                ? "select max(period) from indicators_monthly_report where enterprise_id = :e and current"
                : "select max(period) from indicators_monthly_report where zone_id = :z and current";
        return jdbc.sql(sql).param(scope.enterpriseId() != null ? "e" : "z",
                        scope.enterpriseId() != null ? scope.enterpriseId() : scope.zoneId())
                .query((rs, n) -> rs.getObject(1, LocalDate.class)).optional()
                .map(YearMonth::from);
    }

    /** Rank by output within the cluster: computed over all the cluster's firms, but only the rank leaves here. */
    public int[] rankInCluster(long zoneId, long enterpriseId, String clusterCode, YearMonth period) {
        return jdbc.sql("""
                        select coalesce(sum(case when r.gross_output_yuan > own.g then 1 else 0 end), 0) + 1 as rank,
                               count(*) as firms
                        from indicators_monthly_report r
                        join enterprise_published_dimensions d on d.enterprise_id = r.enterprise_id
                        cross join (select gross_output_yuan g from indicators_monthly_report
                                    where enterprise_id = :e and period = :period and current) own
                        where r.current and r.period = :period and r.zone_id = :zone
                          and d.cluster_code is not distinct from :cluster
                        """)
                .param("e", enterpriseId).param("period", period.atDay(1)).param("zone", zoneId)
                .param("cluster", clusterCode)
                .query((rs, n) -> new int[] {rs.getInt("rank"), rs.getInt("firms")}).optional()
                .filter(r -> r[1] > 0).orElse(null);
    }

    private JdbcClient.StatementSpec query(DataScope scope, YearMonth period, Dimension dimension, String tail,
                                           Map<String, Object> params) {
        DataScope.Condition c = scope.condition("d.zone_id", "d.grid_id", "d.enterprise_id");
        String sql = PAIRS.formatted(dimension.keyColumn(), c.sql()) + tail;
        return jdbc.sql(sql).params(c.params()).params(params)
                .param("period", period.atDay(1)).param("prior", period.minusYears(1).atDay(1));
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

    private static EnterpriseFigure firm(ResultSet rs) throws SQLException {
        Double yoy = rs.getObject("yoy") == null ? null : rs.getDouble("yoy");
        return new EnterpriseFigure(rs.getLong("enterprise_id"), rs.getString("name"), rs.getString("cluster_code"),
                rs.getString("park_code"), rs.getObject("grid_id", Long.class), rs.getBigDecimal("g"),
                rs.getBigDecimal("pg"), yoy, rs.getBigDecimal("va"), rs.getBigDecimal("ht"));
    }

    private static BigDecimal nz(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }

    static Double[] bounds() {
        Double[] b = new Double[BUCKET_BOUNDS.length];
        for (int i = 0; i < b.length; i++) {
            b[i] = BUCKET_BOUNDS[i];
        }
        return b;
    }

    /** Bucket codes name their range in percent: "lt-20", "-20..-10", …, "ge20". */
    static String bucketCode(int b) {
        if (b == 0) {
            return "lt" + pct(BUCKET_BOUNDS[0]);
        }
        if (b == BUCKET_BOUNDS.length) {
            return "ge" + pct(BUCKET_BOUNDS[b - 1]);
        }
        return pct(BUCKET_BOUNDS[b - 1]) + ".." + pct(BUCKET_BOUNDS[b]);
    }

    static int bucketIndex(String code) {
        for (int b = 0; b <= BUCKET_BOUNDS.length; b++) {
            if (bucketCode(b).equals(code)) {
                return b;
            }
        }
        return -1;
    }

    private static String pct(double fraction) {
        return Long.toString(Math.round(fraction * 100));
    }
}
