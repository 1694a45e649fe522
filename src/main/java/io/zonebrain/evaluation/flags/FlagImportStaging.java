package io.zonebrain.evaluation.flags;

import io.zonebrain.platform.StagedImportTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** SQL for evaluation_flag_import: the staged file, its status, counts and problems (StagedImportTable's life cycle). */
@Repository
class FlagImportStaging {

    private static final String SUMMARY = "select id, zone_id, owner, data_year, file_name, status, apply_mode, job_id,"
            + " total_rows, valid_rows, invalid_rows, new_rows, existing_rows, written_count, file_rejected, message,"
            + " created_at from evaluation_flag_import";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final StagedImportTable staged;

    FlagImportStaging(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
        this.staged = new StagedImportTable(jdbc, "evaluation_flag_import");
    }

    long create(long zoneId, String owner, int year, String fileName, byte[] bytes) {
        return jdbc.sql("insert into evaluation_flag_import (zone_id, owner, data_year, file_name, file_bytes)"
                        + " values (:z, :o, :y, :f, :b) returning id")
                .param("z", zoneId).param("o", owner).param("y", year).param("f", fileName).param("b", bytes)
                .query(Long.class).single();
    }

    void jobStarted(long id, UUID job) {
        staged.jobStarted(id, job);
    }

    Optional<FlagImportSummary> find(long id) {
        return jdbc.sql(SUMMARY + " where id = :id").param("id", id).query(FlagImportSummary.class).optional();
    }

    List<FlagImportSummary> recent(String owner, int limit) {
        return jdbc.sql(SUMMARY + " where owner = :o order by created_at desc, id desc limit :l")
                .param("o", owner).param("l", limit).query(FlagImportSummary.class).list();
    }

    byte[] file(long id) {
        return staged.file(id);
    }

    void checked(long id, CheckedFlags c, String status) {
        List<FlagImportProblem> problems = new ArrayList<>();
        c.fileProblems().forEach(p -> problems.add(FlagImportProblem.of(p)));
        c.errors().forEach(e -> problems.add(FlagImportProblem.of(e)));
        jdbc.sql("""
                update evaluation_flag_import set status = :status, total_rows = :total, valid_rows = :valid,
                    invalid_rows = :invalid, new_rows = :new, existing_rows = :existing, file_rejected = :rejected,
                    errors = cast(:errors as jsonb), validated_at = now()
                where id = :id
                """)
                .param("status", status).param("total", c.totalRows()).param("valid", c.valid().size())
                .param("invalid", c.invalidRows()).param("new", c.newRows()).param("existing", c.existingRows())
                .param("rejected", c.rejected()).param("errors", json.writeValueAsString(problems))
                .param("id", id).update();
    }

    boolean claimForApply(long id, String owner, String mode) {
        return staged.claimForApply(id, owner, mode);
    }

    void applied(long id, int written) {
        jdbc.sql("update evaluation_flag_import set status = 'APPLIED', written_count = :w, applied_at = now()"
                + " where id = :id").param("w", written).param("id", id).update();
    }

    void status(long id, String status, String message) {
        staged.status(id, status, message);
    }

    List<FlagImportProblem> errors(long id) {
        String text = jdbc.sql("select errors::text from evaluation_flag_import where id = :id").param("id", id)
                .query(String.class).single();
        return json.readValue(text, new TypeReference<List<FlagImportProblem>>() { });
    }
}
