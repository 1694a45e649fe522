package io.zonebrain.indicators.internal.rollup;

import io.zonebrain.indicators.Alert;
import io.zonebrain.platform.DataScope;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The alert SQL; like the rollups, scoped through the enterprise module's published view. */
@Component
public class AlertQueries {

    private static final int LIMIT = 200;

    private final JdbcClient jdbc;

    public AlertQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Alert> outputDrops(DataScope scope, YearMonth period, double drop) {
        DataScope.Condition c = condition(scope);
        return jdbc.sql("""
                        select r.enterprise_id, d.name, r.gross_output_yuan / p.gross_output_yuan - 1 as change
                        from indicators_monthly_report r
                        join enterprise_published_dimensions d on d.enterprise_id = r.enterprise_id
                        join indicators_monthly_report p
                          on p.enterprise_id = r.enterprise_id and p.period = :prior and p.current
                        where r.current and r.period = :period and r.zone_id = :scopeZone and %s
                          and p.gross_output_yuan > 0 and r.gross_output_yuan < p.gross_output_yuan * (1 - :drop)
                        order by change limit :limit
                        """.formatted(c.sql()))
                .params(c.params()).param("period", day(period)).param("prior", day(period.minusYears(1)))
                .param("drop", drop).param("limit", LIMIT)
                .query((rs, n) -> new Alert(Alert.Kind.OUTPUT_DROP, rs.getLong(1), rs.getString(2), rs.getDouble(3),
                        period.toString())).list();
    }

    /** Reported the month before, not this month: the firm stopped (or is late — 漏报). */
    public List<Alert> stoppedReporting(DataScope scope, YearMonth period) {
        DataScope.Condition c = condition(scope);
        return jdbc.sql("""
                        select p.enterprise_id, d.name
                        from indicators_monthly_report p
                        join enterprise_published_dimensions d on d.enterprise_id = p.enterprise_id
                        where p.current and p.period = :previous and p.zone_id = :scopeZone and %s
                          and not exists (select 1 from indicators_monthly_report r
                                          where r.enterprise_id = p.enterprise_id and r.period = :period and r.current)
                        order by d.name limit :limit
                        """.formatted(c.sql()))
                .params(c.params()).param("period", day(period)).param("previous", day(period.minusMonths(1)))
                .param("limit", LIMIT)
                .query((rs, n) -> new Alert(Alert.Kind.STOPPED_REPORTING, rs.getLong(1), rs.getString(2), null,
                        period.minusMonths(1).toString())).list();
    }

    /**
     * The month's energy use (derived from the cumulative reports) against the same month a year earlier: a jump
     * beyond the threshold that output does not explain. Comparing with the same month keeps the Spring Festival
     * dip from raising alerts every March.
     */
    public List<Alert> energyJumps(DataScope scope, YearMonth period, double jump) {
        DataScope.Condition c = condition(scope);
        boolean january = period.getMonthValue() == 1;
        String single = january ? "%1$s.energy_tce" : "%1$s.energy_tce - coalesce(%2$s.energy_tce, 0)";
        String singleOutput = january ? "%1$s.gross_output_yuan"
                : "%1$s.gross_output_yuan - coalesce(%2$s.gross_output_yuan, 0)";
        String sql = """
                select enterprise_id, name, e_now / e_then - 1 as change from (
                  select r.enterprise_id, d.name, %s as e_now, %s as e_then, %s as g_now, %s as g_then
                  from indicators_monthly_report r
                  join enterprise_published_dimensions d on d.enterprise_id = r.enterprise_id
                  join indicators_monthly_report p
                    on p.enterprise_id = r.enterprise_id and p.period = :prior and p.current
                  left join indicators_monthly_report r1
                    on r1.enterprise_id = r.enterprise_id and r1.period = :previous and r1.current
                  left join indicators_monthly_report p1
                    on p1.enterprise_id = r.enterprise_id and p1.period = :priorPrevious and p1.current
                  where r.current and r.period = :period and r.zone_id = :scopeZone and %s
                ) m
                where e_then > 0 and g_then > 0 and e_now > e_then * (1 + :jump)
                  and e_now / e_then > 1.5 * (g_now / g_then)
                order by change desc limit :limit
                """.formatted(single.formatted("r", "r1"), single.formatted("p", "p1"),
                singleOutput.formatted("r", "r1"), singleOutput.formatted("p", "p1"), c.sql());
        return jdbc.sql(sql).params(c.params()).param("period", day(period))
                .param("prior", day(period.minusYears(1))).param("previous", day(period.minusMonths(1)))
                .param("priorPrevious", day(period.minusYears(1).minusMonths(1))).param("jump", jump)
                .param("limit", LIMIT)
                .query((rs, n) -> new Alert(Alert.Kind.ENERGY_JUMP, rs.getLong(1), rs.getString(2), rs.getDouble(3),
                        period.toString())).list();
    }

    private static DataScope.Condition condition(DataScope scope) {
        return scope.condition("d.zone_id", "d.grid_id", "d.enterprise_id");
    }

    private static LocalDate day(YearMonth period) {
        return period.atDay(1);
    }
}
