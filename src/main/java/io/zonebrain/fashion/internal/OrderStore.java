package io.zonebrain.fashion.internal;

import io.zonebrain.fashion.FactoryRef;
import io.zonebrain.fashion.GarmentOrder;
import io.zonebrain.fashion.OrderDraft;
import io.zonebrain.fashion.OrderFilter;
import io.zonebrain.fashion.OrderStatus;
import io.zonebrain.fashion.OrderSummary;
import io.zonebrain.fashion.Placeability;
import io.zonebrain.platform.Paged;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for orders, their required processes and factory preferences. */
@Repository
public class OrderStore {

    private static final String SELECT = """
            select o.id, o.zone_id, o.brand_id, b.code as brand_code, b.name as brand_name, s.code as season_code,
                   o.code, o.brand_ref, o.style, o.category_code, o.sam_minutes, o.quantity, o.due_on, o.quality_level,
                   o.target_price_yuan, o.may_split, o.smallest_lot, o.status, o.note, o.posted_at, o.version
            from fashion_order o
            join fashion_brand b on b.id = o.brand_id
            left join fashion_season s on s.id = o.season_id
            """;

    private static final String SUMMARY = """
            select o.id, o.code, b.code as brand_code, b.name as brand_name, s.code as season_code, o.style,
                   o.category_code, o.sam_minutes, o.quantity, o.due_on, o.quality_level, o.target_price_yuan,
                   o.status,
                   coalesce((select sum(l.quantity) from fashion_lot l where l.order_id = o.id
                             and l.status <> 'DECLINED'), 0) as placed_quantity,
                   coalesce((select sum(l.quantity) from fashion_lot l where l.order_id = o.id
                             and l.status = 'SHIPPED'), 0) as shipped_quantity
            from fashion_order o
            join fashion_brand b on b.id = o.brand_id
            left join fashion_season s on s.id = o.season_id
            """;

    /** Constant text; null values switch filters off. {@code :scopeBrand} is a brand login's own brand. */
    private static final String WHERE = """
            where o.zone_id = :zone
              and (cast(:scopeBrand as bigint) is null or o.brand_id = :scopeBrand)
              and (cast(:q as text) is null or o.code ilike :like or o.style ilike :like or o.brand_ref ilike :like
                   or b.name ilike :like)
              and (cast(:brand as text) is null or b.code = :brand)
              and (cast(:season as text) is null or s.code = :season)
              and (cast(:category as text) is null or o.category_code = :category)
              and (cast(:status as text) is null or o.status = :status)
              and (cast(:dueFrom as date) is null or o.due_on >= :dueFrom)
              and (cast(:dueTo as date) is null or o.due_on <= :dueTo)
            """;

    private static final Map<String, String> SORTS = Map.of("code", "o.code", "due", "o.due_on",
            "quantity", "o.quantity", "brand", "b.code", "category", "o.category_code", "status", "o.status");

    private final JdbcClient jdbc;

    OrderStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Paged<OrderSummary> list(long zoneId, Long scopeBrand, OrderFilter filter) {
        int size = Math.max(1, Math.min(filter.size(), OrderFilter.MAX_PAGE_SIZE));
        int page = Math.max(0, filter.page());
        Map<String, Object> params = params(zoneId, scopeBrand, filter);
        long total = jdbc.sql("select count(*) from fashion_order o join fashion_brand b on b.id = o.brand_id "
                        + "left join fashion_season s on s.id = o.season_id " + WHERE)
                .params(params).query(Long.class).single();
        List<OrderSummary> items = jdbc.sql(SUMMARY + WHERE + orderBy(filter) + " limit :limit offset :offset")
                .params(params).param("limit", size).param("offset", (long) page * size)
                .query(OrderSummary.class).list();
        return new Paged<>(items, total, page, size);
    }

