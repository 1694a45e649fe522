package io.zonebrain.enterprise.internal;

import io.zonebrain.enterprise.Contact;
import io.zonebrain.enterprise.Enterprise;
import io.zonebrain.enterprise.EnterpriseDraft;
import io.zonebrain.enterprise.EnterpriseFilter;
import io.zonebrain.enterprise.EnterpriseSummary;
import io.zonebrain.platform.DataScope;
import io.zonebrain.platform.Paged;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the enterprise tables. Every read goes through the caller's {@link DataScope}. */
@Repository
public class EnterpriseRepository {

    private static final String COLUMNS = "e.id, e.zone_id, e.uscc, e.name, e.legal_representative, e.founded_on, "
            + "e.registered_capital_yuan, e.address, e.park_code, e.grid_id, e.industry_code, e.cluster_code, "
            + "e.above_scale, e.own_land_mu, e.leased_area_mu, e.version";

    /** Only letters and digits can be part of a USCC; anything else is searched in names alone. */
    private static final java.util.regex.Pattern USCC_FRAGMENT = java.util.regex.Pattern.compile("[0-9A-Za-z]{2,18}");
    /**
     * Counting stops here: beyond it officials read "10,000+" and the count no longer costs a scan of the zone
     * (a broad filter over 100,000 firms took 12-35 ms to count exactly).
     */
    public static final int COUNT_CAP = 10_000;

    private final JdbcClient jdbc;

    public EnterpriseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Paged<EnterpriseSummary> list(DataScope scope, EnterpriseFilter f) {
        Where where = where(scope, f);
        String base = " from enterprise e where " + where.sql;
        long total = jdbc.sql("select count(*) from (select 1" + base + " limit " + (COUNT_CAP + 1) + ") capped")
                .params(where.params).query(Long.class).single();
        EnterpriseFilter.Sort sort = EnterpriseFilter.Sort.of(f.sort());
        String order = " order by " + sort.column + (f.descending() ? " desc nulls last" : " asc nulls last")
                + ", e.id";
        List<EnterpriseSummary> rows = jdbc.sql("select e.id, e.uscc, e.name, e.industry_code, e.cluster_code, "
                        + "e.park_code, e.grid_id, e.above_scale, e.own_land_mu, e.leased_area_mu" + base + order
                        + " limit :limit offset :offset")
                .params(where.params).param("limit", f.size()).param("offset", (long) f.page() * f.size())
                .query((rs, n) -> summary(rs)).list();
        return new Paged<>(withTags(rows), Math.min(total, COUNT_CAP), total > COUNT_CAP, f.page(), f.size());
    }

    /**
     * Streams every profile the filter selects, in list order, for exports: a batch of rows at a time with their
     * tags and contacts in two more queries per batch, so memory stays flat and the query count stays small.
     */
    public void forEachProfile(DataScope scope, EnterpriseFilter f, Consumer<Enterprise> sink) {
        Where where = where(scope, f);
        EnterpriseFilter.Sort sort = EnterpriseFilter.Sort.of(f.sort());
        int batch = 2000;
        long offset = 0;
        while (true) {
            List<Enterprise> rows = jdbc.sql("select " + COLUMNS + " from enterprise e where " + where.sql
                            + " order by " + sort.column + (f.descending() ? " desc nulls last" : " asc nulls last")
                            + ", e.id limit :limit offset :offset")
                    .params(where.params).param("limit", batch).param("offset", offset)
                    .query((rs, n) -> full(rs)).list();
            withDetails(rows).forEach(sink);
            if (rows.size() < batch) {
                return;
            }
            offset += batch;
        }
    }

    private List<Enterprise> withDetails(List<Enterprise> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        List<Long> ids = rows.stream().map(Enterprise::id).toList();
        Map<Long, List<String>> tags = tagsOf(ids);
        Map<Long, List<Contact>> contacts = contactsOf(ids);
        return rows.stream().map(e -> new Enterprise(e.id(), e.zoneId(), e.uscc(), e.name(), e.legalRepresentative(),
                e.foundedOn(), e.registeredCapitalYuan(), e.address(), e.parkCode(), e.gridId(), e.industryCode(),
                e.clusterCode(), e.aboveScale(), e.ownLandMu(), e.leasedAreaMu(), tags.getOrDefault(e.id(), List.of()),
                contacts.getOrDefault(e.id(), List.of()), e.version())).toList();
    }

