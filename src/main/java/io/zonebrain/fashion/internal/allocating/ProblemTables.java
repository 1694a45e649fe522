package io.zonebrain.fashion.internal.allocating;

import io.zonebrain.fashion.ClusterCalendar;
import io.zonebrain.fashion.internal.calendar.CalendarStore;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads what an allocation round needs from the fashion tables in a handful of set-based queries (the demo has 7,600
 * factories: one query per factory would take longer than the solve).
 */
@Repository
public class ProblemTables implements ProblemSource {

    private final JdbcClient jdbc;
    private final CalendarStore calendars;

    ProblemTables(JdbcClient jdbc, CalendarStore calendars) {
        this.jdbc = jdbc;
        this.calendars = calendars;
    }

    /** A factory with what placement looks at; capacity is standard minutes per working day. */
    public record FactoryRow(long id, String code, String name, String town, int workers, double capacityPerDay,
                             int quality, int minOrder, Map<String, BigDecimal> pricePerMinute, Set<String> processes,
                             List<LocalDate[]> closures) {
    }

    public record OrderRow(long id, String code, long brandId, String category, BigDecimal sam, int quantity,
                           LocalDate due, int quality, boolean maySplit, Integer smallestLot, String status,
                           Set<String> processes, Set<Long> preferred, Set<Long> blocked) {
    }

    /** An active lot already in fashion_lot, with the milestones reached. */
    public record LotRow(long id, long orderId, long factoryId, int quantity, BigDecimal sam, String status,
                         LocalDate plannedStart, LocalDate plannedFinish, LocalDate due, Set<String> steps) {
    }

    public record HistoryRow(long brandId, long factoryId, int goodDeliveries) {
    }