    /** Every order the filter selects, complete, in list order (exports). */
    public void forEach(long zoneId, Long scopeBrand, OrderFilter filter, Consumer<GarmentOrder> sink) {
        List<Long> ids = jdbc.sql("select o.id from fashion_order o join fashion_brand b on b.id = o.brand_id "
                        + "left join fashion_season s on s.id = o.season_id " + WHERE + orderBy(filter)
                        + " limit :limit")
                .params(params(zoneId, scopeBrand, filter)).param("limit", OrderFilter.MAX_PAGE_SIZE)
                .query(Long.class).list();
        for (int from = 0; from < ids.size(); from += 1000) {
            List<Long> chunk = ids.subList(from, Math.min(from + 1000, ids.size()));
            Map<Long, GarmentOrder> found = findAll(chunk);
            chunk.forEach(id -> sink.accept(found.get(id)));
        }
    }

    private static String orderBy(OrderFilter filter) {
        String column = SORTS.getOrDefault(filter.sort() == null ? "" : filter.sort(), "o.code");
        return " order by " + column + (filter.desc() ? " desc" : " asc") + ", o.id";
    }

    private static Map<String, Object> params(long zoneId, Long scopeBrand, OrderFilter f) {
        Map<String, Object> p = new HashMap<>();
        String q = blank(f.q());
        p.put("zone", zoneId);
        p.put("scopeBrand", scopeBrand);
        p.put("q", q);
        p.put("like", q == null ? null : "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        p.put("brand", blank(f.brand()));
        p.put("season", blank(f.season()));
        p.put("category", blank(f.category()));
        p.put("status", f.status() == null ? null : f.status().name());
        p.put("dueFrom", f.dueFrom());
        p.put("dueTo", f.dueTo());
        return p;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Optional<GarmentOrder> find(long zoneId, long id) {
        return jdbc.sql(SELECT + " where o.zone_id = :z and o.id = :id").param("z", zoneId).param("id", id)
                .query(OrderStore::bare).optional().map(o -> findAll(List.of(o.id())).get(o.id()));
    }

    public Optional<GarmentOrder> findByCode(long zoneId, String code) {
        return jdbc.sql(SELECT + " where o.zone_id = :z and o.code = :c").param("z", zoneId).param("c", code)
                .query(OrderStore::bare).optional().map(o -> findAll(List.of(o.id())).get(o.id()));
    }

    public Optional<GarmentOrder> findByBrandRef(long brandId, String brandRef) {
        return jdbc.sql(SELECT + " where o.brand_id = :b and o.brand_ref = :r").param("b", brandId)
                .param("r", brandRef).query(OrderStore::bare).optional()
                .map(o -> findAll(List.of(o.id())).get(o.id()));
    }

    public Map<Long, GarmentOrder> findAll(List<Long> ids) {
        Map<Long, GarmentOrder> out = new java.util.LinkedHashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        List<GarmentOrder> bare = jdbc.sql(SELECT + " where o.id in (:ids)").param("ids", ids)
                .query(OrderStore::bare).list();
        Map<Long, List<String>> processes = new HashMap<>();
        jdbc.sql("select order_id, process_code from fashion_order_process where order_id in (:ids) "
                        + "order by process_code").param("ids", ids)
                .query(rs -> {
                    processes.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        Map<Long, List<FactoryRef>> preferred = new HashMap<>();
        Map<Long, List<FactoryRef>> blocked = new HashMap<>();
        jdbc.sql("""
                        select p.order_id, p.preference, f.id, f.code, f.name from fashion_order_factory p
                        join fashion_factory f on f.id = p.factory_id where p.order_id in (:ids) order by f.code
                        """).param("ids", ids)
                .query(rs -> {
                    var target = "PREFERRED".equals(rs.getString(2)) ? preferred : blocked;
                    target.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new FactoryRef(rs.getLong(3), rs.getString(4), rs.getString(5)));
                });
        for (GarmentOrder o : bare) {
            out.put(o.id(), new GarmentOrder(o.id(), o.zoneId(), o.brandId(), o.brandCode(), o.brandName(),
                    o.seasonCode(), o.code(), o.brandRef(), o.style(), o.categoryCode(), o.samMinutes(),
                    o.quantity(), o.dueOn(), o.qualityLevel(), o.targetPriceYuan(), o.maySplit(), o.smallestLot(),
                    o.status(), o.note(), List.copyOf(processes.getOrDefault(o.id(), List.of())),
                    List.copyOf(preferred.getOrDefault(o.id(), List.of())),
                    List.copyOf(blocked.getOrDefault(o.id(), List.of())), o.postedAt(), o.version()));
        }
        return out;
    }

    private static GarmentOrder bare(ResultSet rs, int n) throws SQLException {
        return new GarmentOrder(rs.getLong("id"), rs.getLong("zone_id"), rs.getLong("brand_id"),
                rs.getString("brand_code"), rs.getString("brand_name"), rs.getString("season_code"),
                rs.getString("code"), rs.getString("brand_ref"), rs.getString("style"), rs.getString("category_code"),
                rs.getBigDecimal("sam_minutes"), rs.getInt("quantity"), rs.getObject("due_on", LocalDate.class),
                rs.getInt("quality_level"), rs.getBigDecimal("target_price_yuan"), rs.getBoolean("may_split"),
                (Integer) rs.getObject("smallest_lot"), OrderStatus.valueOf(rs.getString("status")),
                rs.getString("note"), List.of(), List.of(), List.of(),
                rs.getObject("posted_at", OffsetDateTime.class), rs.getInt("version"));
    }

    public long insert(long zoneId, long brandId, long seasonId, OrderDraft d, Map<String, Long> factoryIds) {
        long id = jdbc.sql("""
                insert into fashion_order (zone_id, brand_id, season_id, code, brand_ref, style, category_code,
                    sam_minutes, quantity, due_on, quality_level, target_price_yuan, may_split, smallest_lot, note)
                values (:z, :b, :s, 'FO' || lpad(nextval('fashion_order_code_seq')::text, 6, '0'), :ref, :style,
                    :cat, :sam, :qty, :due, :quality, :price, :split, :smallest, :note)
                returning id
                """)
                .param("z", zoneId).param("b", brandId).param("s", seasonId).params(columns(d))
                .query(Long.class).single();
        writeChildren(id, d, factoryIds);
        return id;
    }

    public boolean update(long id, int version, long seasonId, OrderDraft d, Map<String, Long> factoryIds) {
        int n = jdbc.sql("""
                update fashion_order set season_id = :s, brand_ref = :ref, style = :style, category_code = :cat,
                    sam_minutes = :sam, quantity = :qty, due_on = :due, quality_level = :quality,
                    target_price_yuan = :price, may_split = :split, smallest_lot = :smallest, note = :note,
                    version = version + 1, updated_at = now()
                where id = :id and version = :v
                """)
                .param("s", seasonId).params(columns(d)).param("id", id).param("v", version).update();
        if (n == 0) {
            return false;
        }
        jdbc.sql("delete from fashion_order_process where order_id = :id").param("id", id).update();
        jdbc.sql("delete from fashion_order_factory where order_id = :id").param("id", id).update();
        writeChildren(id, d, factoryIds);
        return true;
    }

    /** Replaces only the preferred and blocked factories (allowed while lots exist, for the next allocation). */
    public boolean updatePreferences(long id, int version, OrderDraft d, Map<String, Long> factoryIds) {
        int n = jdbc.sql("update fashion_order set version = version + 1, updated_at = now() "
                        + "where id = :id and version = :v").param("id", id).param("v", version).update();
        if (n == 0) {
            return false;
        }
        jdbc.sql("delete from fashion_order_factory where order_id = :id").param("id", id).update();
        writePreferences(id, d, factoryIds);
        return true;
    }

    private void writeChildren(long id, OrderDraft d, Map<String, Long> factoryIds) {
        for (String p : d.processes()) {
            jdbc.sql("insert into fashion_order_process (order_id, process_code) values (:o, :p)")
                    .param("o", id).param("p", p).update();
        }
        writePreferences(id, d, factoryIds);
    }

    private void writePreferences(long id, OrderDraft d, Map<String, Long> factoryIds) {
        for (String code : d.preferredFactories()) {
            preference(id, factoryIds.get(code), "PREFERRED");
        }
        for (String code : d.blockedFactories()) {
            preference(id, factoryIds.get(code), "BLOCKED");
        }
    }

    private void preference(long orderId, long factoryId, String kind) {
        jdbc.sql("insert into fashion_order_factory (order_id, factory_id, preference) values (:o, :f, :k) "
                        + "on conflict do nothing")
                .param("o", orderId).param("f", factoryId).param("k", kind).update();
    }

    private static Map<String, Object> columns(OrderDraft d) {
        Map<String, Object> p = new HashMap<>();
        p.put("ref", d.brandRef());
        p.put("style", d.style());
        p.put("cat", d.categoryCode());
        p.put("sam", d.samMinutes());
        p.put("qty", d.quantity());
        p.put("due", d.dueOn());
        p.put("quality", d.qualityLevel());
        p.put("price", d.targetPriceYuan());
        p.put("split", d.maySplit());
        p.put("smallest", d.smallestLot());
        p.put("note", d.note());
        return p;
    }

    /** Locks the order's row: lots of one order are proposed and their status derived one writer at a time. */
    public void lock(long id) {
        jdbc.sql("select id from fashion_order where id = :id for update").param("id", id).query(Long.class).list();
    }

    public void status(long id, OrderStatus status) {
        jdbc.sql("update fashion_order set status = :s, updated_at = now() where id = :id and status <> :s")
                .param("s", status.name()).param("id", id).update();
    }

    public void bumpVersion(long id) {
        jdbc.sql("update fashion_order set version = version + 1, updated_at = now() where id = :id")
                .param("id", id).update();
    }

    /** Every order's id, code, brand, brand reference, status and version in the zone, for imports to match. */
    public List<Key> keys(long zoneId) {
        return jdbc.sql("select id, code, brand_id, brand_ref, status, version from fashion_order where zone_id = :z")
                .param("z", zoneId).query(Key.class).list();
    }

    public record Key(long id, String code, long brandId, String brandRef, String status, int version) {
    }

    /** Factory ids by code, for the codes of this zone that exist. */
    public Map<String, Long> factoryIds(long zoneId, List<String> codes) {
        Map<String, Long> ids = new HashMap<>();
        if (codes.isEmpty()) {
            return ids;
        }
        jdbc.sql("select code, id from fashion_factory where zone_id = :z and code in (:codes)")
                .param("z", zoneId).param("codes", codes)
                .query(rs -> {
                    ids.put(rs.getString(1), rs.getLong(2));
                });
        return ids;
    }

    /**
     * Counts factories rule by rule, as {@link Placeability} explains. Processes are matched by counting how many of
     * the required ones a factory has, so the statement stays constant whatever the list.
     */
    public Placeability placeability(long zoneId, GarmentOrder o) {
        List<String> processes = o.processes().isEmpty() ? List.of("-") : o.processes();
        int required = o.processes().size();
        return jdbc.sql("""
                with capable as (
                    select f.id, f.quality_level, f.capacity_minutes_per_day, f.min_order_pieces,
                           (select count(*) from fashion_factory_process p
                            where p.factory_id = f.id and p.process_code in (:processes)) = :required as has_processes,
                           exists (select 1 from fashion_order_factory x where x.order_id = :order
                                   and x.factory_id = f.id and x.preference = 'BLOCKED') as blocked
                    from fashion_factory f
                    join fashion_factory_category c on c.factory_id = f.id and c.category_code = :category
                    where f.zone_id = :zone)
                select count(*) as with_category,
                       count(*) filter (where has_processes) as with_processes,
                       count(*) filter (where has_processes and quality_level >= :quality) as with_quality,
                       count(*) filter (where has_processes and quality_level >= :quality
                                        and capacity_minutes_per_day > 0) as with_capacity,
                       count(*) filter (where has_processes and quality_level >= :quality
                                        and capacity_minutes_per_day > 0 and min_order_pieces <= :quantity)
                           as with_minimum_order,
                       count(*) filter (where has_processes and quality_level >= :quality
                                        and capacity_minutes_per_day > 0 and min_order_pieces <= :quantity
                                        and not blocked) as not_blocked
                from capable
                """)
                .param("processes", processes).param("required", required).param("order", o.id())
                .param("category", o.categoryCode()).param("zone", zoneId).param("quality", o.qualityLevel())
                .param("quantity", o.quantity())
                .query(Placeability.class).single();
    }
}
