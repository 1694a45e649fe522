package io.zonebrain.fashion.internal.calendar;

import io.zonebrain.fashion.CalendarDay;
import io.zonebrain.fashion.CalendarDayDraft;
import io.zonebrain.fashion.ClusterCalendar;
import io.zonebrain.fashion.DayKind;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The fashion_calendar_day table, and the calendar capacity reads from it (built-in rule for unentered years). */
@Repository
public class CalendarStore {

    private static final String COLUMNS = "id, day, kind, name, updated_by, updated_at, version";

    private final JdbcClient jdbc;

    CalendarStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The calendar covering {@code from} to {@code to}, whole years: each year with at least one row of the zone is
     * the operator's, the others take the built-in holidays.
     */
    public ClusterCalendar calendar(long zoneId, LocalDate from, LocalDate to) {
        Map<LocalDate, DayKind> days = new HashMap<>();
        Set<Integer> entered = new HashSet<>();
        jdbc.sql("""
                select day, kind from fashion_calendar_day
                where zone_id = :z and day between :from and :to
                """).param("z", zoneId).param("from", LocalDate.of(from.getYear(), 1, 1))
                .param("to", LocalDate.of(to.getYear(), 12, 31)).query(rs -> {
                    LocalDate day = rs.getObject(1, LocalDate.class);
                    days.put(day, DayKind.valueOf(rs.getString(2)));
                    entered.add(day.getYear());
                });
        Set<Integer> defaults = new HashSet<>();
        for (int y = from.getYear(); y <= to.getYear(); y++) {
            if (!entered.contains(y)) {
                defaults.add(y);
                BuiltInHolidays.of(y).keySet().forEach(d -> days.put(d, DayKind.HOLIDAY));
            }
        }
        return new ClusterCalendar(days, defaults);
    }

    public List<CalendarDay> year(long zoneId, int year) {
        return jdbc.sql("select " + COLUMNS + " from fashion_calendar_day where zone_id = :z"
                        + " and day between :from and :to order by day")
                .param("z", zoneId).param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year, 12, 31))
                .query(CalendarDay.class).list();
    }

    public Optional<CalendarDay> find(long zoneId, LocalDate day) {
        return jdbc.sql("select " + COLUMNS + " from fashion_calendar_day where zone_id = :z and day = :d")
                .param("z", zoneId).param("d", day).query(CalendarDay.class).optional();
    }

    /** Adds a day; false when the zone already has an entry for it (the caller then updates it instead). */
    public boolean insert(long zoneId, CalendarDayDraft d, String by) {
        return jdbc.sql("""
                insert into fashion_calendar_day (zone_id, day, kind, name, updated_by)
                values (:z, :d, :k, :n, :by) on conflict (zone_id, day) do nothing
                """).param("z", zoneId).param("d", d.day()).param("k", d.kind().name()).param("n", d.name())
                .param("by", by).update() == 1;
    }

    /** Changes a day if nobody has since {@code version}; false means someone else changed or removed it. */
    public boolean update(long zoneId, CalendarDayDraft d, int version, String by) {
        return jdbc.sql("""
                update fashion_calendar_day set kind = :k, name = :n, updated_by = :by, updated_at = now(),
                       version = version + 1
                where zone_id = :z and day = :d and version = :v
                """).param("z", zoneId).param("d", d.day()).param("k", d.kind().name()).param("n", d.name())
                .param("by", by).param("v", version).update() == 1;
    }

    public boolean delete(long zoneId, LocalDate day, int version) {
        return jdbc.sql("delete from fashion_calendar_day where zone_id = :z and day = :d and version = :v")
                .param("z", zoneId).param("d", day).param("v", version).update() == 1;
    }

    /** Replaces the year's rows with these (the caller holds the transaction); returns how many were removed. */
    public int replaceYear(long zoneId, int year, List<CalendarDayDraft> days, String by) {
        int removed = jdbc.sql("delete from fashion_calendar_day where zone_id = :z and day between :from and :to")
                .param("z", zoneId).param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year, 12, 31))
                .update();
        for (CalendarDayDraft d : days) {
            insert(zoneId, d, by);
        }
        return removed;
    }

    /** Serialises the year's changes of one zone (two imports, or an import and a form, at once). */
    public void lockZone(long zoneId) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:k, 0))").param("k", "fashion_calendar:" + zoneId)
                .query().singleRow();
    }

    /** The built-in seed for a new zone (the same SQL function the migration ran for existing zones). */
    public void seed(long zoneId) {
        jdbc.sql("select fashion_seed_calendar(:z)").param("z", zoneId).query().singleRow();
    }
}
