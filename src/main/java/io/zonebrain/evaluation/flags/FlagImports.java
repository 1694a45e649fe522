package io.zonebrain.evaluation.flags;

import io.zonebrain.platform.BackgroundJobs;
import io.zonebrain.platform.CurrentUser;
import io.zonebrain.platform.FieldError;
import io.zonebrain.platform.ImportProblem;
import io.zonebrain.platform.ImportRefused;
import io.zonebrain.platform.StagedImportTable;
import io.zonebrain.platform.StagedImports;
import io.zonebrain.platform.ValidationException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Excel import of flags for one data year (USCC, flag, note), on the platform's staged-import life cycle
 * ({@link StagedImports}): upload (checked by a background job, nothing written), preview with every problem by row
 * and field, then confirm once — the whole file, or only its valid rows — applied in one transaction after checking
 * again. New flags are added, a flag already set keeps its row and takes the file's note when it differs; an import
 * never removes a flag. Zone-wide officials only; every write is audited with the file's name as the reason.
 */
@Service
public class FlagImports {

    public static final String CHECK_JOB = "evaluation-flags-import-check";
    public static final String APPLY_JOB = "evaluation-flags-import-apply";
    private static final String SUMMARY = "id, zone_id, owner, data_year, file_name, status, apply_mode, job_id,"
            + " total_rows, valid_rows, invalid_rows, new_rows, existing_rows, written_count, file_rejected, message,"
            + " created_at";

    private final StagedImportTable table;
    private final StagedImports<FlagImportSummary> imports;
    private final FlagImportChecking checking;
    private final EvaluationFlags flags;

    FlagImports(JdbcClient jdbc, JsonMapper json, FlagImportChecking checking, EvaluationFlags flags,
                BackgroundJobs jobs, PlatformTransactionManager transactions) {
        this.table = new StagedImportTable(jdbc, json, "evaluation_flag_import", SUMMARY);
        // no upload limits here: an empty file is staged and the check rejects it on the preview
        this.imports = new StagedImports<>(table, FlagImportSummary.class, new StagedImports.Settings(CHECK_JOB,
                APPLY_JOB, "/evaluation/flags/import/", StagedImports.Keys.of("flags.import.failed",
                "flags.import.failed", "flags.import.failed"), null), jobs, transactions);
        this.checking = checking;
        this.flags = flags;
    }

    public record Started(long importId, UUID jobId) {
    }

    public Started upload(int year, String fileName, byte[] bytes) {
        CurrentUser me = EvaluationFlags.requireZoneWide();
        if (year < 2000 || year > 2100) {
            throw new ValidationException(List.of(FieldError.of("flagYear", "flags.badYear")));
        }
        var started = imports.upload(me.zoneId(), me.username(), fileName, bytes, Map.of("data_year", year),
                (file, progress) -> checking.check(year, file, me, progress));
        return new Started(started.importId(), started.jobId());
    }

    /** Confirms: "all" (only when error-free) or "valid". Null when the import cannot be confirmed now. */
    public Started apply(long id, String mode) {
        CurrentUser me = EvaluationFlags.requireZoneWide();
        FlagImportSummary s = find(id);
        try {
            var started = imports.apply(s, mode, applying(s, me));
            return new Started(started.importId(), started.jobId());
        } catch (ImportRefused refused) {
            return null;
        }
    }

    private StagedImports.Applying<CheckedFlags> applying(FlagImportSummary s, CurrentUser me) {
        return new StagedImports.Applying<>() {
            @Override
            public CheckedFlags check(byte[] file, BiConsumer<Integer, Integer> progress) {
                return checking.check(s.dataYear(), file, me, (d, t) -> { });
            }

            @Override
            public StagedImports.Applied write(CheckedFlags checked, String reason,
                                               BiConsumer<Integer, Integer> progress) {
                int written = 0;
                for (CheckedFlags.Planned p : checked.valid()) {
                    if (flags.upsert(me, s.dataYear(), p.enterpriseId(), p.flag(), p.note(), reason)) {
                        written++;
                    }
                }
                return new StagedImports.Applied(Map.of("written_count", written),
                        "已导入 " + written + " 个标记 / Applied: " + written + " flags written");
            }

            @Override
            public boolean conflict(RuntimeException e) {
                return false;
            }
        };
    }

    /** One's own import; others' are "not found". */
    public FlagImportSummary find(long id) {
        CurrentUser me = EvaluationFlags.requireZoneWide();
        return imports.find(id, me.username(), me.zoneId());
    }

    public List<ImportProblem> problems(long id) {
        return imports.problems(find(id), 0, Integer.MAX_VALUE);
    }

    public List<FlagImportSummary> recent() {
        return table.recent(EvaluationFlags.requireZoneWide().username(), 20, FlagImportSummary.class);
    }

    public static String link(long id) {
        return "/evaluation/flags/import/" + id;
    }
}
