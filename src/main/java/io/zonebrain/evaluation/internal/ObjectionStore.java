package io.zonebrain.evaluation.internal;

import io.zonebrain.evaluation.Objection;
import io.zonebrain.evaluation.ObjectionDraft;
import io.zonebrain.platform.DataScope;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * evaluation_objection. Decisions are guarded updates (the row must still be FILED), so two officers deciding the
 * same objection at once produce one decision. The enterprise's name and USCC come from its result row in the version
 * it objected to (filed_run_id): as of that run, even after the objection was carried to a correction.
 */
@Repository
public class ObjectionStore {

    private static final String COLUMNS = """
            o.id, o.run_id, o.enterprise_id, x.enterprise_name, x.uscc, o.filed_by, o.filed_at, o.reason,
            o.indicators, o.evidence_text, o.evidence_file_name, octet_length(o.evidence_file) as evidence_bytes,
            o.status, o.decided_by, o.decided_at, o.decision_reason, o.new_run_id, o.filed_run_id
            from evaluation_objection o
            join evaluation_result x on x.run_id = o.filed_run_id and x.enterprise_id = o.enterprise_id
            """;

    private final JdbcClient jdbc;

    ObjectionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long zoneId, long runId, long enterpriseId, String actor, Instant at, ObjectionDraft d) {
        ObjectionDraft.Evidence file = d.file();
        return jdbc.sql("""
                insert into evaluation_objection (zone_id, run_id, filed_run_id, enterprise_id, filed_by, filed_at,
                                                  reason, indicators, evidence_text, evidence_file, evidence_file_name,
                                                  evidence_content_type)
                values (:zone, :run, :run, :e, :actor, :at, :reason, cast(:indicators as text[]), :text, :file, :name,
                        :type)
                returning id
                """)
                .param("zone", zoneId).param("run", runId).param("e", enterpriseId).param("actor", actor)
                .param("at", Timestamp.from(at)).param("reason", d.reason())
                .param("indicators", toArrayLiteral(d.indicators())).param("text", d.evidenceText())
                .param("file", file == null ? null : file.bytes()).param("name", file == null ? null : file.name())
                .param("type", file == null ? null : file.contentType())
                .query(Long.class).single();
    }

    public boolean hasOpen(long runId, long enterpriseId) {
        return jdbc.sql("select exists (select 1 from evaluation_objection where run_id = :run and enterprise_id = :e"
                        + " and status = 'FILED')")
                .param("run", runId).param("e", enterpriseId).query(Boolean.class).single();
    }

    public Optional<Objection> find(long zoneId, long id) {
        return jdbc.sql("select " + COLUMNS + " where o.zone_id = :zone and o.id = :id")
                .param("zone", zoneId).param("id", id).query(ObjectionStore::objection).optional();
    }

    /**
     * The enterprise's objections to the run and to every version the run's corrections superseded, newest first:
     * after a correction the enterprise still sees the objection that produced it.
     */
    public List<Objection> ofEnterprise(long runId, long enterpriseId) {
        return jdbc.sql("""
                with recursive chain (id) as (
                    select cast(:run as bigint)
                    union all
                    select r.supersedes_run_id from evaluation_run r join chain c on r.id = c.id
                    where r.supersedes_run_id is not null)
                select""" + " " + COLUMNS + """
                where o.enterprise_id = :e
                  and (o.run_id in (select id from chain) or o.filed_run_id in (select id from chain))
                order by o.id desc
                """).param("run", runId).param("e", enterpriseId).query(ObjectionStore::objection).list();
    }

    /**
     * Moves the objections still open on a superseded version (all but the one whose acceptance produced the
     * correction) to the correction, where they are decided; returns their ids. Their filed_run_id keeps the version
     * they were filed against.
     */
    public List<Long> carryOpen(long supersededRunId, long correctionRunId, long exceptId) {
        return jdbc.sql("""
                update evaluation_objection set run_id = :to
                where run_id = :from and status = 'FILED' and id <> :except
                returning id
                """).param("from", supersededRunId).param("to", correctionRunId).param("except", exceptId)
                .query(Long.class).list();
    }

    /** A run's objections within the caller's data scope, oldest first (the order they are to be decided in). */
    public List<Objection> list(long runId, DataScope scope, Objection.Status status) {
        var condition = scope.condition("d.zone_id", "d.grid_id", "d.enterprise_id");
        return jdbc.sql("select " + COLUMNS + """
                join enterprise_published_dimensions d on d.enterprise_id = o.enterprise_id
                where o.run_id = :run and (cast(:status as text) is null or o.status = :status) and """ + " "
                        + condition.sql() + " order by o.filed_at, o.id")
                .param("run", runId).param("status", status == null ? null : status.name())
                .params(condition.params()).query(ObjectionStore::objection).list();
    }

    public Optional<ObjectionDraft.Evidence> evidence(long zoneId, long id) {
        return jdbc.sql("select evidence_file_name, evidence_content_type, evidence_file from evaluation_objection"
                        + " where zone_id = :zone and id = :id and evidence_file is not null")
                .param("zone", zoneId).param("id", id)
                .query((rs, n) -> new ObjectionDraft.Evidence(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .optional();
    }

    /** Guarded: true only when this call decided the objection. */
    public boolean decide(long id, Objection.Status status, String actor, Instant at, String reason, Long newRunId) {
        return jdbc.sql("""
                update evaluation_objection set status = :status, decided_by = :actor, decided_at = :at,
                       decision_reason = :reason, new_run_id = :newRun
                where id = :id and status = 'FILED'
                """)
                .param("id", id).param("status", status.name()).param("actor", actor).param("at", Timestamp.from(at))
                .param("reason", reason).param("newRun", newRunId).update() == 1;
    }

    /** A Postgres text[] literal; codes are quoted and escaped, so any code survives. */
    private static String toArrayLiteral(List<String> values) {
        StringBuilder b = new StringBuilder("{");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append('"').append(values.get(i).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return b.append('}').toString();
    }

    private static Objection objection(ResultSet rs, int n) throws SQLException {
        Array indicators = rs.getArray("indicators");
        return new Objection(rs.getLong("id"), rs.getLong("run_id"), rs.getLong("enterprise_id"),
                rs.getString("enterprise_name"), rs.getString("uscc"), rs.getString("filed_by"),
                rs.getTimestamp("filed_at").toInstant(), rs.getString("reason"),
                indicators == null ? List.of() : Arrays.stream((Object[]) indicators.getArray()).map(String::valueOf)
                        .toList(),
                rs.getString("evidence_text"), rs.getString("evidence_file_name"),
                (Integer) rs.getObject("evidence_bytes"), Objection.Status.valueOf(rs.getString("status")),
                rs.getString("decided_by"), instant(rs.getTimestamp("decided_at")), rs.getString("decision_reason"),
                (Long) rs.getObject("new_run_id"), rs.getLong("filed_run_id"));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