    /** Allocatable factories (capacity above zero), of one town when {@code town} is given. */
    @Override
    public List<FactoryRow> factories(long zoneId, String town) {
        Map<Long, Set<String>> processes = new HashMap<>();
        jdbc.sql("""
                select p.factory_id, p.process_code from fashion_factory_process p
                join fashion_factory f on f.id = p.factory_id where f.zone_id = :z
                """).param("z", zoneId).query(rs -> {
                    processes.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getString(2));
                });
        Map<Long, Map<String, BigDecimal>> prices = new HashMap<>();
        jdbc.sql("""
                select c.factory_id, c.category_code, c.price_yuan_per_minute from fashion_factory_category c
                join fashion_factory f on f.id = c.factory_id where f.zone_id = :z
                """).param("z", zoneId).query(rs -> {
                    prices.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getString(2),
                            rs.getBigDecimal(3));
                });
        Map<Long, List<LocalDate[]>> closures = new HashMap<>();
        jdbc.sql("""
                select c.factory_id, c.starts_on, c.ends_on from fashion_factory_closure c
                join fashion_factory f on f.id = c.factory_id where f.zone_id = :z
                """).param("z", zoneId).query(rs -> {
                    closures.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new LocalDate[] {
                            rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class)});
                });
        return jdbc.sql("""
                select id, code, name, town_code, workers, capacity_minutes_per_day, quality_level, min_order_pieces
                from fashion_factory
                where zone_id = :z and capacity_minutes_per_day > 0
                  and (cast(:town as text) is null or town_code = :town)
                order by id
                """).param("z", zoneId).param("town", town)
                .query((rs, n) -> new FactoryRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5), rs.getDouble(6), rs.getInt(7), rs.getInt(8),
                        prices.getOrDefault(rs.getLong(1), Map.of()), processes.getOrDefault(rs.getLong(1), Set.of()),
                        closures.getOrDefault(rs.getLong(1), List.of())))
                .list();
    }

    /** Orders of the season that still have work to place or lots in progress (OPEN, PLACED, IN_PRODUCTION). */
    @Override
    public List<OrderRow> orders(long zoneId, String season, String category, Long brandId) {
        return jdbc.sql("""
                select o.id, o.code, o.brand_id, o.category_code, o.sam_minutes, o.quantity, o.due_on,
                       o.quality_level, o.may_split, o.smallest_lot, o.status,
                       array(select p.process_code from fashion_order_process p where p.order_id = o.id) as processes,
                       array(select f.factory_id from fashion_order_factory f
                             where f.order_id = o.id and f.preference = 'PREFERRED') as preferred,
                       array(select f.factory_id from fashion_order_factory f
                             where f.order_id = o.id and f.preference = 'BLOCKED') as blocked
                from fashion_order o
                join fashion_season s on s.id = o.season_id
                where o.zone_id = :z and s.code = :season and o.status in ('OPEN', 'PLACED', 'IN_PRODUCTION')
                  and (cast(:category as text) is null or o.category_code = :category)
                  and (cast(:brand as bigint) is null or o.brand_id = :brand)
                order by o.id
                """).param("z", zoneId).param("season", season).param("category", category).param("brand", brandId)
                .query((rs, n) -> new OrderRow(rs.getLong("id"), rs.getString("code"), rs.getLong("brand_id"),
                        rs.getString("category_code"), rs.getBigDecimal("sam_minutes"), rs.getInt("quantity"),
                        rs.getObject("due_on", LocalDate.class), rs.getInt("quality_level"),
                        rs.getBoolean("may_split"), (Integer) rs.getObject("smallest_lot"), rs.getString("status"),
                        strings(rs.getArray("processes")), longs(rs.getArray("preferred")),
                        longs(rs.getArray("blocked"))))
                .list();
    }

    /** Active lots (proposed, confirmed, in production) of the season's orders, with their milestones. */
    @Override
    public List<LotRow> activeLots(long zoneId, String season) {
        return jdbc.sql("""
                select l.id, l.order_id, l.factory_id, l.quantity, o.sam_minutes, l.status, l.planned_start_on,
                       l.planned_finish_on, o.due_on,
                       array(select m.step from fashion_milestone m where m.lot_id = l.id) as steps
                from fashion_lot l
                join fashion_order o on o.id = l.order_id
                join fashion_season s on s.id = o.season_id
                where l.zone_id = :z and s.code = :season and l.status in ('PROPOSED', 'CONFIRMED', 'IN_PRODUCTION')
                order by l.id
                """).param("z", zoneId).param("season", season)
                .query((rs, n) -> new LotRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getInt(4),
                        rs.getBigDecimal(5), rs.getString(6), rs.getObject(7, LocalDate.class),
                        rs.getObject(8, LocalDate.class), rs.getObject(9, LocalDate.class),
                        strings(rs.getArray(10))))
                .list();
    }

    /**
     * Good deliveries per brand and factory in seasons before this one: shipped by the due date and, when rated,
     * rated 4 or 5 (a lot nobody rated counts as good: most small brands never rate).
     */
    @Override
    public List<HistoryRow> history(long zoneId, LocalDate seasonStart) {
        return jdbc.sql("""
                select o.brand_id, l.factory_id, count(*)::int
                from fashion_lot l
                join fashion_order o on o.id = l.order_id
                left join fashion_quality_rating r on r.lot_id = l.id
                where l.zone_id = :z and l.status = 'SHIPPED' and l.shipped_on <= o.due_on and o.due_on < :start
                  and (r.score is null or r.score >= 4)
                group by o.brand_id, l.factory_id
                """).param("z", zoneId).param("start", seasonStart)
                .query((rs, n) -> new HistoryRow(rs.getLong(1), rs.getLong(2), rs.getInt(3))).list();
    }

    @Override
    public ClusterCalendar calendar(long zoneId, LocalDate from, LocalDate to) {
        return calendars.calendar(zoneId, from, to);
    }

    private static Set<String> strings(Array array) throws SQLException {
        return array == null ? Set.of() : new HashSet<>(Arrays.asList((String[]) array.getArray()));
    }

    private static Set<Long> longs(Array array) throws SQLException {
        if (array == null) {
            return Set.of();
        }
        Set<Long> out = new HashSet<>();
        for (Object o : (Object[]) array.getArray()) {
            out.add(((Number) o).longValue());
        }
        return out;
    }

}
