package io.zonebrain.indicators.internal.reporting;

import io.zonebrain.platform.StagedImportTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** SQL for {@code indicators_import}: the staged file, its status, counts, problems and the changes it would make. */
@Repository
class ImportStaging {

    private static final String SUMMARY = "select id, zone_id, owner, kind, file_name, status, apply_mode, job_id, "
            + "total_rows, valid_rows, invalid_rows, new_rows, replacing_rows, unchanged_rows, written_count, "
            + "file_rejected, message, created_at, jsonb_array_length(errors) as error_count, "
            + "jsonb_array_length(changes) as change_count from indicators_import";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final StagedImportTable staged;

    ImportStaging(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
        this.staged = new StagedImportTable(jdbc, "indicators_import");
    }

    long create(long zoneId, String owner, ReportKind kind, String fileName, byte[] bytes) {
        return jdbc.sql("insert into indicators_import (zone_id, owner, kind, file_name, file_bytes) "
                        + "values (:z, :o, :k, :f, :b) returning id")
                .param("z", zoneId).param("o", owner).param("k", kind.name()).param("f", fileName).param("b", bytes)
                .query(Long.class).single();
    }

    void jobStarted(long id, UUID job) {
        staged.jobStarted(id, job);
    }

    Optional<ImportSummary> find(long id) {
        return jdbc.sql(SUMMARY + " where id = :id").param("id", id).query(ImportSummary.class).optional();
    }

    List<ImportSummary> recent(String owner, int limit) {
        return jdbc.sql(SUMMARY + " where owner = :o order by created_at desc, id desc limit :l")
                .param("o", owner).param("l", limit).query(ImportSummary.class).list();
    }

    byte[] file(long id) {
        return staged.file(id);
    }

    void checked(long id, CheckedImport c, String status) {
        List<ImportProblem> problems = new ArrayList<>();
        c.fileProblems().forEach(p -> problems.add(ImportProblem.of(p)));
        c.errors().forEach(e -> problems.add(ImportProblem.of(e)));
        jdbc.sql("""
                update indicators_import set status = :status, total_rows = :total, valid_rows = :valid,
                    invalid_rows = :invalid, new_rows = :new, replacing_rows = :replacing, unchanged_rows = :unchanged,
                    file_rejected = :rejected, errors = cast(:errors as jsonb), changes = cast(:changes as jsonb),
                    validated_at = now()
                where id = :id
                """)
                .param("status", status).param("total", c.totalRows()).param("valid", c.valid().size())
                .param("invalid", c.invalidRows())
                .param("new", (int) c.count(PlannedReport.Change.NEW))
                .param("replacing", (int) c.count(PlannedReport.Change.REPLACING))
                .param("unchanged", (int) c.count(PlannedReport.Change.UNCHANGED))
                .param("rejected", c.rejected()).param("errors", json.writeValueAsString(problems))
                .param("changes", json.writeValueAsString(c.changes())).param("id", id).update();
    }

    /** Only one confirmation wins, so a double click applies once; "all" is refused while any row has an error. */
    boolean claimForApply(long id, String owner, String mode) {
        return staged.claimForApply(id, owner, mode);
    }

    void applied(long id, int written) {
        jdbc.sql("update indicators_import set status = 'APPLIED', written_count = :w, applied_at = now() "
                + "where id = :id").param("w", written).param("id", id).update();
    }

    void status(long id, String status, String message) {
        staged.status(id, status, message);
    }

    List<ImportProblem> errors(long id) {
        String text = jdbc.sql("select errors::text from indicators_import where id = :id").param("id", id)
                .query(String.class).single();
        return json.readValue(text, new TypeReference<List<ImportProblem>>() { });
    }

    List<ImportChange> changes(long id) {
        String text = jdbc.sql("select changes::text from indicators_import where id = :id").param("id", id)
                .query(String.class).single();
        return json.readValue(text, new TypeReference<List<ImportChange>>() { });
    }
}
