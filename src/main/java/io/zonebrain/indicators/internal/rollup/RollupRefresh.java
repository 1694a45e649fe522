package io.zonebrain.indicators.internal.rollup;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes the materialised rollups of the months that triggers marked dirty (V33). Readers call
 * {@link #ensureFresh} before they read, so a report is in the cockpit as soon as it is committed, whichever way
 * it arrived; a bulk load calls {@link #refreshDirty} in its own transaction. One refresh of a month at 10,000
 * firms takes ~0.2 s; a zone lock keeps two readers from doing the same work twice.
 */
@Component
public class RollupRefresh {

    private static final String AGGREGATE = """
            with pairs as (
              select r.zone_id, r.period, d.grid_id, d.cluster_code, d.industry_section, d.industry_division,
                     d.park_code, r.gross_output_yuan g, r.value_added_yuan va, r.high_tech_output_yuan ht,
                     r.revenue_yuan rev, r.total_profit_yuan pr, r.taxes_yuan tx, r.export_delivery_yuan ex,
                     r.sales_output_yuan so, p.enterprise_id is not null m, p.gross_output_yuan pg,
                     p.value_added_yuan pva, p.high_tech_output_yuan pht, p.revenue_yuan prev,
                     p.total_profit_yuan ppr, p.taxes_yuan ptx, p.export_delivery_yuan pex,
                     r.gross_output_yuan - coalesce(pm.gross_output_yuan, 0) g_single,
                     case when p.gross_output_yuan > 0 then width_bucket(
                         cast(r.gross_output_yuan / p.gross_output_yuan - 1 as float8), cast(:bounds as float8[]))
                     end bucket
              from indicators_monthly_report r
              join enterprise_published_dimensions d on d.enterprise_id = r.enterprise_id
              left join indicators_monthly_report p on p.enterprise_id = r.enterprise_id and p.current
                     and p.period = cast(r.period - interval '1 year' as date)
              left join indicators_monthly_report pm on pm.enterprise_id = r.enterprise_id and pm.current
                     and pm.period = cast(r.period - interval '1 month' as date) and extract(month from r.period) > 1
              where r.current and r.zone_id = :zone and r.period = any(cast(:periods as date[]))
            )
            insert into indicators_rollup (zone_id, period, grid_id, dimension, key, n, cm, g, gc, gp, va, vac, vap,
                ht, htc, htp, rev, revc, revp, pr, prc, prp, tx, txc, txp, ex, exc, exp, so, n100, g100, up, down,
                g_single, b0, b1, b2, b3, b4, b5, bnew)
            select zone_id, period, grid_id, s.dim, s.key, count(*), count(*) filter (where m),
                   sum(g), sum(g) filter (where m), sum(pg) filter (where m),
                   sum(va), sum(va) filter (where m), sum(pva) filter (where m),
                   sum(ht), sum(ht) filter (where m), sum(pht) filter (where m),
                   sum(rev), sum(rev) filter (where m), sum(prev) filter (where m),
                   sum(pr), sum(pr) filter (where m), sum(ppr) filter (where m),
                   sum(tx), sum(tx) filter (where m), sum(ptx) filter (where m),
                   sum(ex), sum(ex) filter (where m), sum(pex) filter (where m),
                   sum(so), count(*) filter (where g >= 100000000), sum(g) filter (where g >= 100000000),
                   count(*) filter (where m and g > pg), count(*) filter (where m and g < pg), sum(g_single),
                   count(*) filter (where bucket = 0), count(*) filter (where bucket = 1),
                   count(*) filter (where bucket = 2), count(*) filter (where bucket = 3),
                   count(*) filter (where bucket = 4), count(*) filter (where bucket = 5),
                   count(*) filter (where bucket is null)
            from pairs, lateral (values ('ZONE', 'zone'), ('CLUSTER', cluster_code), ('SECTION', industry_section),
                                        ('DIVISION', industry_division), ('PARK', park_code),
                                        ('GRID', cast(grid_id as text))) as s(dim, key)
            group by zone_id, period, grid_id, s.dim, s.key
            """;

    /** Candidates only (falls beyond 5%, jumps beyond 30%): the configured thresholds filter further when read. */
    private static final String ALERTS = """
            insert into indicators_rollup_alert (zone_id, period, enterprise_id, kind, value)
            select r.zone_id, r.period, r.enterprise_id, 'OUTPUT_DROP',
                   cast(r.gross_output_yuan / p.gross_output_yuan - 1 as float8)
            from indicators_monthly_report r
            join indicators_monthly_report p on p.enterprise_id = r.enterprise_id and p.current
                 and p.period = cast(r.period - interval '1 year' as date)
            where r.current and r.zone_id = :zone and r.period = any(cast(:periods as date[]))
              and p.gross_output_yuan > 0 and r.gross_output_yuan < p.gross_output_yuan * 0.95
            union all
            select e.zone_id, e.period, e.enterprise_id, 'ENERGY_JUMP', cast(e_now / e_then - 1 as float8)
            from (select r.zone_id, r.period, r.enterprise_id,
                         r.energy_tce - coalesce(r1.energy_tce, 0) e_now, p.energy_tce - coalesce(p1.energy_tce, 0) e_then,
                         r.gross_output_yuan - coalesce(r1.gross_output_yuan, 0) g_now,
                         p.gross_output_yuan - coalesce(p1.gross_output_yuan, 0) g_then
                  from indicators_monthly_report r
                  join indicators_monthly_report p on p.enterprise_id = r.enterprise_id and p.current
                       and p.period = cast(r.period - interval '1 year' as date)
                  left join indicators_monthly_report r1 on r1.enterprise_id = r.enterprise_id and r1.current
                       and r1.period = cast(r.period - interval '1 month' as date) and extract(month from r.period) > 1
                  left join indicators_monthly_report p1 on p1.enterprise_id = r.enterprise_id and p1.current
                       and p1.period = cast(p.period - interval '1 month' as date) and extract(month from p.period) > 1
                  where r.current and r.zone_id = :zone and r.period = any(cast(:periods as date[]))) e
            where e_then > 0 and g_then > 0 and e_now > e_then * 1.3 and e_now / e_then > 1.5 * (g_now / g_then)
            union all
            select p.zone_id, v.period, p.enterprise_id, 'STOPPED_REPORTING', null
            from unnest(cast(:periods as date[])) as v(period)
            join indicators_monthly_report p on p.zone_id = :zone and p.current
                 and p.period = cast(v.period - interval '1 month' as date)
            where not exists (select 1 from indicators_monthly_report r where r.enterprise_id = p.enterprise_id
                              and r.period = v.period and r.current)
            """;

    private final JdbcClient jdbc;

    public RollupRefresh(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Refreshes whichever of these months are dirty, in a transaction of its own (callers may be read-only). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void ensureFresh(long zoneId, List<LocalDate> periods) {
        if (!anyDirty(zoneId, periods)) {
            return;
        }
        jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", 0x1D1CA70L << 20 ^ zoneId).query().singleRow();
        refresh(zoneId, dirty(zoneId, periods));
    }

    /** Refreshes every dirty month of the zone in the caller's transaction: after a bulk load. */
    @Transactional
    public int refreshDirty(long zoneId) {
        List<LocalDate> periods = jdbc.sql("select period from indicators_rollup_dirty where zone_id = :z")
                .param("z", zoneId).query(LocalDate.class).list();
        refresh(zoneId, periods);
        return periods.size();
    }

    private void refresh(long zoneId, List<LocalDate> periods) {
        if (periods.isEmpty()) {
            return;
        }
        String[] days = periods.stream().map(LocalDate::toString).toArray(String[]::new);
        jdbc.sql("delete from indicators_rollup where zone_id = :zone and period = any(cast(:periods as date[]))")
                .param("zone", zoneId).param("periods", days).update();
        jdbc.sql("delete from indicators_rollup_alert where zone_id = :zone and period = any(cast(:periods as date[]))")
                .param("zone", zoneId).param("periods", days).update();
        jdbc.sql(AGGREGATE).param("zone", zoneId).param("periods", days)
                .param("bounds", RollupQueries.bounds()).update();
        jdbc.sql(ALERTS).param("zone", zoneId).param("periods", days).update();
        jdbc.sql("delete from indicators_rollup_dirty where zone_id = :zone and period = any(cast(:periods as date[]))")
                .param("zone", zoneId).param("periods", days).update();
    }

    private boolean anyDirty(long zoneId, List<LocalDate> periods) {
        return jdbc.sql("select exists (select 1 from indicators_rollup_dirty where zone_id = :z "
                        + "and period = any(cast(:p as date[])))")
                .param("z", zoneId).param("p", periods.stream().map(LocalDate::toString).toArray(String[]::new))
                .query(Boolean.class).single();
    }

    private List<LocalDate> dirty(long zoneId, List<LocalDate> periods) {
        return jdbc.sql("select period from indicators_rollup_dirty where zone_id = :z "
                        + "and period = any(cast(:p as date[]))")
                .param("z", zoneId).param("p", periods.stream().map(LocalDate::toString).toArray(String[]::new))
                .query(LocalDate.class).list();
    }
}
