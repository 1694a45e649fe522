package io.zonebrain.land.internal;

import io.zonebrain.land.EnterpriseRef;
import io.zonebrain.land.Lease;
import io.zonebrain.land.Parcel;
import io.zonebrain.land.ParcelFilter;
import io.zonebrain.land.ParcelSummary;
import io.zonebrain.platform.DataScope;
import io.zonebrain.platform.Paged;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for {@code land_parcel} and the leases read with it. Every read goes through the caller's {@link ParcelScope};
 * the rows come back whole and the service hides what a lessee-only enterprise may not see.
 */
@Repository
public class ParcelStore {

    private static final String PARCEL_COLUMNS = "p.id, p.zone_id, p.parcel_code, p.name, p.location, p.land_use, "
            + "p.area_mu, p.owner_enterprise_id, o.uscc as owner_uscc, o.name as owner_name, p.version";
    private static final String OWNER_JOIN =
            " left join enterprise_published_dimensions o on o.enterprise_id = p.owner_enterprise_id";
    private static final Pattern USCC_FRAGMENT = Pattern.compile("[0-9A-Za-z]{2,18}");

    private final JdbcClient jdbc;

    public ParcelStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Paged<ParcelSummary> list(DataScope dataScope, ParcelFilter f, LocalDate today) {
        ParcelScope scope = ParcelScope.of(dataScope);
        Where where = where(scope, f, today);
        long total = jdbc.sql("select count(*) from land_parcel p" + OWNER_JOIN + " where " + where.sql)
                .params(where.params).query(Long.class).single();
        String sql = "select " + PARCEL_COLUMNS + ", coalesce(cur.lessees, 0) as lessees, "
                + "coalesce(cur.leased_mu, 0) as leased_mu from land_parcel p" + OWNER_JOIN
                + " left join lateral (select count(distinct l.lessee_enterprise_id) as lessees, "
                + "sum(l.land_mu) as leased_mu from land_lease l where l.parcel_id = p.id and l.lease_from <= :today "
                + "and (l.lease_to is null or l.lease_to >= :today) and " + scope.visibleLease("l") + ") cur on true"
                + " where " + where.sql + order(scope, f) + " limit :limit offset :offset";
        List<ParcelSummary> rows = jdbc.sql(sql).params(where.params)
                .param("limit", f.size()).param("offset", (long) f.page() * f.size())
                .query((rs, n) -> summary(rs)).list();
        return new Paged<>(rows, total, f.page(), f.size());
    }

    /** Every parcel the filter selects, in list order, with all its leases (for exports), a batch at a time. */
    public void forEach(DataScope dataScope, ParcelFilter f, LocalDate today, Consumer<Parcel> sink) {
        ParcelScope scope = ParcelScope.of(dataScope);
        Where where = where(scope, f, today);
        int batch = 1000;
        long offset = 0;
        while (true) {
            List<Parcel> rows = jdbc.sql("select " + PARCEL_COLUMNS + " from land_parcel p" + OWNER_JOIN
                            + " left join lateral (select sum(l.land_mu) as leased_mu from land_lease l "
                            + "where l.parcel_id = p.id and l.lease_from <= :today and (l.lease_to is null or "
                            + "l.lease_to >= :today)) cur on true where " + where.sql + order(scope, f)
                            + " limit :limit offset :offset")
                    .params(where.params).param("limit", batch).param("offset", offset)
                    .query((rs, n) -> parcel(rs, List.of())).list();
            withLeases(rows).forEach(sink);
            if (rows.size() < batch) {
                return;
            }
            offset += batch;
        }
    }

    public Optional<Parcel> find(DataScope dataScope, long id) {
        ParcelScope scope = ParcelScope.of(dataScope);
        return jdbc.sql("select " + PARCEL_COLUMNS + " from land_parcel p" + OWNER_JOIN + " where p.id = :id and "
                        + scope.sql())
                .params(scope.params()).param("id", id)
                .query((rs, n) -> parcel(rs, List.of())).optional()
                .map(p -> withLeases(List.of(p)).get(0));
    }

    /** The parcels of the zone with these codes, whatever the caller's scope (imports check scope themselves). */
    public Map<String, Parcel> findByCodes(long zoneId, Collection<String> codes) {
        Map<String, Parcel> found = new HashMap<>();
        if (codes.isEmpty()) {
            return found;
        }
        List<Parcel> rows = jdbc.sql("select " + PARCEL_COLUMNS + " from land_parcel p" + OWNER_JOIN
                        + " where p.zone_id = :z and p.parcel_code = any(:codes) order by p.id")
                .param("z", zoneId).param("codes", codes.toArray(String[]::new))
                .query((rs, n) -> parcel(rs, List.of())).list();
        withLeases(rows).forEach(p -> found.put(p.parcelCode(), p));
        return found;
    }

