package io.zonebrain.indicators.internal.reporting;

import io.zonebrain.platform.BackgroundJobs;
import io.zonebrain.platform.CallerContext;
import io.zonebrain.platform.CurrentUser;
import io.zonebrain.platform.ImportProblem;
import io.zonebrain.platform.ImportRefused;
import io.zonebrain.platform.StagedImportTable;
import io.zonebrain.platform.StagedImports;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Excel import of monthly reports (the bureau's file for the whole zone) and of annual figures, on the platform's
 * staged-import life cycle ({@link StagedImports}): upload (checked by a background job, nothing written), preview
 * with every problem by row and field and every value it would replace, then confirm once — the whole file, or only
 * its valid rows. Officials only.
 */
@Service
public class ReportImports {

    public static final String CHECK_JOB = "indicators-import-check";
    public static final String APPLY_JOB = "indicators-import-apply";
    private static final String SUMMARY = "id, zone_id, owner, kind, file_name, status, apply_mode, job_id, "
            + "total_rows, valid_rows, invalid_rows, new_rows, replacing_rows, unchanged_rows, written_count, "
            + "file_rejected, message, created_at, jsonb_array_length(errors) as error_count, "
            + "jsonb_array_length(changes) as change_count";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final StagedImportTable table;
    private final StagedImports<ImportSummary> imports;
    private final ImportChecking checking;
    private final ReportImportApplying applying;

    ReportImports(JdbcClient jdbc, JsonMapper json, ImportChecking checking, ReportImportApplying applying,
                  BackgroundJobs jobs, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.json = json;
        this.table = new StagedImportTable(jdbc, json, "indicators_import", SUMMARY);
        // no upload limits here: an empty file is staged and the check rejects it on the preview
        this.imports = new StagedImports<>(table, ImportSummary.class, new StagedImports.Settings(CHECK_JOB,
                APPLY_JOB, "/indicators/import/", StagedImports.Keys.of("indicators.import.failed",
                "indicators.import.failed", "indicators.import.failed"), null), jobs, transactions);
        this.checking = checking;
        this.applying = applying;
    }

    public StagedImports.Started upload(ReportKind kind, String fileName, byte[] bytes) {
        CurrentUser me = requireOfficial();
        return imports.upload(me.zoneId(), me.username(), fileName, bytes, Map.of("kind", kind.name()),
                (file, progress) -> checking.check(kind, file, me, progress));
    }

    /** Confirms: "all" (only when error-free) or "valid". Returns null when the import cannot be confirmed now. */
    public StagedImports.Started apply(long id, String mode) {
        CurrentUser me = requireOfficial();
        ImportSummary s = find(id);
        try {
            return imports.apply(s, mode, applying.by(me, ReportKind.valueOf(s.kind()), mode,
                    undone -> table.checked(id, undone, "VALIDATED")));
        } catch (ImportRefused refused) {
            return null;
        }
    }

    /** One's own import; others' are "not found". */
    public ImportSummary find(long id) {
        CurrentUser me = requireOfficial();
        return imports.find(id, me.username(), me.zoneId());
    }

    public List<ImportProblem> problems(long id) {
        return imports.problems(find(id), 0, Integer.MAX_VALUE);
    }

    public List<ImportChange> changes(long id) {
        find(id);
        String text = jdbc.sql("select changes::text from indicators_import where id = :id").param("id", id)
                .query(String.class).single();
        return json.readValue(text, new TypeReference<List<ImportChange>>() { });
    }

    public List<ImportSummary> recent() {
        return table.recent(requireOfficial().username(), 20, ImportSummary.class);
    }

    public static String link(long id) {
        return "/indicators/import/" + id;
    }

    public static CurrentUser requireOfficial() {
        CurrentUser me = CallerContext.require();
        if (!me.isOfficial()) {
            throw new AccessDeniedException("only zone officials import reports");
        }
        return me;
    }
}