    private Where where(DataScope scope, EnterpriseFilter f) {
        DataScope.Condition c = scope.condition("e.zone_id", "e.grid_id", "e.id");
        StringBuilder sql = new StringBuilder(c.sql());
        Map<String, Object> params = new HashMap<>(c.params());
        if (f.q() != null) {
            // Two or more characters: candidates from the bigram index, exact match by ilike (V21).
            String escaped = f.q().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            String nameMatch = f.q().codePointCount(0, f.q().length()) >= 2
                    ? "(e.name_bigrams @> enterprise_name_bigrams(:qRaw) and e.name ilike :q)"
                    : "e.name ilike :q";
            params.put("qRaw", f.q());
            params.put("q", "%" + escaped + "%");
            if (USCC_FRAGMENT.matcher(f.q()).matches()) {
                sql.append(" and (").append(nameMatch).append(" or e.uscc like :qUpper)");
                params.put("qUpper", "%" + f.q().toUpperCase(java.util.Locale.ROOT) + "%");
            } else {
                sql.append(" and ").append(nameMatch);
            }
        }
        if (f.cluster() != null) {
            sql.append(" and e.cluster_code = :cluster");
            params.put("cluster", f.cluster());
        }
        if (f.industry() != null) {
            if (f.industry().length() == 1 && Character.isLetter(f.industry().charAt(0))) {
                sql.append(" and e.industry_code in (select code from enterprise_industry_code where section = :sec)");
                params.put("sec", f.industry());
            } else {
                sql.append(" and e.industry_code like :industry");
                params.put("industry", f.industry().replace("%", "").replace("_", "") + "%");
            }
        }
        if (f.park() != null) {
            sql.append(" and e.park_code = :park");
            params.put("park", f.park());
        }
        if (f.grid() != null) {
            sql.append(" and e.grid_id = :grid");
            params.put("grid", f.grid());
        }
        if (f.tag() != null) {
            sql.append(" and exists (select 1 from enterprise_tag t where t.enterprise_id = e.id and t.tag_code = :tag)");
            params.put("tag", f.tag());
        }
        if (f.aboveScale() != null) {
            sql.append(" and e.above_scale = :aboveScale");
            params.put("aboveScale", f.aboveScale());
        }
        return new Where(sql.toString(), params);
    }

    private record Where(String sql, Map<String, Object> params) {
    }

    private List<EnterpriseSummary> withTags(List<EnterpriseSummary> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, List<String>> tags = tagsOf(rows.stream().map(EnterpriseSummary::id).toList());
        return rows.stream().map(r -> new EnterpriseSummary(r.id(), r.uscc(), r.name(), r.industryCode(),
                r.clusterCode(), r.parkCode(), r.gridId(), r.aboveScale(), r.ownLandMu(), r.leasedAreaMu(),
                tags.getOrDefault(r.id(), List.of()))).toList();
    }

