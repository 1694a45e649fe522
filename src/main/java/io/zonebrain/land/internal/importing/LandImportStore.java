package io.zonebrain.land.internal.importing;

import io.zonebrain.platform.StagedImportTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** SQL for the staging table {@code land_import}: the uploaded file, its status, counts and problems. */
@Repository
class LandImportStore {

    private static final String SUMMARY = "select id, zone_id, owner, file_name, status, apply_mode, job_id, "
            + "total_rows, valid_rows, invalid_rows, new_rows, changed_rows, unchanged_rows, created_count, "
            + "updated_count, file_rejected, message, created_at, jsonb_array_length(errors) as error_count "
            + "from land_import";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final StagedImportTable staged;

    LandImportStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
        this.staged = new StagedImportTable(jdbc, "land_import");
    }

    long create(long zoneId, String owner, String fileName, byte[] bytes, String sha256) {
        return jdbc.sql("insert into land_import (zone_id, owner, file_name, file_bytes, file_sha256) "
                        + "values (:z, :o, :f, :b, :s) returning id")
                .param("z", zoneId).param("o", owner).param("f", fileName).param("b", bytes).param("s", sha256)
                .query(Long.class).single();
    }

    void jobStarted(long id, UUID jobId) {
        staged.jobStarted(id, jobId);
    }

    Optional<LandImportSummary> find(long id) {
        return jdbc.sql(SUMMARY + " where id = :id").param("id", id).query(LandImportSummary.class).optional();
    }

    List<LandImportSummary> recent(String owner, int limit) {
        return jdbc.sql(SUMMARY + " where owner = :o order by created_at desc, id desc limit :l")
                .param("o", owner).param("l", limit).query(LandImportSummary.class).list();
    }

    byte[] file(long id) {
        return staged.file(id);
    }

    /** Records what the check found; the file stays staged, nothing else is written. */
    void checked(long id, CheckedLandFile checked, String status) {
        List<LandImportProblem> errors = new ArrayList<>();
        checked.fileProblems().forEach(p -> errors.add(LandImportProblem.of(p)));
        checked.errors().forEach(e -> errors.add(LandImportProblem.of(e)));
        jdbc.sql("""
                update land_import set status = :status, total_rows = :total, valid_rows = :valid,
                    invalid_rows = :invalid, new_rows = :new, changed_rows = :changed, unchanged_rows = :unchanged,
                    file_rejected = :rejected, errors = cast(:errors as jsonb), validated_at = now()
                where id = :id
                """)
                .param("status", status).param("total", checked.totalRows()).param("valid", checked.validRows())
                .param("invalid", checked.invalidRows())
                .param("new", (int) checked.count(Change.NEW))
                .param("changed", (int) checked.count(Change.CHANGED))
                .param("unchanged", (int) checked.count(Change.UNCHANGED))
                .param("rejected", checked.rejected())
                .param("errors", json.writeValueAsString(errors)).param("id", id).update();
    }

    boolean claimForApply(long id, String owner, String mode) {
        return staged.claimForApply(id, owner, mode);
    }

    void applied(long id, int created, int updated) {
        jdbc.sql("update land_import set status = 'APPLIED', created_count = :c, updated_count = :u, "
                        + "applied_at = now() where id = :id and status = 'APPLYING'")
                .param("c", created).param("u", updated).param("id", id).update();
    }

    void status(long id, String status, String message) {
        staged.status(id, status, message);
    }

    /** One page of the problems in file order; the downloadable report has them all. */
    List<LandImportProblem> errors(long id, int offset, int limit) {
        String text = jdbc.sql("""
                select coalesce(jsonb_agg(e order by n), '[]'::jsonb)::text from (
                    select e, n from land_import i, jsonb_array_elements(i.errors) with ordinality as x(e, n)
                    where i.id = :id order by n offset :o limit :l) page
                """)
                .param("id", id).param("o", offset).param("l", limit).query(String.class).single();
        return json.readValue(text, new TypeReference<List<LandImportProblem>>() { });
    }
}
