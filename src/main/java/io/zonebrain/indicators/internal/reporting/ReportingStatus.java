package io.zonebrain.indicators.internal.reporting;

import io.zonebrain.platform.CallerContext;
import io.zonebrain.platform.CurrentUser;
import io.zonebrain.platform.DataScope;
import io.zonebrain.platform.NotFoundException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who has reported a month and who has not (漏报): every above-scale enterprise in the officer's scope is expected
 * to. Officers remind one or all of the missing ones; the enterprise sees the reminder on its report page.
 */
@Service
public class ReportingStatus {

    /** One expected enterprise and where its report stands. */
    public record Row(long enterpriseId, String uscc, String name, Long gridId, boolean reported, Instant reportedAt,
                      String source, Instant lastRemindedAt, int reminders) {
    }

    public record Counts(int expected, int reported, int missing) {
    }

    public enum Show { ALL, MISSING, REPORTED }

    private final JdbcClient jdbc;

    ReportingStatus(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Row> rows(YearMonth period, Show show, String q) {
        DataScope.Condition c = requireOfficial().dataScope().condition("d.zone_id", "d.grid_id", "d.enterprise_id");
        String only = switch (show) {
            case ALL -> "";
            case MISSING -> " and r.id is null";
            case REPORTED -> " and r.id is not null";
        };
        return jdbc.sql("""
                select d.enterprise_id, d.uscc, d.name, d.grid_id, r.id is not null as reported, r.reported_at,
                       r.source, m.last_reminded_at, coalesce(m.reminders, 0) as reminders
                from enterprise_published_dimensions d
                left join indicators_monthly_report r
                       on r.enterprise_id = d.enterprise_id and r.period = :period and r.current
                left join (select enterprise_id, max(reminded_at) as last_reminded_at, count(*) as reminders
                           from indicators_reminder where period = :period group by enterprise_id) m
                       on m.enterprise_id = d.enterprise_id
                where d.above_scale and""" + " " + c.sql() + only + """
                  and (cast(:q as text) is null or d.name like '%' || :q || '%' or d.uscc = upper(:q))
                order by r.id is not null, d.name, d.enterprise_id
                """)
                .params(c.params()).param("period", period.atDay(1)).param("q", blankToNull(q))
                .query((rs, n) -> new Row(rs.getLong("enterprise_id"), rs.getString("uscc"), rs.getString("name"),
                        rs.getObject("grid_id", Long.class), rs.getBoolean("reported"), instant(rs, "reported_at"),
                        rs.getString("source"), instant(rs, "last_reminded_at"), rs.getInt("reminders")))
                .list();
    }

    public Counts counts(YearMonth period) {
        List<Row> all = rows(period, Show.ALL, null);
        int reported = (int) all.stream().filter(Row::reported).count();
        return new Counts(all.size(), reported, all.size() - reported);
    }

    /** Reminds one enterprise that has not reported the month; "not found" when outside the scope or not expected. */
    @Transactional
    public void remind(long enterpriseId, YearMonth period) {
        CurrentUser me = requireOfficial();
        DataScope.Condition c = me.dataScope().condition("d.zone_id", "d.grid_id", "d.enterprise_id");
        int n = jdbc.sql("insert into indicators_reminder (zone_id, enterprise_id, period, reminded_by) "
                        + "select d.zone_id, d.enterprise_id, :period, :by from enterprise_published_dimensions d "
                        + "where d.enterprise_id = :id and d.above_scale and " + c.sql())
                .params(c.params()).param("id", enterpriseId).param("period", period.atDay(1))
                .param("by", me.username()).update();
        if (n == 0) {
            throw new NotFoundException("enterprise " + enterpriseId);
        }
    }

    /** Reminds every above-scale enterprise in scope that has not reported the month; returns how many. */
    @Transactional
    public int remindAllMissing(YearMonth period) {
        CurrentUser me = requireOfficial();
        DataScope.Condition c = me.dataScope().condition("d.zone_id", "d.grid_id", "d.enterprise_id");
        return jdbc.sql("""
                insert into indicators_reminder (zone_id, enterprise_id, period, reminded_by)
                select d.zone_id, d.enterprise_id, :period, :by from enterprise_published_dimensions d
                where d.above_scale and""" + " " + c.sql() + """
                  and not exists (select 1 from indicators_monthly_report r
                                  where r.enterprise_id = d.enterprise_id and r.period = :period and r.current)
                """)
                .params(c.params()).param("period", period.atDay(1)).param("by", me.username()).update();
    }

    /** Months an officer has reminded this enterprise about and that it still has not reported, oldest first. */
    public List<YearMonth> openReminders(long enterpriseId) {
        return jdbc.sql("""
                select distinct m.period from indicators_reminder m
                where m.enterprise_id = :e and not exists (select 1 from indicators_monthly_report r
                      where r.enterprise_id = m.enterprise_id and r.period = m.period and r.current)
                order by m.period
                """)
                .param("e", enterpriseId)
                .query((rs, n) -> YearMonth.from(rs.getDate("period").toLocalDate())).list();
    }

    private static CurrentUser requireOfficial() {
        CurrentUser me = CallerContext.require();
        if (!me.isOfficial()) {
            throw new AccessDeniedException("only zone officials follow up reporting");
        }
        return me;
    }

    private static Instant instant(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        java.sql.Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