    private Map<Long, List<String>> tagsOf(List<Long> ids) {
        Map<Long, List<String>> tags = new HashMap<>();
        jdbc.sql("select enterprise_id, tag_code from enterprise_tag where enterprise_id = any(:ids) "
                        + "order by enterprise_id, tag_code")
                .param("ids", ids.toArray(Long[]::new))
                .query(rs -> {
                    tags.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        return tags;
    }

    private static EnterpriseSummary summary(ResultSet rs) throws SQLException {
        return new EnterpriseSummary(rs.getLong("id"), rs.getString("uscc"), rs.getString("name"),
                rs.getString("industry_code"), rs.getString("cluster_code"), rs.getString("park_code"),
                (Long) rs.getObject("grid_id"), rs.getBoolean("above_scale"), rs.getBigDecimal("own_land_mu"),
                rs.getBigDecimal("leased_area_mu"), List.of());
    }

    public Optional<Enterprise> find(DataScope scope, long id) {
        DataScope.Condition c = scope.condition("e.zone_id", "e.grid_id", "e.id");
        return jdbc.sql("select " + COLUMNS + " from enterprise e where e.id = :id and " + c.sql())
                .params(c.params()).param("id", id)
                .query((rs, n) -> full(rs)).optional()
                .map(this::withDetails);
    }

    public Optional<Enterprise> findByUscc(long zoneId, String uscc) {
        return jdbc.sql("select " + COLUMNS + " from enterprise e where e.zone_id = :z and e.uscc = :u")
                .param("z", zoneId).param("u", uscc)
                .query((rs, n) -> full(rs)).optional()
                .map(this::withDetails);
    }

    /** Existing USCC → id for a batch, so an import can tell creates from updates without a query per row. */
    public Map<String, Long> idsByUscc(long zoneId, List<String> usccs) {
        Map<String, Long> ids = new HashMap<>();
        jdbc.sql("select uscc, id from enterprise where zone_id = :z and uscc = any(:u)")
                .param("z", zoneId).param("u", usccs.toArray(String[]::new))
                .query(rs -> {
                    ids.put(rs.getString(1), rs.getLong(2));
                });
        return ids;
    }

    private Enterprise withDetails(Enterprise e) {
        List<String> tags = tagsOf(List.of(e.id())).getOrDefault(e.id(), List.of());
        List<Contact> contacts = jdbc.sql("select name, position, phone, email, chief_data_officer "
                        + "from enterprise_contact where enterprise_id = :id order by chief_data_officer desc, id")
                .param("id", e.id()).query(Contact.class).list();
        return new Enterprise(e.id(), e.zoneId(), e.uscc(), e.name(), e.legalRepresentative(), e.foundedOn(),
                e.registeredCapitalYuan(), e.address(), e.parkCode(), e.gridId(), e.industryCode(), e.clusterCode(),
                e.aboveScale(), e.ownLandMu(), e.leasedAreaMu(), tags, contacts, e.version());
    }

    private static Enterprise full(ResultSet rs) throws SQLException {
        return new Enterprise(rs.getLong("id"), rs.getLong("zone_id"), rs.getString("uscc"), rs.getString("name"),
                rs.getString("legal_representative"),
                rs.getObject("founded_on", java.time.LocalDate.class), rs.getBigDecimal("registered_capital_yuan"),
                rs.getString("address"), rs.getString("park_code"), (Long) rs.getObject("grid_id"),
                rs.getString("industry_code"), rs.getString("cluster_code"), rs.getBoolean("above_scale"),
                rs.getBigDecimal("own_land_mu"), rs.getBigDecimal("leased_area_mu"), List.of(), List.of(),
                rs.getInt("version"));
    }

    public long insert(long zoneId, EnterpriseDraft d) {
        long id = jdbc.sql("""
                insert into enterprise (zone_id, uscc, name, legal_representative, founded_on, registered_capital_yuan,
                    address, park_code, grid_id, industry_code, cluster_code, above_scale, own_land_mu, leased_area_mu)
                values (:zone, :uscc, :name, :legal, :founded, :capital, :address, :park, :grid, :industry, :cluster,
                    :above, :own, :leased)
                returning id
                """)
                .params(values(d)).param("zone", zoneId).query(Long.class).single();
        replaceTags(id, d.tags());
        replaceContacts(id, d.contacts());
        return id;
    }

    /** Updates only when nobody saved since {@code expectedVersion}; false means someone else did. */
    public boolean update(long id, int expectedVersion, EnterpriseDraft d) {
        int n = jdbc.sql("""
                update enterprise set uscc = :uscc, name = :name, legal_representative = :legal, founded_on = :founded,
                    registered_capital_yuan = :capital, address = :address, park_code = :park, grid_id = :grid,
                    industry_code = :industry, cluster_code = :cluster, above_scale = :above, own_land_mu = :own,
                    leased_area_mu = :leased, version = version + 1, updated_at = now()
                where id = :id and version = :version
                """)
                .params(values(d)).param("id", id).param("version", expectedVersion).update();
        if (n == 0) {
            return false;
        }
        replaceTags(id, d.tags());
        replaceContacts(id, d.contacts());
        return true;
    }

    public boolean updateContacts(long id, int expectedVersion, List<Contact> contacts) {
        int n = jdbc.sql("update enterprise set version = version + 1, updated_at = now() "
                        + "where id = :id and version = :version")
                .param("id", id).param("version", expectedVersion).update();
        if (n == 0) {
            return false;
        }
        replaceContacts(id, contacts);
        return true;
    }

    private static Map<String, Object> values(EnterpriseDraft d) {
        Map<String, Object> v = new HashMap<>();
        v.put("uscc", d.uscc());
        v.put("name", d.name().strip());
        v.put("legal", d.legalRepresentative());
        v.put("founded", d.foundedOn());
        v.put("capital", d.registeredCapitalYuan());
        v.put("address", d.address());
        v.put("park", d.parkCode());
        v.put("grid", d.gridId());
        v.put("industry", d.industryCode());
        v.put("cluster", d.clusterCode());
        v.put("above", d.aboveScale());
        v.put("own", d.ownLandMu() == null ? BigDecimal.ZERO : d.ownLandMu());
        v.put("leased", d.leasedAreaMu() == null ? BigDecimal.ZERO : d.leasedAreaMu());
        return v;
    }

    private void replaceTags(long id, List<String> tags) {
        jdbc.sql("delete from enterprise_tag where enterprise_id = :id").param("id", id).update();
        for (String tag : EnterpriseRules.distinct(tags)) {
            jdbc.sql("insert into enterprise_tag (enterprise_id, tag_code) values (:id, :t)")
                    .param("id", id).param("t", tag).update();
        }
    }

    private void replaceContacts(long id, List<Contact> contacts) {
        jdbc.sql("delete from enterprise_contact where enterprise_id = :id").param("id", id).update();
        for (Contact c : contacts) {
            jdbc.sql("insert into enterprise_contact (enterprise_id, name, position, phone, email, chief_data_officer) "
                            + "values (:id, :n, :p, :ph, :e, :cdo)")
                    .param("id", id).param("n", c.name()).param("p", c.position()).param("ph", c.phone())
                    .param("e", c.email()).param("cdo", c.chiefDataOfficer()).update();
        }
    }

    // ---- batch operations for the Excel import: set-based statements over arrays, a few per thousand rows ----

    private static final int CHUNK = 1000;

    /** Every GB/T 4754 code with its level, so an import checks codes without a query per row. */
    public Map<String, Integer> industryLevels() {
        Map<String, Integer> levels = new HashMap<>();
        jdbc.sql("select code, level from enterprise_industry_code").query(rs -> {
            levels.put(rs.getString(1), rs.getInt(2));
        });
        return levels;
    }

    /** The full records (with tags and contacts) of the given USCCs in a zone, looked up a thousand at a time. */
    public Map<String, Enterprise> findAllByUscc(long zoneId, List<String> usccs) {
        Map<String, Enterprise> found = new HashMap<>();
        for (List<String> chunk : chunks(usccs)) {
            List<Enterprise> rows = jdbc.sql("select " + COLUMNS + " from enterprise e where e.zone_id = :z "
                            + "and e.uscc = any(:u)")
                    .param("z", zoneId).param("u", chunk.toArray(String[]::new))
                    .query((rs, n) -> full(rs)).list();
            withDetails(rows).forEach(e -> found.put(e.uscc(), e));
        }
        return found;
    }

    private Map<Long, List<Contact>> contactsOf(List<Long> ids) {
        Map<Long, List<Contact>> contacts = new HashMap<>();
        jdbc.sql("select enterprise_id, name, position, phone, email, chief_data_officer from enterprise_contact "
                        + "where enterprise_id = any(:ids) order by enterprise_id, chief_data_officer desc, id")
                .param("ids", ids.toArray(Long[]::new))
                .query(rs -> {
                    contacts.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Contact(rs.getString(2),
                            rs.getString(3), rs.getString(4), rs.getString(5), rs.getBoolean(6)));
                });
        return contacts;
    }

    /** Inserts many new enterprises; returns USCC → new id. Call inside the import's transaction. */
    public Map<String, Long> insertAll(long zoneId, List<EnterpriseDraft> drafts) {
        Map<String, Long> ids = new HashMap<>();
        for (List<EnterpriseDraft> chunk : chunks(drafts)) {
            Arrays a = new Arrays(chunk);
            jdbc.sql("""
                    insert into enterprise (zone_id, uscc, name, legal_representative, founded_on,
                        registered_capital_yuan, address, park_code, grid_id, industry_code, cluster_code, above_scale,
                        own_land_mu, leased_area_mu)
                    select :zone, t.uscc, t.name, t.legal, t.founded::date, t.capital::numeric, t.address, t.park,
                        t.grid::bigint, t.industry, t.cluster, t.above::boolean, t.own::numeric, t.leased::numeric
                    from unnest(cast(:uscc as text[]), cast(:name as text[]), cast(:legal as text[]),
                        cast(:founded as text[]), cast(:capital as text[]), cast(:address as text[]),
                        cast(:park as text[]), cast(:grid as text[]), cast(:industry as text[]),
                        cast(:cluster as text[]), cast(:above as text[]), cast(:own as text[]), cast(:leased as text[]))
                        as t(uscc, name, legal, founded, capital, address, park, grid, industry, cluster, above, own,
                             leased)
                    returning id, uscc
                    """)
                    .params(a.params()).param("zone", zoneId)
                    .query(rs -> {
                        ids.put(rs.getString("uscc"), rs.getLong("id"));
                    });
            insertDetails(chunk, d -> ids.get(d.uscc()));
        }
        return ids;
    }

    /**
     * Updates many enterprises, each only if its version is still the one read; returns how many were updated.
     * Fewer than asked means someone saved in between, and the caller rolls the whole import back.
     */
    public int updateAll(List<VersionedDraft> changes) {
        int updated = 0;
        for (List<VersionedDraft> chunk : chunks(changes)) {
            Arrays a = new Arrays(chunk.stream().map(VersionedDraft::draft).toList());
            Long[] ids = chunk.stream().map(VersionedDraft::id).toArray(Long[]::new);
            Integer[] versions = chunk.stream().map(VersionedDraft::version).toArray(Integer[]::new);
            updated += jdbc.sql("""
                    update enterprise e set uscc = t.uscc, name = t.name, legal_representative = t.legal,
                        founded_on = t.founded::date, registered_capital_yuan = t.capital::numeric,
                        address = t.address, park_code = t.park, grid_id = t.grid::bigint, industry_code = t.industry,
                        cluster_code = t.cluster, above_scale = t.above::boolean, own_land_mu = t.own::numeric,
                        leased_area_mu = t.leased::numeric, version = e.version + 1, updated_at = now()
                    from unnest(cast(:ids as bigint[]), cast(:versions as int[]), cast(:uscc as text[]),
                        cast(:name as text[]), cast(:legal as text[]), cast(:founded as text[]),
                        cast(:capital as text[]), cast(:address as text[]), cast(:park as text[]),
                        cast(:grid as text[]), cast(:industry as text[]), cast(:cluster as text[]),
                        cast(:above as text[]), cast(:own as text[]), cast(:leased as text[]))
                        as t(id, version, uscc, name, legal, founded, capital, address, park, grid, industry, cluster,
                             above, own, leased)
                    where e.id = t.id and e.version = t.version
                    """)
                    .params(a.params()).param("ids", ids).param("versions", versions).update();
            jdbc.sql("delete from enterprise_tag where enterprise_id = any(:ids)").param("ids", ids).update();
            jdbc.sql("delete from enterprise_contact where enterprise_id = any(:ids)").param("ids", ids).update();
            Map<String, Long> idByUscc = new HashMap<>();
            chunk.forEach(c -> idByUscc.put(c.draft().uscc(), c.id()));
            insertDetails(chunk.stream().map(VersionedDraft::draft).toList(), d -> idByUscc.get(d.uscc()));
        }
        return updated;
    }

    /** A changed record and the version it had when the import read it. */
    public record VersionedDraft(long id, int version, EnterpriseDraft draft) {
    }

    private void insertDetails(List<EnterpriseDraft> drafts, java.util.function.Function<EnterpriseDraft, Long> idOf) {
        List<Long> tagIds = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        List<Long> contactIds = new ArrayList<>();
        List<String[]> contacts = new ArrayList<>();
        for (EnterpriseDraft d : drafts) {
            Long id = idOf.apply(d);
            for (String tag : EnterpriseRules.distinct(d.tags())) {
                tagIds.add(id);
                tags.add(tag);
            }
            for (Contact c : d.contacts()) {
                contactIds.add(id);
                contacts.add(new String[] {c.name(), c.position(), c.phone(), c.email(),
                        String.valueOf(c.chiefDataOfficer())});
            }
        }
        if (!tags.isEmpty()) {
            jdbc.sql("insert into enterprise_tag (enterprise_id, tag_code) "
                            + "select * from unnest(cast(:ids as bigint[]), cast(:tags as text[]))")
                    .param("ids", tagIds.toArray(Long[]::new)).param("tags", tags.toArray(String[]::new)).update();
        }
        if (!contacts.isEmpty()) {
            jdbc.sql("""
                    insert into enterprise_contact (enterprise_id, name, position, phone, email, chief_data_officer)
                    select t.id, t.name, t.position, t.phone, t.email, t.cdo::boolean
                    from unnest(cast(:ids as bigint[]), cast(:n as text[]), cast(:p as text[]), cast(:ph as text[]),
                        cast(:e as text[]), cast(:cdo as text[])) as t(id, name, position, phone, email, cdo)
                    """)
                    .param("ids", contactIds.toArray(Long[]::new))
                    .param("n", column(contacts, 0)).param("p", column(contacts, 1)).param("ph", column(contacts, 2))
                    .param("e", column(contacts, 3)).param("cdo", column(contacts, 4))
                    .update();
        }
    }

    private static String[] column(List<String[]> rows, int i) {
        return rows.stream().map(r -> r[i]).toArray(String[]::new);
    }

    private static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return chunks;
    }

