package io.zonebrain.evaluation.flags;

import io.zonebrain.platform.DemoZoneCreated;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo zone's 2022 flags, so its published run shows a ceiling and a floor: a safety accident at the two
 * above-scale firms with the highest 亩均税收 (graded A, capped at C), a major project at the three largest
 * sites still under 2 万元/亩 (D by the rule, lifted to C), and newly above-scale for the five youngest
 * above-scale firms at least two years old (younger ones are class T anyway). Chosen from the year's published figures, so the same seed gives the same flags. After the
 * indicators demo (order 200), before the demo run (order 300).
 */
@Component
class DemoFlags {

    static final int YEAR = 2022;

    private final JdbcClient jdbc;

    DemoFlags(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    @Order(280)
    @Transactional
    void on(DemoZoneCreated event) {
        long zone = event.zoneId();
        flag(zone, "SAFETY_ACCIDENT", "演示数据：2022 年发生较大安全生产事故（事故调查报告 演示-001）", firms(zone, """
                and d.above_scale
                order by a.taxes_paid_yuan / a.land_used_mu desc, d.enterprise_id limit 2
                """));
        flag(zone, "MAJOR_PROJECT", "演示数据：列入 2022 年省市县长项目", firms(zone, """
                and a.taxes_paid_yuan / a.land_used_mu * 0.0001 < 2
                order by a.land_used_mu desc, d.enterprise_id limit 3
                """));
        flag(zone, "NEW_ABOVE_SCALE", "演示数据：2022 年新纳入规上统计", firms(zone, """
                and d.above_scale
                and d.founded_on <= date '2020-12-31'
                order by d.founded_on desc, d.enterprise_id limit 5
                """));
    }

    /** Firms with 2022 figures and land, chosen, ordered and counted by the tail of the query. */
    private List<Long> firms(long zone, String orderAndLimit) {
        return jdbc.sql("""
                select d.enterprise_id
                from indicators_published_annual a
                join enterprise_published_dimensions d on d.enterprise_id = a.enterprise_id
                where a.zone_id = :zone and d.zone_id = :zone and a.year = :year
                  and a.land_used_mu > 0 and a.taxes_paid_yuan is not null
                """ + orderAndLimit).param("zone", zone).param("year", YEAR).query(Long.class).list();
    }

    private void flag(long zone, String flag, String note, List<Long> enterprises) {
        for (long id : enterprises) {
            jdbc.sql("""
                    insert into evaluation_flag (zone_id, data_year, enterprise_id, flag, note, set_by)
                    values (:zone, :year, :e, :flag, :note, 'system')
                    on conflict do nothing
                    """).param("zone", zone).param("year", YEAR).param("e", id).param("flag", flag)
                    .param("note", note).update();
        }
    }
}
