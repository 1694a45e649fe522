package io.zonebrain.land.internal.importing;

import io.zonebrain.platform.BackgroundJobs;
import io.zonebrain.platform.CallerContext;
import io.zonebrain.platform.CurrentUser;
import io.zonebrain.platform.ImportProblem;
import io.zonebrain.platform.StagedImportTable;
import io.zonebrain.platform.StagedImports;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Excel import of parcels and leases, the platform's staged-import life cycle ({@link StagedImports}): upload
 * (checked by a background job, nothing written), preview with every problem by row and column, then confirm once —
 * the whole file, or only its valid rows — applied in one transaction. Re-importing an unchanged export changes
 * nothing. Officials only.
 */
@Service
public class LandImports {

    public static final String CHECK_JOB = "land-import-check";
    public static final String APPLY_JOB = "land-import-apply";
    private static final String SUMMARY = "id, zone_id, owner, file_name, status, apply_mode, job_id, total_rows, "
            + "valid_rows, invalid_rows, new_rows, changed_rows, unchanged_rows, created_count, updated_count, "
            + "file_rejected, message, created_at, jsonb_array_length(errors) as error_count";

    private final StagedImportTable table;
    private final StagedImports<LandImportSummary> imports;
    private final LandFileCheck fileCheck;
    private final LandImportApplying applying;

    LandImports(JdbcClient jdbc, JsonMapper json, LandFileCheck fileCheck, LandImportApplying applying,
                BackgroundJobs jobs, PlatformTransactionManager transactions, LandImportSettings settings) {
        this.table = new StagedImportTable(jdbc, json, "land_import", SUMMARY);
        this.imports = new StagedImports<>(table, LandImportSummary.class, new StagedImports.Settings(CHECK_JOB,
                APPLY_JOB, "/land/import/", new StagedImports.Keys("land.import.checkFailed",
                "land.import.applyFailed", "land.import.conflict", "land.import.badMode", "land.import.hasErrors",
                "land.import.notReady"), settings.limits()), jobs, transactions);
        this.fileCheck = fileCheck;
        this.applying = applying;
    }

    /** Stages the file and starts checking it. The job's page links to the preview. */
    public StagedImports.Started upload(String fileName, byte[] bytes) {
        CurrentUser me = requireOfficial();
        Map<String, Object> sha = Map.of("file_sha256", StagedImportTable.sha256(bytes == null ? new byte[0] : bytes));
        return imports.upload(me.zoneId(), me.username(), fileName, bytes, sha,
                (file, progress) -> fileCheck.check(file, me, progress));
    }

    /** Confirms: "all" (only when error-free) or "valid". Refused when already applied or not checked yet. */
    public StagedImports.Started apply(long id, String mode) {
        CurrentUser me = requireOfficial();
        return imports.apply(find(id), mode, applying.by(me));
    }

    /** An import of the caller's own; others' imports are "not found". */
    public LandImportSummary find(long id) {
        CurrentUser me = requireOfficial();
        return imports.find(id, me.username(), me.zoneId());
    }

    public List<ImportProblem> problems(long id, int offset, int limit) {
        return imports.problems(find(id), offset, limit);
    }

    public List<LandImportSummary> recent() {
        return table.recent(requireOfficial().username(), 20, LandImportSummary.class);
    }

    public static String link(long id) {
        return "/land/import/" + id;
    }

    public static CurrentUser requireOfficial() {
        CurrentUser me = CallerContext.require();
        if (!me.isOfficial()) {
            throw new AccessDeniedException("only zone officials import land");
        }
        return me;
    }
}