    /** The columns of many drafts as text arrays, bound once per statement; SQL casts them back. */
    private record Arrays(List<EnterpriseDraft> drafts) {

        Map<String, Object> params() {
            Map<String, Object> p = new HashMap<>();
            p.put("uscc", col(EnterpriseDraft::uscc));
            p.put("name", col(d -> d.name().strip()));
            p.put("legal", col(EnterpriseDraft::legalRepresentative));
            p.put("founded", col(d -> d.foundedOn() == null ? null : d.foundedOn().toString()));
            p.put("capital", col(d -> plain(d.registeredCapitalYuan())));
            p.put("address", col(EnterpriseDraft::address));
            p.put("park", col(EnterpriseDraft::parkCode));
            p.put("grid", col(d -> d.gridId() == null ? null : d.gridId().toString()));
            p.put("industry", col(EnterpriseDraft::industryCode));
            p.put("cluster", col(EnterpriseDraft::clusterCode));
            p.put("above", col(d -> String.valueOf(d.aboveScale())));
            p.put("own", col(d -> plain(d.ownLandMu() == null ? BigDecimal.ZERO : d.ownLandMu())));
            p.put("leased", col(d -> plain(d.leasedAreaMu() == null ? BigDecimal.ZERO : d.leasedAreaMu())));
            return p;
        }

        private String[] col(java.util.function.Function<EnterpriseDraft, String> f) {
            return drafts.stream().map(f).toArray(String[]::new);
        }

        private static String plain(BigDecimal d) {
            return d == null ? null : d.toPlainString();
        }
    }
}