    /** Which of these parcels the scope lets its holder see (imports check each row's parcel this way). */
    public Set<Long> visible(DataScope dataScope, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        ParcelScope scope = ParcelScope.of(dataScope);
        return new HashSet<>(jdbc.sql("select p.id from land_parcel p where p.id = any(:ids) and " + scope.sql())
                .params(scope.params()).param("ids", ids.toArray(Long[]::new)).query(Long.class).list());
    }

    /**
     * Locks the parcel's row until the transaction ends, so that two writers of leases on one parcel (or a lease
     * and a change of the parcel's area) take turns and each checks the land shares the other committed.
     */
    public boolean lock(long id) {
        return !jdbc.sql("select id from land_parcel where id = :id for update").param("id", id)
                .query(Long.class).list().isEmpty();
    }

    /** Locks the zone's parcels with these codes in id order (a fixed order, so two imports cannot deadlock). */
    public void lockCodes(long zoneId, Collection<String> codes) {
        if (!codes.isEmpty()) {
            jdbc.sql("select id from land_parcel where zone_id = :z and parcel_code = any(:codes) order by id "
                            + "for update")
                    .param("z", zoneId).param("codes", codes.toArray(String[]::new)).query(Long.class).list();
        }
    }

    public boolean codeTaken(long zoneId, String code, Long exceptId) {
        return jdbc.sql("select count(*) from land_parcel where zone_id = :z and parcel_code = :c "
                        + "and (cast(:except as bigint) is null or id <> :except)")
                .param("z", zoneId).param("c", code).param("except", exceptId).query(Long.class).single() > 0;
    }

    public long insert(long zoneId, StoredParcel p) {
        return jdbc.sql("""
                        insert into land_parcel (zone_id, parcel_code, name, location, land_use, area_mu,
                                                 owner_enterprise_id)
                        values (:z, :code, :name, :location, :use, :area, :owner) returning id
                        """)
                .param("z", zoneId).params(values(p)).query(Long.class).single();
    }

    /** False when the row's version is no longer {@code expectedVersion}: someone else saved in between. */
    public boolean update(long id, int expectedVersion, StoredParcel p) {
        return jdbc.sql("""
                        update land_parcel set parcel_code = :code, name = :name, location = :location,
                               land_use = :use, area_mu = :area, owner_enterprise_id = :owner,
                               version = version + 1, updated_at = now()
                        where id = :id and version = :version
                        """)
                .params(values(p)).param("id", id).param("version", expectedVersion).update() == 1;
    }

    private static Map<String, Object> values(StoredParcel p) {
        Map<String, Object> v = new HashMap<>();
        v.put("code", p.parcelCode());
        v.put("name", p.parcelName());
        v.put("location", p.parcelLocation());
        v.put("use", p.landUse());
        v.put("area", p.parcelAreaMu());
        v.put("owner", p.ownerEnterpriseId());
        return v;
    }

    private List<Parcel> withLeases(List<Parcel> parcels) {
        if (parcels.isEmpty()) {
            return parcels;
        }
        Map<Long, List<Lease>> leases = new HashMap<>();
        jdbc.sql("""
                        select l.id, l.parcel_id, l.lessee_enterprise_id, d.uscc, d.name, l.land_mu, l.floor_area_m2,
                               l.lease_from, l.lease_to, l.version
                        from land_lease l
                        left join enterprise_published_dimensions d on d.enterprise_id = l.lessee_enterprise_id
                        where l.parcel_id = any(:ids)
                        order by l.lease_from, l.id
                        """)
                .param("ids", parcels.stream().map(Parcel::id).toArray(Long[]::new))
                .query((rs, n) -> lease(rs)).list()
                .forEach(l -> leases.computeIfAbsent(l.parcelId(), k -> new ArrayList<>()).add(l));
        return parcels.stream().map(p -> new Parcel(p.id(), p.zoneId(), p.parcelCode(), p.parcelName(),
                p.parcelLocation(), p.landUse(), p.parcelAreaMu(), p.owner(), leases.getOrDefault(p.id(), List.of()),
                p.version(), false)).toList();
    }

