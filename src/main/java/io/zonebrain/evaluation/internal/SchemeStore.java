package io.zonebrain.evaluation.internal;

import io.zonebrain.evaluation.Scheme;
import io.zonebrain.evaluation.SchemeListFilter;
import io.zonebrain.evaluation.SchemeSummary;
import io.zonebrain.evaluation.SchemeVersionLine;
import io.zonebrain.evaluation.StoredScheme;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * evaluation_scheme, per zone. Only DRAFT rows are ever updated, and each update adds one to lock_version (V46) so
 * an editor holding an older number learns that someone saved meanwhile.
 */
@Repository
public class SchemeStore {

    private static final String COLUMNS = "id, code, version, status, definition::text as definition, created_by, created_at,"
            + " lock_version";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public SchemeStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public List<SchemeSummary> list(long zoneId) {
        return jdbc.sql("""
                select distinct on (code) code, version, status, name, data_year
                from evaluation_scheme where zone_id = :zone order by code, version desc
                """)
                .param("zone", zoneId)
                .query((rs, n) -> new SchemeSummary(rs.getString("code"), rs.getInt("version"),
                        StoredScheme.Status.valueOf(rs.getString("status")), rs.getString("name"),
                        rs.getInt("data_year")))
                .list();
    }

    /** Every version of every scheme, newest version of each code first, narrowed by the filter (bound values). */
    public List<SchemeVersionLine> versions(long zoneId, SchemeListFilter filter) {
        return jdbc.sql("""
                select code, version, status, name, data_year, definition->>'owner' as owner,
                       definition->>'documentNumber' as document_number, created_by, created_at, updated_at
                from evaluation_scheme
                where zone_id = :zone
                  and (cast(:pattern as text) is null or code ilike :pattern or name ilike :pattern
                       or coalesce(definition->>'owner', '') ilike :pattern
                       or coalesce(definition->>'documentNumber', '') ilike :pattern)
                  and (cast(:status as text) is null or status = :status)
                  and (cast(:year as integer) is null or data_year = :year)
                order by code, version desc
                """)
                .param("zone", zoneId)
                .param("pattern", filter.text() == null ? null : "%" + likeEscaped(filter.text()) + "%")
                .param("status", filter.status() == null ? null : filter.status().name())
                .param("year", filter.dataYear())
                .query((rs, n) -> new SchemeVersionLine(rs.getString("code"), rs.getInt("version"),
                        StoredScheme.Status.valueOf(rs.getString("status")), rs.getString("name"),
                        rs.getString("owner"), rs.getString("document_number"), rs.getInt("data_year"),
                        rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("updated_at").toInstant()))
                .list();
    }

    /** The next version number for a code: one above the highest, 1 for a new code. */
    public int nextVersion(long zoneId, String code) {
        return jdbc.sql("select coalesce(max(version), 0) + 1 from evaluation_scheme where zone_id = :zone and code = :code")
                .param("zone", zoneId).param("code", code).query(Integer.class).single();
    }

    public Optional<StoredScheme> latest(long zoneId, String code) {
        return jdbc.sql("select " + COLUMNS + " from evaluation_scheme where zone_id = :zone and code = :code"
                        + " order by version desc limit 1")
                .param("zone", zoneId).param("code", code)
                .query(this::map).optional();
    }

    /** The newest version a run may use: drafts can still change, so runs take only versions in use. */
    public Optional<StoredScheme> latestInUse(long zoneId, String code) {
        return jdbc.sql("select " + COLUMNS + " from evaluation_scheme where zone_id = :zone and code = :code"
                        + " and status = 'IN_USE' order by version desc limit 1")
                .param("zone", zoneId).param("code", code)
                .query(this::map).optional();
    }

    public Optional<StoredScheme> version(long zoneId, String code, int version) {
        return jdbc.sql("select " + COLUMNS + " from evaluation_scheme where zone_id = :zone and code = :code"
                        + " and version = :version")
                .param("zone", zoneId).param("code", code).param("version", version)
                .query(this::map).optional();
    }

    public long insert(long zoneId, Scheme scheme, StoredScheme.Status status, String actor) {
        return jdbc.sql("""
                insert into evaluation_scheme (zone_id, code, version, status, name, data_year, definition, created_by)
                values (:zone, :code, :version, :status, :name, :year, cast(:definition as jsonb), :actor)
                returning id
                """)
                .param("zone", zoneId).param("code", scheme.code()).param("version", scheme.version())
                .param("status", status.name()).param("name", scheme.name()).param("year", scheme.dataYear())
                .param("definition", json.writeValueAsString(scheme)).param("actor", actor)
                .query(Long.class).single();
    }

    /** Replaces a draft's definition; returns false (nothing written) when the row is not a draft. */
    public boolean updateDraft(long id, Scheme scheme) {
        return updateDraft(id, null, scheme);
    }

    /**
     * Replaces a draft's definition only while it is still a draft and, when {@code expectedLock} is given, still
     * at that lock version; returns false (nothing written) otherwise.
     */
    public boolean updateDraft(long id, Integer expectedLock, Scheme scheme) {
        return jdbc.sql("""
                update evaluation_scheme set definition = cast(:definition as jsonb), name = :name,
                       data_year = :year, updated_at = now(), lock_version = lock_version + 1
                where id = :id and status = 'DRAFT'
                  and (cast(:expected as integer) is null or lock_version = :expected)
                """)
                .param("id", id).param("definition", json.writeValueAsString(scheme)).param("name", scheme.name())
                .param("year", scheme.dataYear()).param("expected", expectedLock)
                .update() == 1;
    }

    public boolean markInUse(long id) {
        return jdbc.sql("update evaluation_scheme set status = 'IN_USE', updated_at = now()"
                        + " where id = :id and status = 'DRAFT'")
                .param("id", id).update() == 1;
    }

    private StoredScheme map(ResultSet rs, int n) throws SQLException {
        return new StoredScheme(rs.getLong("id"), rs.getString("code"), rs.getInt("version"),
                StoredScheme.Status.valueOf(rs.getString("status")),
                json.readValue(rs.getString("definition"), Scheme.class), rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(), rs.getInt("lock_version"));
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
