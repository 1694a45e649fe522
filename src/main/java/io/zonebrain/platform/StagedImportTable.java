package io.zonebrain.platform;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The SQL every Excel import shares, over a module's own staging table: stage the file, find it, record what the
 * check found, claim it once for applying, record the outcome, page through its problems. Each module owns its table
 * (its count columns and a kind or year differ); the table must have {@code id, zone_id, owner, file_name,
 * file_bytes, status, apply_mode, job_id, total_rows, valid_rows, invalid_rows, file_rejected, errors (jsonb),
 * message, created_at, validated_at, applied_at}. Table and column names are checked, values always bound.
 */
public final class StagedImportTable {

    private static final Pattern TABLE = Pattern.compile("[a-z][a-z0-9_]*_import");
    private static final Pattern COLUMN = Pattern.compile("[a-z][a-z0-9_]*");

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final String table;
    private final String summary;

    /** {@code summaryColumns}: the select list of the module's summary record, in its component order. */
    public StagedImportTable(JdbcClient jdbc, JsonMapper json, String table, String summaryColumns) {
        if (!TABLE.matcher(table).matches()) {
            throw new IllegalArgumentException("not a staging table: " + table);
        }
        this.jdbc = jdbc;
        this.json = json;
        this.table = table;
        this.summary = "select " + summaryColumns + " from " + table;
    }

    /** Stages an uploaded file; {@code extra} are the table's own columns (a kind, a year, the file's SHA-256). */
    public long stage(long zoneId, String owner, String fileName, byte[] bytes, Map<String, Object> extra) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("zone_id", zoneId);
        values.put("owner", owner);
        values.put("file_name", fileName);
        values.put("file_bytes", bytes);
        values.putAll(extra);
        List<String> names = values.keySet().stream().map(StagedImportTable::column).toList();
        var sql = jdbc.sql("insert into " + table + " (" + String.join(", ", names) + ") values ("
                + String.join(", ", names.stream().map(n -> ":" + n).toList()) + ") returning id");
        for (var e : values.entrySet()) {
            sql = sql.param(e.getKey(), e.getValue());
        }
        return sql.query(Long.class).single();
    }

    public <S> Optional<S> find(long id, Class<S> type) {
        return jdbc.sql(summary + " where id = :id").param("id", id).query(type).optional();
    }

    /** The owner's latest imports, optionally only those whose {@code column} (a kind) equals {@code value}. */
    public <S> List<S> recent(String owner, int limit, Class<S> type, String column, Object value) {
        String where = column == null ? "" : " and " + column(column) + " = :v";
        var sql = jdbc.sql(summary + " where owner = :o" + where + " order by created_at desc, id desc limit :l")
                .param("o", owner).param("l", limit);
        return (column == null ? sql : sql.param("v", value)).query(type).list();
    }

    public <S> List<S> recent(String owner, int limit, Class<S> type) {
        return recent(owner, limit, type, null, null);
    }

    public void jobStarted(long id, UUID jobId) {
        jdbc.sql("update " + table + " set job_id = :j where id = :id").param("j", jobId).param("id", id).update();
    }

    public byte[] file(long id) {
        return jdbc.sql("select file_bytes from " + table + " where id = :id").param("id", id)
                .query(byte[].class).single();
    }

    /** Records what the check found; the file stays staged, nothing else is written. */
    public void checked(long id, ImportCheckResult checked, String status) {
        List<ImportProblem> problems = new ArrayList<>();
        checked.fileProblems().forEach(p -> problems.add(ImportProblem.of(p)));
        checked.errors().forEach(e -> problems.add(ImportProblem.of(e)));
        StringBuilder set = new StringBuilder();
        checked.counts().keySet().forEach(c -> set.append(", ").append(column(c)).append(" = :").append(c));
        checked.jsonColumns().keySet().forEach(c -> set.append(", ").append(column(c)).append(" = cast(:")
                .append(c).append(" as jsonb)"));
        var sql = jdbc.sql("update " + table + " set status = :status, total_rows = :total, valid_rows = :valid, "
                        + "invalid_rows = :invalid, file_rejected = :rejected, errors = cast(:errors as jsonb), "
                        + "validated_at = now()" + set + " where id = :id")
                .param("status", status).param("total", checked.totalRows()).param("valid", checked.validRows())
                .param("invalid", checked.invalidRows()).param("rejected", checked.rejected())
                .param("errors", json.writeValueAsString(problems)).param("id", id);
        for (var e : checked.counts().entrySet()) {
            sql = sql.param(e.getKey(), e.getValue());
        }
        for (var e : checked.jsonColumns().entrySet()) {
            sql = sql.param(e.getKey(), json.writeValueAsString(e.getValue()));
        }
        sql.update();
    }

    /**
     * Moves a checked import to APPLYING; only one caller can win, so a double click applies once. "all" is
     * refused while any row has an error; a rejected file can never be applied.
     */
    public boolean claimForApply(long id, String owner, String mode) {
        return jdbc.sql("update " + table + " set status = 'APPLYING', apply_mode = :mode, message = null "
                        + "where id = :id and owner = :owner and status = 'VALIDATED' and not file_rejected "
                        + "and (:mode = 'valid' or invalid_rows = 0)")
                .param("id", id).param("owner", owner).param("mode", mode).update() == 1;
    }

    /** Marks an applying import applied with the table's outcome counts ({@code created_count} …). */
    public void applied(long id, Map<String, Integer> counts) {
        StringBuilder set = new StringBuilder();
        counts.keySet().forEach(c -> set.append(", ").append(column(c)).append(" = :").append(c));
        var sql = jdbc.sql("update " + table + " set status = 'APPLIED', applied_at = now()" + set
                + " where id = :id and status = 'APPLYING'").param("id", id);
        for (var e : counts.entrySet()) {
            sql = sql.param(e.getKey(), e.getValue());
        }
        sql.update();
    }

    public void status(long id, String status, String message) {
        jdbc.sql("update " + table + " set status = :s, message = :m where id = :id")
                .param("s", status).param("m", message).param("id", id).update();
    }

    /** One page of the problems in file order; the downloadable report asks for all of them. */
    public List<ImportProblem> problems(long id, int offset, int limit) {
        String text = jdbc.sql("select coalesce(jsonb_agg(e order by n), '[]'::jsonb)::text from ("
                        + "select e, n from " + table + " i, jsonb_array_elements(i.errors) with ordinality as x(e, n) "
                        + "where i.id = :id order by n offset :o limit :l) page")
                .param("id", id).param("o", Math.max(0, offset)).param("l", Math.max(0, limit))
                .query(String.class).single();
        return json.readValue(text, new TypeReference<List<ImportProblem>>() { });
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String column(String name) {
        if (!COLUMN.matcher(name).matches()) {
            throw new IllegalArgumentException("not a column: " + name);
        }
        return name;
    }
}
