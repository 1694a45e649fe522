package io.zonebrain.evaluation.internal;

import io.zonebrain.evaluation.Scheme;
import io.zonebrain.evaluation.SchemeSummary;
import io.zonebrain.evaluation.StoredScheme;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** evaluation_scheme, per zone. Only DRAFT rows are ever updated. */
@Repository
public class SchemeStore {

    private static final String COLUMNS = "id, code, version, status, definition::text as definition, created_by, created_at";

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
        return jdbc.sql("""
                update evaluation_scheme set definition = cast(:definition as jsonb), name = :name,
                       data_year = :year, updated_at = now()
                where id = :id and status = 'DRAFT'
                """)
                .param("id", id).param("definition", json.writeValueAsString(scheme)).param("name", scheme.name())
                .param("year", scheme.dataYear())
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
                rs.getTimestamp("created_at").toInstant());
    }
}
