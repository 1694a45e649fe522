package io.zonebrain.indicators.internal.reporting;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for the report tables. Rows are never updated except to mark them replaced: a correction inserts a new
 * current row, so every earlier version stays readable. Callers check the data scope before asking.
 */
@Repository
public class ReportStore {

    private final JdbcClient jdbc;

    ReportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<StoredReport> current(ReportKind kind, long enterpriseId, Object period) {
        if (period == null) {
            return Optional.empty();
        }
        return jdbc.sql(select(kind) + " where enterprise_id = :e and " + kind.periodColumn() + " = :p and current")
                .param("e", enterpriseId).param("p", ReportKind.key(period))
                .query((rs, n) -> row(kind, rs)).optional();
    }

    /** Every version of one enterprise's report for one period, newest first. */
    public List<StoredReport> history(ReportKind kind, long enterpriseId, Object period) {
        return jdbc.sql(select(kind) + " where enterprise_id = :e and " + kind.periodColumn() + " = :p "
                        + "order by reported_at desc, id desc")
                .param("e", enterpriseId).param("p", ReportKind.key(period))
                .query((rs, n) -> row(kind, rs)).list();
    }

    /** Current reports of one enterprise from..to inclusive, oldest first. */
    public List<StoredReport> range(ReportKind kind, long enterpriseId, Object from, Object to) {
        return jdbc.sql(select(kind) + " where enterprise_id = :e and current and " + kind.periodColumn()
                        + " between :f and :t order by " + kind.periodColumn())
                .param("e", enterpriseId).param("f", ReportKind.key(from)).param("t", ReportKind.key(to))
                .query((rs, n) -> row(kind, rs)).list();
    }

    /**
     * Serialises writers of one enterprise's period until the transaction ends, so two simultaneous submissions
     * replace one another in turn instead of one failing on the one-current-report index.
     */
    void lock(ReportEntry e) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:k, 0))")
                .param("k", e.kind() + ":" + e.enterpriseId() + ":" + e.period()).query(Object.class).optional();
    }

    long insert(ReportEntry e, String reportedBy) {
        ReportKind kind = e.kind();
        String columns = kind.figures().stream().map(Figure::column).collect(Collectors.joining(", "));
        String values = kind.figures().stream().map(f -> ":" + f.column()).collect(Collectors.joining(", "));
        var spec = jdbc.sql("insert into " + kind.table() + " (enterprise_id, zone_id, " + kind.periodColumn() + ", "
                        + columns + ", jump_reason, source, reported_by) values (:e, :z, :p, " + values
                        + ", :reason, :source, :by) returning id")
                .param("e", e.enterpriseId()).param("z", e.zoneId()).param("p", ReportKind.key(e.period()))
                .param("reason", e.hasReason() ? e.jumpReason().strip() : null)
                .param("source", e.source().name()).param("by", reportedBy);
        for (Figure f : kind.figures()) {
            spec = spec.param(f.column(), e.value(f), java.sql.Types.NUMERIC);
        }
        return spec.query(Long.class).single();
    }

    /** The previous version stops being current; it stays as history with the moment it was replaced. */
    void markReplaced(ReportKind kind, long id) {
        jdbc.sql("update " + kind.table() + " set current = false, replaced_at = now() where id = :id and current")
                .param("id", id).update();
    }

    private static String select(ReportKind kind) {
        return "select id, enterprise_id, zone_id, " + kind.periodColumn() + " as period, "
                + kind.figures().stream().map(Figure::column).collect(Collectors.joining(", "))
                + ", jump_reason, source, reported_by, reported_at, current, replaced_at from " + kind.table();
    }

    private static StoredReport row(ReportKind kind, ResultSet rs) throws SQLException {
        Map<String, BigDecimal> values = new HashMap<>();
        for (Figure f : kind.figures()) {
            BigDecimal v = rs.getBigDecimal(f.column());
            if (v != null) {
                values.put(f.code(), v);
            }
        }
        return new StoredReport(rs.getLong("id"), rs.getLong("enterprise_id"), rs.getLong("zone_id"),
                ReportKind.period(rs.getObject("period")), values, rs.getString("jump_reason"),
                rs.getString("source"), rs.getString("reported_by"), rs.getTimestamp("reported_at").toInstant(),
                rs.getBoolean("current"),
                rs.getTimestamp("replaced_at") == null ? null : rs.getTimestamp("replaced_at").toInstant());
    }
}
