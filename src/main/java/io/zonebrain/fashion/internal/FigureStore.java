package io.zonebrain.fashion.internal;

import io.zonebrain.fashion.ClusterDashboard.Band;
import io.zonebrain.fashion.ClusterDashboard.OrderBook;
import io.zonebrain.fashion.ClusterDashboard.Participants;
import io.zonebrain.fashion.ClusterDashboard.SeasonFigures;
import io.zonebrain.fashion.ClusterDashboard.Slice;
import io.zonebrain.fashion.ClusterCalendar;
import io.zonebrain.fashion.Season;
import io.zonebrain.fashion.internal.calendar.CalendarStore;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The dashboard's SQL: each figure one statement over the zone's fashion tables. */
@Repository
public class FigureStore {

    /**
     * Each factory's capacity over a season: minutes per day × the season's working days in the cluster's calendar
     * (:days, the same calendar allocation rounds count), less the working days inside its closures. The working
     * days come in as one bound text of dates (:workdays), so the calendar's rule lives in Java only.
     */
    private static final String SEASON_CAPACITY = """
            with workdays as (select unnest(cast(string_to_array(:workdays, ',') as date[])) as day),
            f as (
                select f.id, f.town_code, f.workers, f.capacity_minutes_per_day as per_day,
                       f.capacity_minutes_per_day * greatest(0, :days - coalesce((
                           select count(*)
                           from fashion_factory_closure c join workdays w on w.day between c.starts_on and c.ends_on
                           where c.factory_id = f.id and c.starts_on <= :end and c.ends_on >= :start), 0))
                           as season_capacity
                from fashion_factory f where f.zone_id = :zone),
            booked as (
                select l.factory_id, o.category_code, sum(l.quantity * o.sam_minutes) as minutes
                from fashion_lot l join fashion_order o on o.id = l.order_id
                join fashion_season s on s.id = o.season_id
                where o.zone_id = :zone and s.code = :season and l.status <> 'DECLINED'
                group by l.factory_id, o.category_code)
            """;

    private final JdbcClient jdbc;

    private final CalendarStore calendars;

    FigureStore(JdbcClient jdbc, CalendarStore calendars) {
        this.jdbc = jdbc;
        this.calendars = calendars;
    }

    public Participants participants(long zoneId) {
        return jdbc.sql("""
                select count(*) as factories, count(enterprise_id) as in_registry,
                       count(*) filter (where uscc like '92%') as individual,
                       count(*) filter (where capacity_minutes_per_day > 0) as allocatable,
                       (select count(*) from fashion_brand b where b.zone_id = :zone) as brands,
                       coalesce(sum(workers), 0) as workers,
                       coalesce(sum(capacity_minutes_per_day), 0) as capacity_per_day
                from fashion_factory where zone_id = :zone
                """).param("zone", zoneId).query(Participants.class).single();
    }

    public OrderBook orderBook(long zoneId, Season season) {
        return jdbc.sql(SEASON_CAPACITY + """
                select :season as season,
                       count(*) as orders, coalesce(sum(o.quantity), 0) as pieces,
                       coalesce(sum(o.quantity * o.sam_minutes), 0) as minutes,
                       count(*) filter (where o.status = 'OPEN') as open_orders,
                       (select coalesce(sum(season_capacity), 0) from f) as season_capacity
                from fashion_order o join fashion_season s on s.id = o.season_id
                where o.zone_id = :zone and s.code = :season and o.status <> 'CANCELLED'
                """).params(window(zoneId, season)).query(OrderBook.class).single();
    }

    public SeasonFigures season(long zoneId, Season season) {
        return jdbc.sql("""
                select :season as season,
                       coalesce(sum(l.quantity * l.unit_price_yuan), 0) as output_yuan,
                       count(*) as shipped_lots,
                       count(*) filter (where l.shipped_on <= o.due_on) as on_time_lots,
                       (select avg(r.score) from fashion_quality_rating r join fashion_lot x on x.id = r.lot_id
                        join fashion_order y on y.id = x.order_id join fashion_season z on z.id = y.season_id
                        where y.zone_id = :zone and z.code = :season) as average_score,
                       count(distinct l.factory_id) as participants
                from fashion_lot l join fashion_order o on o.id = l.order_id
                join fashion_season s on s.id = o.season_id
                where o.zone_id = :zone and s.code = :season and l.status = 'SHIPPED'
                """).param("zone", zoneId).param("season", season.code()).query(SeasonFigures.class).single();
    }

    public List<Slice> byTown(long zoneId, Season season) {
        return jdbc.sql(SEASON_CAPACITY + """
                select f.town_code as code, count(*) as factories, sum(f.workers) as workers,
                       sum(f.per_day) as capacity_per_day, sum(f.season_capacity) as season_capacity,
                       coalesce(sum((select sum(b.minutes) from booked b where b.factory_id = f.id)), 0)
                           as booked_minutes
                from f group by f.town_code order by sum(f.per_day) desc
                """).params(window(zoneId, season)).query(Slice.class).list();
    }

    public List<Slice> byCategory(long zoneId, Season season) {
        return jdbc.sql(SEASON_CAPACITY + """
                select c.category_code as code, count(*) as factories, sum(f.workers) as workers,
                       sum(f.per_day) as capacity_per_day, sum(f.season_capacity) as season_capacity,
                       coalesce((select sum(b.minutes) from booked b where b.category_code = c.category_code), 0)
                           as booked_minutes
                from f join fashion_factory_category c on c.factory_id = f.id
                group by c.category_code order by sum(f.per_day) desc
                """).params(window(zoneId, season)).query(Slice.class).list();
    }

    public List<Band> sizeBands(long zoneId) {
        return jdbc.sql("""
                select case when workers < 10 then 'MICRO' when workers < 30 then 'SMALL'
                            when workers < 60 then 'MEDIUM' else 'LARGE' end as band, count(*) as factories
                from fashion_factory where zone_id = :zone group by 1
                order by min(workers)
                """).param("zone", zoneId).query(Band.class).list();
    }

    private Map<String, Object> window(long zoneId, Season season) {
        ClusterCalendar calendar = calendars.calendar(zoneId, season.startsOn(), season.endsOn());
        StringJoiner workdays = new StringJoiner(",");
        int days = 0;
        for (LocalDate d = season.startsOn(); !d.isAfter(season.endsOn()); d = d.plusDays(1)) {
            if (calendar.works(d)) {
                workdays.add(d.toString());
                days++;
            }
        }
        return Map.of("zone", zoneId, "season", season.code(), "start", season.startsOn(), "end", season.endsOn(),
                "days", BigDecimal.valueOf(days), "workdays", workdays.toString());
    }
}
