package io.zonebrain.fashion.internal;

import io.zonebrain.fashion.CategoryPrice;
import io.zonebrain.fashion.Closure;
import io.zonebrain.fashion.Factory;
import io.zonebrain.fashion.FactoryDraft;
import io.zonebrain.fashion.FactoryFilter;
import io.zonebrain.fashion.FactorySummary;
import io.zonebrain.platform.Paged;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for factories, their categories, processes and closures. Filters are constant SQL with bound values. */
@Repository
public class FactoryStore {

    private static final String PROFILE = """
            select id, zone_id, code, name, uscc, enterprise_id, town_code, address, contact_name, contact_phone,
                   workers, minutes_per_day, efficiency, capacity_minutes_per_day, quality_level, min_order_pieces,
                   joined_on, version
            from fashion_factory f
            """;

    private static final String SUMMARY = """
            select f.id, f.code, f.name, f.uscc, f.enterprise_id, f.town_code, f.workers, f.capacity_minutes_per_day,
                   f.quality_level, f.min_order_pieces,
                   array(select c.category_code from fashion_factory_category c where c.factory_id = f.id
                         order by c.category_code) as categories,
                   array(select p.process_code from fashion_factory_process p where p.factory_id = f.id
                         order by p.process_code) as processes
            from fashion_factory f
            """;

    /** Every filter is always present; a null value switches it off, so the statement text never varies. */
    private static final String WHERE = """
            where f.zone_id = :zone
              and (cast(:q as text) is null or f.name ilike :like or f.code ilike :like or f.uscc ilike :like
                   or f.contact_name ilike :like)
              and (cast(:town as text) is null or f.town_code = :town)
              and (cast(:category as text) is null or exists (select 1 from fashion_factory_category c
                   where c.factory_id = f.id and c.category_code = :category))
              and (cast(:process as text) is null or exists (select 1 from fashion_factory_process p
                   where p.factory_id = f.id and p.process_code = :process))
              and (cast(:quality as int) is null or f.quality_level >= :quality)
              and (cast(:minWorkers as int) is null or f.workers >= :minWorkers)
              and (cast(:maxWorkers as int) is null or f.workers <= :maxWorkers)
              and (cast(:minCapacity as numeric) is null or f.capacity_minutes_per_day >= :minCapacity)
              and (cast(:maxCapacity as numeric) is null or f.capacity_minutes_per_day <= :maxCapacity)
            """;

    /** Sort keys a caller may ask for, each mapped to a constant ORDER BY. */
    private static final Map<String, String> SORTS = Map.of(
            "code", "f.code", "name", "f.name", "town", "f.town_code", "workers", "f.workers",
            "capacity", "f.capacity_minutes_per_day", "quality", "f.quality_level");

    private final JdbcClient jdbc;

    FactoryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Paged<FactorySummary> list(long zoneId, FactoryFilter filter) {
        int size = Math.max(1, Math.min(filter.size(), FactoryFilter.MAX_PAGE_SIZE));
        int page = Math.max(0, filter.page());
        Map<String, Object> params = params(zoneId, filter);
        long total = jdbc.sql("select count(*) from fashion_factory f " + WHERE).params(params)
                .query(Long.class).single();
        List<FactorySummary> items = jdbc.sql(SUMMARY + WHERE + orderBy(filter) + " limit :limit offset :offset")
                .params(params).param("limit", size).param("offset", (long) page * size)
                .query(FactoryStore::summary).list();
        return new Paged<>(items, total, page, size);
    }

    /** Every factory the filter selects, in list order, as full profiles (exports). */
    public void forEach(long zoneId, FactoryFilter filter, Consumer<Factory> sink) {
        List<Long> ids = jdbc.sql("select f.id from fashion_factory f " + WHERE + orderBy(filter) + " limit :limit")
                .params(params(zoneId, filter)).param("limit", FactoryFilter.MAX_PAGE_SIZE)
                .query(Long.class).list();
        for (int from = 0; from < ids.size(); from += 1000) {
            List<Long> chunk = ids.subList(from, Math.min(from + 1000, ids.size()));
            Map<Long, Factory> found = findAll(chunk);
            chunk.forEach(id -> sink.accept(found.get(id)));
        }
    }

    private static String orderBy(FactoryFilter filter) {
        String column = SORTS.getOrDefault(filter.sort() == null ? "" : filter.sort(), "f.code");
        return " order by " + column + (filter.desc() ? " desc" : " asc") + ", f.id";
    }