    private Where where(ParcelScope scope, ParcelFilter f, LocalDate today) {
        StringBuilder sql = new StringBuilder(scope.sql());
        Map<String, Object> params = new HashMap<>(scope.params());
        params.put("today", today);
        if (f.q() != null) {
            sql.append(" and (p.parcel_code ilike :q or p.location ilike :q or (").append(scope.owned())
                    .append(" and p.name ilike :q))");
            params.put("q", contains(f.q()));
        }
        if (f.owner() != null) {
            sql.append(" and ").append(scope.owned()).append(" and (o.name ilike :owner")
                    .append(usccMatch("o.uscc", "ownerUscc", f.owner(), params)).append(")");
            params.put("owner", contains(f.owner()));
        }
        if (f.lessee() != null) {
            sql.append(" and exists (select 1 from land_lease fl join enterprise_published_dimensions fd "
                            + "on fd.enterprise_id = fl.lessee_enterprise_id where fl.parcel_id = p.id and ")
                    .append(scope.visibleLease("fl")).append(" and (fd.name ilike :lessee")
                    .append(usccMatch("fd.uscc", "lesseeUscc", f.lessee(), params)).append("))");
            params.put("lessee", contains(f.lessee()));
        }
        if (f.landUse() != null) {
            sql.append(" and ").append(scope.owned()).append(" and p.land_use = :landUse");
            params.put("landUse", f.landUse());
        }
        if (f.hasLessees() != null) {
            sql.append(f.hasLessees() ? " and exists" : " and not exists")
                    .append(" (select 1 from land_lease hl where hl.parcel_id = p.id and hl.lease_from <= :today "
                            + "and (hl.lease_to is null or hl.lease_to >= :today) and ")
                    .append(scope.visibleLease("hl")).append(")");
        }
        if (f.minAreaMu() != null) {
            sql.append(" and p.area_mu >= :minArea");
            params.put("minArea", f.minAreaMu());
        }
        if (f.maxAreaMu() != null) {
            sql.append(" and p.area_mu <= :maxArea");
            params.put("maxArea", f.maxAreaMu());
        }
        return new Where(sql.toString(), params);
    }

    /** Hidden columns (name, owner) do not order an enterprise's list: the order itself would tell them. */
    private static String order(ParcelScope scope, ParcelFilter f) {
        ParcelFilter.Sort sort = ParcelFilter.Sort.of(f.sort());
        if (scope.enterprise() && (sort == ParcelFilter.Sort.NAME || sort == ParcelFilter.Sort.OWNER)) {
            sort = ParcelFilter.Sort.CODE;
        }
        return " order by " + sort.column + (f.descending() ? " desc nulls last" : " asc nulls last") + ", p.id";
    }

    private static String usccMatch(String column, String param, String text, Map<String, Object> params) {
        if (!USCC_FRAGMENT.matcher(text).matches()) {
            return "";
        }
        params.put(param, "%" + text.toUpperCase(Locale.ROOT) + "%");
        return " or " + column + " like :" + param;
    }

    private static String contains(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private record Where(String sql, Map<String, Object> params) {
    }

    private static ParcelSummary summary(ResultSet rs) throws SQLException {
        return new ParcelSummary(rs.getLong("id"), rs.getString("parcel_code"), rs.getString("name"),
                rs.getString("location"), rs.getString("land_use"), rs.getBigDecimal("area_mu"), owner(rs),
                rs.getInt("lessees"), rs.getBigDecimal("leased_mu"), false);
    }

    private static Parcel parcel(ResultSet rs, List<Lease> leases) throws SQLException {
        return new Parcel(rs.getLong("id"), rs.getLong("zone_id"), rs.getString("parcel_code"), rs.getString("name"),
                rs.getString("location"), rs.getString("land_use"), rs.getBigDecimal("area_mu"), owner(rs), leases,
                rs.getInt("version"), false);
    }

    private static EnterpriseRef owner(ResultSet rs) throws SQLException {
        long id = rs.getLong("owner_enterprise_id");
        return rs.wasNull() ? null : new EnterpriseRef(id, rs.getString("owner_uscc"), rs.getString("owner_name"));
    }

    private static Lease lease(ResultSet rs) throws SQLException {
        return new Lease(rs.getLong("id"), rs.getLong("parcel_id"),
                new EnterpriseRef(rs.getLong("lessee_enterprise_id"), rs.getString("uscc"), rs.getString("name")),
                rs.getBigDecimal("land_mu"), rs.getBigDecimal("floor_area_m2"),
                rs.getObject("lease_from", LocalDate.class), rs.getObject("lease_to", LocalDate.class),
                rs.getInt("version"));
    }

    /** A parcel's own columns as written: the owner resolved to an enterprise id (null when none). */
    public record StoredParcel(String parcelCode, String parcelName, String parcelLocation, String landUse,
                               BigDecimal parcelAreaMu, Long ownerEnterpriseId) {
    }
}
