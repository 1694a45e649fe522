package io.zonebrain.enterprise.internal.importing;

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
 * Excel import of the registry, as officials use it: upload (checked by a background job, nothing written),
 * preview with every problem by row and column, then confirm once — the whole file, or only its valid rows.
 * Re-importing the same file changes nothing: rows are matched by USCC and unchanged rows are not written.
 * The life cycle is platform's {@link StagedImports}; this class adds who may import and the registry's parts.
 */
@Service
public class EnterpriseImports {

    public static final String VALIDATE_JOB = "enterprise-import-check";
    public static final String APPLY_JOB = "enterprise-import-apply";
    private static final String SUMMARY = "id, zone_id, owner, file_name, file_sha256, status, apply_mode, job_id, "
            + "total_rows, valid_rows, invalid_rows, new_rows, changed_rows, unchanged_rows, created_count, "
            + "updated_count, file_rejected, message, created_at, validated_at, applied_at, "
            + "jsonb_array_length(errors) as error_count";

    private final StagedImportTable table;
    private final StagedImports<ImportSummary> imports;
    private final FileCheck fileCheck;
    private final ImportApplying applying;

    EnterpriseImports(JdbcClient jdbc, JsonMapper json, FileCheck fileCheck, ImportApplying applying,
                      BackgroundJobs jobs, PlatformTransactionManager transactions, ImportSettings settings) {
        this.table = new StagedImportTable(jdbc, json, "enterprise_import", SUMMARY);
        this.imports = new StagedImports<>(table, ImportSummary.class, new StagedImports.Settings(VALIDATE_JOB,
                APPLY_JOB, "/enterprises/import/", StagedImports.Keys.of("import.check.failed",
                "import.apply.failed", "import.apply.conflict"), settings.limits()), jobs, transactions);
        this.fileCheck = fileCheck;
        this.applying = applying;
    }

    /** Stages the file and starts checking it; returns the import's id. The job's page links to the preview. */
    public StagedImports.Started upload(String fileName, byte[] bytes) {
        CurrentUser me = requireOfficial();
        Map<String, Object> sha = Map.of("file_sha256", StagedImportTable.sha256(bytes == null ? new byte[0] : bytes));
        return imports.upload(me.zoneId(), me.username(), fileName, bytes, sha,
                (file, progress) -> fileCheck.check(file, me, progress));
    }

    /** Confirms an import; {@code mode} "all" (only when error-free) or "valid". Refused when already applied. */
    public StagedImports.Started apply(long id, String mode) {
        CurrentUser me = requireOfficial();
        return imports.apply(find(id), mode, applying.by(me));
    }

    /** An import of the caller's own; others' imports are "not found". */
    public ImportSummary find(long id) {
        CurrentUser me = requireOfficial();
        return imports.find(id, me.username(), me.zoneId());
    }

    public List<ImportProblem> problems(long id, int offset, int limit) {
        return imports.problems(find(id), offset, limit);
    }

    public List<ImportSummary> recent() {
        return table.recent(requireOfficial().username(), 20, ImportSummary.class);
    }

    public static String link(long id) {
        return "/enterprises/import/" + id;
    }

    /** Only zone officials import; enterprise users keep their own profile through the form. */
    public static CurrentUser requireOfficial() {
        CurrentUser me = CallerContext.require();
        if (!me.isOfficial()) {
            throw new AccessDeniedException("only zone officials import the registry");
        }
        return me;
    }
}
