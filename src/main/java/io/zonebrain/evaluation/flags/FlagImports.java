package io.zonebrain.evaluation.flags;

import io.zonebrain.platform.BackgroundJobs;
import io.zonebrain.platform.CurrentUser;
import io.zonebrain.platform.FieldError;
import io.zonebrain.platform.NotFoundException;
import io.zonebrain.platform.ValidationException;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Excel import of flags for one data year (USCC, flag, note), the shared staged-import life cycle: upload (checked
 * by a background job, nothing written), preview with every problem by row and field, then confirm once — the
 * whole file, or only its valid rows — applied in one transaction after checking again. New flags are added, a
 * flag already set keeps its row and takes the file's note when it differs; an import never removes a flag.
 * Zone-wide officials only; every write is audited with the file's name as the reason.
 */
@Service
public class FlagImports {

    public static final String CHECK_JOB = "evaluation-flags-import-check";
    public static final String APPLY_JOB = "evaluation-flags-import-apply";

    private final FlagImportStaging staging;
    private final FlagImportChecking checking;
    private final EvaluationFlags flags;
    private final BackgroundJobs jobs;
    private final TransactionTemplate tx;

    FlagImports(FlagImportStaging staging, FlagImportChecking checking, EvaluationFlags flags, BackgroundJobs jobs,
                PlatformTransactionManager transactions) {
        this.staging = staging;
        this.checking = checking;
        this.flags = flags;
        this.jobs = jobs;
        this.tx = new TransactionTemplate(transactions);
    }

    public record Started(long importId, UUID jobId) {
    }

    public Started upload(int year, String fileName, byte[] bytes) {
        CurrentUser me = EvaluationFlags.requireZoneWide();
        if (year < 2000 || year > 2100) {
            throw new ValidationException(List.of(FieldError.of("flagYear", "flags.badYear")));
        }
        String name = fileName == null || fileName.isBlank() ? "upload.xlsx"
                : fileName.replaceAll("[\\\\/\\p{Cntrl}]", "_");
        long id = staging.create(me.zoneId(), me.username(), year, name.length() > 200 ? name.substring(0, 200) : name,
                bytes == null ? new byte[0] : bytes);
        UUID job = jobs.start(CHECK_JOB, progress -> {
            try {
                CheckedFlags checked = checking.check(year, staging.file(id), me, progress::update);
                staging.checked(id, checked, checked.rejected() ? "FAILED" : "VALIDATED");
                String text = checked.rejected() ? "文件无法导入 / The file cannot be imported"
                        : "共 " + checked.totalRows() + " 行，" + checked.invalidRows() + " 行有错误 / "
                                + checked.totalRows() + " rows, " + checked.invalidRows() + " with errors";
                return new BackgroundJobs.Outcome(text, link(id));
            } catch (RuntimeException e) {
                staging.status(id, "FAILED", "flags.import.failed");
                throw e;
            }
        });
        staging.jobStarted(id, job);
        return new Started(id, job);
    }

    /** Confirms: "all" (only when error-free) or "valid". Null when the import cannot be confirmed now. */
    public Started apply(long id, String mode) {
        CurrentUser me = EvaluationFlags.requireZoneWide();
        FlagImportSummary s = find(id);
        if (!("all".equals(mode) || "valid".equals(mode)) || !staging.claimForApply(id, me.username(), mode)) {
            return null;
        }
        UUID job = jobs.start(APPLY_JOB, progress -> new BackgroundJobs.Outcome(applyNow(s, mode, me), link(id)));
        staging.jobStarted(id, job);
        return new Started(id, job);
    }

    private String applyNow(FlagImportSummary s, String mode, CurrentUser me) {
        try {
            return tx.execute(status -> {
                CheckedFlags checked = checking.check(s.dataYear(), staging.file(s.id()), me, (d, t) -> { });
                if (checked.rejected() || ("all".equals(mode) && !checked.errors().isEmpty())) {
                    staging.checked(s.id(), checked, checked.rejected() ? "FAILED" : "VALIDATED");
                    return "文件复核发现错误，未写入任何数据 / The file no longer passes its checks; nothing was applied";
                }
                String reason = "Excel 导入 " + s.fileName();
                int written = 0;
                for (CheckedFlags.Planned p : checked.valid()) {
                    if (flags.upsert(me, s.dataYear(), p.enterpriseId(), p.flag(), p.note(), reason)) {
                        written++;
                    }
                }
                staging.checked(s.id(), checked, "APPLYING");
                staging.applied(s.id(), written);
                return "已导入 " + written + " 个标记 / Applied: " + written + " flags written";
            });
        } catch (RuntimeException e) {
            staging.status(s.id(), "FAILED", "flags.import.failed");
            throw e;
        }
    }

    /** One's own import; others' are "not found". */
    public FlagImportSummary find(long id) {
        CurrentUser me = EvaluationFlags.requireZoneWide();
        return staging.find(id).filter(s -> s.owner().equals(me.username()) && s.zoneId() == me.zoneId())
                .orElseThrow(() -> new NotFoundException("import " + id));
    }

    public List<FlagImportProblem> problems(long id) {
        find(id);
        return staging.errors(id);
    }

    public List<FlagImportSummary> recent() {
        return staging.recent(EvaluationFlags.requireZoneWide().username(), 20);
    }

    public static String link(long id) {
        return "/evaluation/flags/import/" + id;
    }
}
