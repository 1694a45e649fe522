package io.zonebrain.indicators.internal.reporting;

import io.zonebrain.platform.BackgroundJobs;
import io.zonebrain.platform.CallerContext;
import io.zonebrain.platform.CurrentUser;
import io.zonebrain.platform.NotFoundException;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Excel import of monthly reports (the bureau's file for the whole zone) and of annual figures: upload (checked by a
 * background job, nothing written), preview with every problem by row and field and every value it would replace,
 * then confirm once — the whole file, or only its valid rows. Officials only.
 */
@Service
public class ReportImports {

    public static final String CHECK_JOB = "indicators-import-check";
    public static final String APPLY_JOB = "indicators-import-apply";

    private final ImportStaging staging;
    private final ImportChecking checking;
    private final ReportImportApplying applying;
    private final BackgroundJobs jobs;

    ReportImports(ImportStaging staging, ImportChecking checking, ReportImportApplying applying, BackgroundJobs jobs) {
        this.staging = staging;
        this.checking = checking;
        this.applying = applying;
        this.jobs = jobs;
    }

    public record Started(long importId, UUID jobId) {
    }

    public Started upload(ReportKind kind, String fileName, byte[] bytes) {
        CurrentUser me = requireOfficial();
        String name = fileName == null || fileName.isBlank() ? "upload.xlsx"
                : fileName.replaceAll("[\\\\/\\p{Cntrl}]", "_");
        long id = staging.create(me.zoneId(), me.username(), kind, name.length() > 200 ? name.substring(0, 200) : name,
                bytes == null ? new byte[0] : bytes);
        UUID job = jobs.start(CHECK_JOB, progress -> {
            try {
                CheckedImport checked = checking.check(kind, staging.file(id), me, progress::update);
                staging.checked(id, checked, checked.rejected() ? "FAILED" : "VALIDATED");
                String text = checked.rejected() ? "文件无法导入 / The file cannot be imported"
                        : "共 " + checked.totalRows() + " 行，" + checked.invalidRows() + " 行有错误 / "
                                + checked.totalRows() + " rows, " + checked.invalidRows() + " with errors";
                return new BackgroundJobs.Outcome(text, link(id));
            } catch (RuntimeException e) {
                staging.status(id, "FAILED", "indicators.import.failed");
                throw e;
            }
        });
        staging.jobStarted(id, job);
        return new Started(id, job);
    }

    /** Confirms: "all" (only when error-free) or "valid". Returns null when the import cannot be confirmed now. */
    public Started apply(long id, String mode) {
        CurrentUser me = requireOfficial();
        ImportSummary s = find(id);
        if (!("all".equals(mode) || "valid".equals(mode)) || !staging.claimForApply(id, me.username(), mode)) {
            return null;
        }
        ReportKind kind = ReportKind.valueOf(s.kind());
        UUID job = jobs.start(APPLY_JOB, progress ->
                new BackgroundJobs.Outcome(applying.apply(id, kind, mode, me, progress), link(id)));
        staging.jobStarted(id, job);
        return new Started(id, job);
    }

    /** One's own import; others' are "not found". */
    public ImportSummary find(long id) {
        CurrentUser me = requireOfficial();
        return staging.find(id).filter(s -> s.owner().equals(me.username()) && s.zoneId() == me.zoneId())
                .orElseThrow(() -> new NotFoundException("import " + id));
    }

    public List<ImportProblem> problems(long id) {
        find(id);
        return staging.errors(id);
    }

    public List<ImportChange> changes(long id) {
        find(id);
        return staging.changes(id);
    }

    public List<ImportSummary> recent() {
        return staging.recent(requireOfficial().username(), 20);
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
