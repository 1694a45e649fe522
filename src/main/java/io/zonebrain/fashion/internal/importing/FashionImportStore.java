package io.zonebrain.fashion.internal.importing;

import io.zonebrain.platform.StagedImportTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** SQL for the staging table {@code fashion_import}. */
@Repository
class FashionImportStore {

    private static final String SUMMARY = "select id, zone_id, kind, owner, file_name, status, job_id, total_rows, "
            + "valid_rows, invalid_rows, new_rows, changed_rows, unchanged_rows, created_count, updated_count, "
            + "file_rejected, message, created_at, jsonb_array_length(errors) as error_count from fashion_import";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final StagedImportTable staged;

    FashionImportStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
        this.staged = new StagedImportTable(jdbc, "fashion_import");
    }

    long create(long zoneId, String kind, String owner, String fileName, byte[] bytes, String sha256) {
        return jdbc.sql("insert into fashion_import (zone_id, kind, owner, file_name, file_bytes, file_sha256) "
                        + "values (:z, :k, :o, :f, :b, :s) returning id")
                .param("z", zoneId).param("k", kind).param("o", owner).param("f", fileName).param("b", bytes)
                .param("s", sha256).query(Long.class).single();
    }

    void jobStarted(long id, UUID job) {
        staged.jobStarted(id, job);
    }

    Optional<ImportSummary> find(long id) {
        return jdbc.sql(SUMMARY + " where id = :id").param("id", id).query(ImportSummary.class).optional();
    }

    List<ImportSummary> recent(String owner, String kind) {
        return jdbc.sql(SUMMARY + " where owner = :o and kind = :k order by created_at desc, id desc limit 20")
                .param("o", owner).param("k", kind).query(ImportSummary.class).list();
    }

    byte[] file(long id) {
        return staged.file(id);
    }

    void checked(long id, CheckedSheet<?> checked, String status) {
        List<ImportProblem> errors = new ArrayList<>();
        checked.fileProblems().forEach(p -> errors.add(ImportProblem.of(p)));
        checked.errors().forEach(e -> errors.add(ImportProblem.of(e)));
        jdbc.sql("""
                update fashion_import set status = :status, total_rows = :total, valid_rows = :valid,
                    invalid_rows = :invalid, new_rows = :new, changed_rows = :changed, unchanged_rows = :unchanged,
                    file_rejected = :rejected, errors = cast(:errors as jsonb), validated_at = now()
                where id = :id
                """)
                .param("status", status).param("total", checked.totalRows()).param("valid", checked.valid().size())
                .param("invalid", checked.invalidRows())
                .param("new", (int) checked.count(PlannedRow.Change.NEW))
                .param("changed", (int) checked.count(PlannedRow.Change.CHANGED))
                .param("unchanged", (int) checked.count(PlannedRow.Change.UNCHANGED))
                .param("rejected", checked.rejected())
                .param("errors", json.writeValueAsString(errors)).param("id", id).update();
    }

    boolean claimForApply(long id, String owner, String mode) {
        return staged.claimForApply(id, owner, mode);
    }

    void applied(long id, int created, int updated) {
        jdbc.sql("update fashion_import set status = 'APPLIED', created_count = :c, updated_count = :u, "
                        + "applied_at = now() where id = :id and status = 'APPLYING'")
                .param("c", created).param("u", updated).param("id", id).update();
    }

    void status(long id, String status, String message) {
        staged.status(id, status, message);
    }

    List<ImportProblem> errors(long id, int offset, int limit) {
        String text = jdbc.sql("""
                select coalesce(jsonb_agg(e order by n), '[]'::jsonb)::text from (
                    select e, n from fashion_import i, jsonb_array_elements(i.errors) with ordinality as x(e, n)
                    where i.id = :id order by n offset :o limit :l) page
                """)
                .param("id", id).param("o", offset).param("l", limit).query(String.class).single();
        return json.readValue(text, new TypeReference<List<ImportProblem>>() { });
    }
}