    private static Map<String, Object> params(long zoneId, FactoryFilter f) {
        Map<String, Object> p = new HashMap<>();
        String q = blank(f.q());
        p.put("zone", zoneId);
        p.put("q", q);
        p.put("like", q == null ? null : "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        p.put("town", blank(f.town()));
        p.put("category", blank(f.category()));
        p.put("process", blank(f.process()));
        p.put("quality", f.quality());
        int[] band = band(f.sizeBand());
        p.put("minWorkers", band == null ? null : band[0]);
        p.put("maxWorkers", band == null ? null : band[1]);
        p.put("minCapacity", f.minCapacity());
        p.put("maxCapacity", f.maxCapacity());
        return p;
    }

    /** Workers from/to of a size band, or null for any size. */
    static int[] band(String sizeBand) {
        if (sizeBand == null) {
            return null;
        }
        return switch (sizeBand) {
            case "MICRO" -> new int[] {0, 9};
            case "SMALL" -> new int[] {10, 29};
            case "MEDIUM" -> new int[] {30, 59};
            case "LARGE" -> new int[] {60, 100_000};
            default -> null;
        };
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Optional<Factory> find(long zoneId, long id) {
        return jdbc.sql(PROFILE + " where zone_id = :z and id = :id").param("z", zoneId).param("id", id)
                .query(FactoryStore::bare).optional().map(this::complete);
    }

    public Optional<Factory> findByCode(long zoneId, String code) {
        return jdbc.sql(PROFILE + " where zone_id = :z and code = :c").param("z", zoneId).param("c", code)
                .query(FactoryStore::bare).optional().map(this::complete);
    }

    public Optional<Factory> findByUscc(long zoneId, String uscc) {
        return jdbc.sql(PROFILE + " where zone_id = :z and uscc = :u").param("z", zoneId).param("u", uscc)
                .query(FactoryStore::bare).optional().map(this::complete);
    }

    /** Profiles by id, each complete, in two statements per kind of child row rather than one per factory. */
    public Map<Long, Factory> findAll(Collection<Long> ids) {
        Map<Long, Factory> out = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        List<Factory> bare = jdbc.sql(PROFILE + " where id in (:ids)").param("ids", ids)
                .query(FactoryStore::bare).list();
        Map<Long, List<CategoryPrice>> categories = new HashMap<>();
        jdbc.sql("select factory_id, category_code, price_yuan_per_minute from fashion_factory_category "
                        + "where factory_id in (:ids) order by category_code").param("ids", ids)
                .query(rs -> {
                    categories.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new CategoryPrice(rs.getString(2), rs.getBigDecimal(3)));
                });
        Map<Long, List<String>> processes = new HashMap<>();
        jdbc.sql("select factory_id, process_code from fashion_factory_process where factory_id in (:ids) "
                        + "order by process_code").param("ids", ids)
                .query(rs -> {
                    processes.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        Map<Long, List<Closure>> closures = new HashMap<>();
        jdbc.sql("select factory_id, id, starts_on, ends_on, reason from fashion_factory_closure "
                        + "where factory_id in (:ids) order by starts_on, id").param("ids", ids)
                .query(rs -> {
                    closures.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Closure(rs.getLong(2),
                            rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class), rs.getString(5)));
                });
        for (Factory f : bare) {
            out.put(f.id(), with(f, categories.getOrDefault(f.id(), List.of()),
                    processes.getOrDefault(f.id(), List.of()), closures.getOrDefault(f.id(), List.of())));
        }
        return out;
    }

    private Factory complete(Factory f) {
        return findAll(List.of(f.id())).get(f.id());
    }

    private static Factory with(Factory f, List<CategoryPrice> categories, List<String> processes,
                                List<Closure> closures) {
        return new Factory(f.id(), f.zoneId(), f.code(), f.name(), f.uscc(), f.enterpriseId(), f.townCode(),
                f.address(), f.contactName(), f.contactPhone(), f.workers(), f.minutesPerDay(), f.efficiency(),
                f.capacityMinutesPerDay(), f.qualityLevel(), f.minOrderPieces(), f.joinedOn(), List.copyOf(categories),
                List.copyOf(processes), List.copyOf(closures), f.version());
    }

    private static Factory bare(ResultSet rs, int n) throws SQLException {
        return new Factory(rs.getLong("id"), rs.getLong("zone_id"), rs.getString("code"), rs.getString("name"),
                rs.getString("uscc"), (Long) rs.getObject("enterprise_id"), rs.getString("town_code"),
                rs.getString("address"), rs.getString("contact_name"), rs.getString("contact_phone"),
                rs.getInt("workers"), rs.getInt("minutes_per_day"), rs.getBigDecimal("efficiency"),
                rs.getBigDecimal("capacity_minutes_per_day"), rs.getInt("quality_level"),
                rs.getInt("min_order_pieces"), rs.getObject("joined_on", LocalDate.class), List.of(), List.of(),
                List.of(), rs.getInt("version"));
    }

    private static FactorySummary summary(ResultSet rs, int n) throws SQLException {
        return new FactorySummary(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("uscc"),
                (Long) rs.getObject("enterprise_id"), rs.getString("town_code"), rs.getInt("workers"),
                rs.getBigDecimal("capacity_minutes_per_day"), rs.getInt("quality_level"),
                rs.getInt("min_order_pieces"), strings(rs.getArray("categories")),
                strings(rs.getArray("processes")));
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    /** Inserts a factory with the next code; returns its id. */
    public long insert(long zoneId, FactoryDraft d, Long enterpriseId) {
        long id = jdbc.sql("""
                insert into fashion_factory (zone_id, code, name, uscc, enterprise_id, town_code, address,
                    contact_name, contact_phone, workers, minutes_per_day, efficiency, quality_level,
                    min_order_pieces, joined_on)
                values (:z, 'F' || lpad(nextval('fashion_factory_code_seq')::text, 5, '0'), :name, :uscc, :e, :town,
                    :address, :cn, :cp, :workers, :minutes, :eff, :quality, :minOrder, :joined)
                returning id
                """)
                .param("z", zoneId).params(columns(d, enterpriseId)).query(Long.class).single();
        writeChildren(id, d);
        return id;
    }

    /** Updates when the version still matches; false when someone else saved first. */
    public boolean update(long id, int expectedVersion, FactoryDraft d, Long enterpriseId) {
        int n = jdbc.sql("""
                update fashion_factory set name = :name, uscc = :uscc, enterprise_id = :e, town_code = :town,
                    address = :address, contact_name = :cn, contact_phone = :cp, workers = :workers,
                    minutes_per_day = :minutes, efficiency = :eff, quality_level = :quality,
                    min_order_pieces = :minOrder, joined_on = :joined, version = version + 1, updated_at = now()
                where id = :id and version = :version
                """)
                .params(columns(d, enterpriseId)).param("id", id).param("version", expectedVersion).update();
        if (n == 0) {
            return false;
        }
        jdbc.sql("delete from fashion_factory_category where factory_id = :id").param("id", id).update();
        jdbc.sql("delete from fashion_factory_process where factory_id = :id").param("id", id).update();
        writeChildren(id, d);
        return true;
    }

    private void writeChildren(long id, FactoryDraft d) {
        for (CategoryPrice c : d.categories()) {
            jdbc.sql("insert into fashion_factory_category (factory_id, category_code, price_yuan_per_minute) "
                            + "values (:f, :c, :p)")
                    .param("f", id).param("c", c.category()).param("p", c.yuanPerMinute()).update();
        }
        for (String p : d.processes()) {
            jdbc.sql("insert into fashion_factory_process (factory_id, process_code) values (:f, :p)")
                    .param("f", id).param("p", p).update();
        }
    }

    private static Map<String, Object> columns(FactoryDraft d, Long enterpriseId) {
        Map<String, Object> p = new HashMap<>();
        p.put("name", d.name());
        p.put("uscc", d.uscc());
        p.put("e", enterpriseId);
        p.put("town", d.townCode());
        p.put("address", d.address());
        p.put("cn", d.contactName());
        p.put("cp", d.contactPhone());
        p.put("workers", d.workers());
        p.put("minutes", d.minutesPerDay());
        p.put("eff", d.efficiency());
        p.put("quality", d.qualityLevel());
        p.put("minOrder", d.minOrderPieces() == null ? 0 : d.minOrderPieces());
        p.put("joined", d.joinedOn());
        return p;
    }

    /** Locks the factory's row for the rest of the transaction: closures are checked for overlap under it. */
    public boolean lock(long zoneId, long id) {
        return !jdbc.sql("select id from fashion_factory where zone_id = :z and id = :id for update")
                .param("z", zoneId).param("id", id).query(Long.class).list().isEmpty();
    }

    public long addClosure(long factoryId, LocalDate from, LocalDate to, String reason) {
        return jdbc.sql("insert into fashion_factory_closure (factory_id, starts_on, ends_on, reason) "
                        + "values (:f, :s, :e, :r) returning id")
                .param("f", factoryId).param("s", from).param("e", to).param("r", reason)
                .query(Long.class).single();
    }

    public boolean deleteClosure(long factoryId, long closureId) {
        return jdbc.sql("delete from fashion_factory_closure where factory_id = :f and id = :id")
                .param("f", factoryId).param("id", closureId).update() == 1;
    }

    /** A change of the calendar counts as an edit of the profile: other editors' versions go stale. */
    public void touch(long id) {
        jdbc.sql("update fashion_factory set version = version + 1, updated_at = now() where id = :id")
                .param("id", id).update();
    }

    /** Every factory's id, code and USCC in the zone, for an import to match its rows in one read. */
    public List<Key> keys(long zoneId) {
        return jdbc.sql("select id, code, uscc, version from fashion_factory where zone_id = :z").param("z", zoneId)
                .query(Key.class).list();
    }

    public record Key(long id, String code, String uscc, int version) {
    }

    /** The enterprise of the registry with this USCC, read through the registry's published view. */
    public Optional<Long> registryEnterprise(long zoneId, String uscc) {
        if (uscc == null) {
            return Optional.empty();
        }
        return jdbc.sql("select enterprise_id from enterprise_published_dimensions where zone_id = :z and uscc = :u")
                .param("z", zoneId).param("u", uscc).query(Long.class).optional();
    }
}
