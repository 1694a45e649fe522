package io.zonebrain.platform;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit log: who did what to which record, when, why, and the record before and after.
 * Call it inside the transaction of the change so that a change and its audit entry stand or fall together.
 */
@Service
public class AuditTrail {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public AuditTrail(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void created(String entityType, Object entityId, Object after, String reason) {
        record(entityType, entityId, "CREATE", null, after, reason);
    }

    public void changed(String entityType, Object entityId, Object before, Object after, String reason) {
        record(entityType, entityId, "UPDATE", before, after, reason);
    }

    public void deleted(String entityType, Object entityId, Object before, String reason) {
        record(entityType, entityId, "DELETE", before, null, reason);
    }

    public void record(String entityType, Object entityId, String action, Object before, Object after, String reason) {
        jdbc.sql("""
                insert into platform_audit_log (actor, action, entity_type, entity_id, reason, before_state, after_state)
                values (:actor, :action, :type, :id, :reason, cast(:before as jsonb), cast(:after as jsonb))
                """)
                .param("actor", CallerContext.actorName())
                .param("action", action)
                .param("type", entityType)
                .param("id", String.valueOf(entityId))
                .param("reason", reason == null || reason.isBlank() ? null : reason.strip())
                .param("before", before == null ? null : json.writeValueAsString(before))
                .param("after", after == null ? null : json.writeValueAsString(after))
                .update();
    }

    /** Newest first; filters are optional. */
    public List<AuditEntry> browse(String entityType, String entityId, String actor, int limit, int offset) {
        return jdbc.sql("""
                select id, at, actor, action, entity_type, entity_id, reason,
                       before_state::text as before_state, after_state::text as after_state
                from platform_audit_log
                where (cast(:type as text) is null or entity_type = :type)
                  and (cast(:id as text) is null or entity_id = :id)
                  and (cast(:actor as text) is null or actor = :actor)
                order by at desc, id desc
                limit :limit offset :offset
                """)
                .param("type", blankToNull(entityType))
                .param("id", blankToNull(entityId))
                .param("actor", blankToNull(actor))
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> new AuditEntry(rs.getLong("id"), rs.getTimestamp("at").toInstant(),
                        rs.getString("actor"), rs.getString("action"), rs.getString("entity_type"),
                        rs.getString("entity_id"), rs.getString("reason"), rs.getString("before_state"),
                        rs.getString("after_state")))
                .list();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public record AuditEntry(long id, Instant at, String actor, String action, String entityType, String entityId,
                             String reason, String before, String after) {
    }
}
