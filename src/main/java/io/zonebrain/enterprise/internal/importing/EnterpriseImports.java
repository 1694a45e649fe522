package io.zonebrain.enterprise.internal.importing;

import io.zonebrain.platform.BackgroundJobs;
import io.zonebrain.platform.CallerContext;
import io.zonebrain.platform.CurrentUser;
import io.zonebrain.platform.NotFoundException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Excel import of the registry, as officials use it: upload (checked by a background job, nothing written),
 * preview with every problem by row and column, then confirm once — the whole file, or only its valid rows.
 * Re-importing the same file changes nothing: rows are matched by USCC and unchanged rows are not written.
 */
@Service
public class EnterpriseImports {

    public static final String VALIDATE_JOB = "enterprise-import-check";
    public static final String APPLY_JOB = "enterprise-import-apply";

    private final ImportStore store;
    private final FileCheck fileCheck;
    private final ImportApplying applying;
    private final BackgroundJobs jobs;
    private final ImportSettings settings;

    EnterpriseImports(ImportStore store, FileCheck fileCheck, ImportApplying applying, BackgroundJobs jobs,
                      ImportSettings settings) {
        this.store = store;
        this.fileCheck = fileCheck;
        this.applying = applying;
        this.jobs = jobs;
        this.settings = settings;
    }

    /** Stages the file and starts checking it; returns the import's id. The job's page links to the preview. */
    public Started upload(String fileName, byte[] bytes) {
        CurrentUser me = requireOfficial();
        long max = settings.limits().maxBytes();
        if (bytes == null || bytes.length == 0) {
            throw new ImportRejected("excel.emptyFile");
        }
        if (bytes.length > max) {
            throw new ImportRejected("excel.tooLarge", max / 1024 / 1024, String.format(java.util.Locale.ROOT,
                    "%.1f", bytes.length / 1024.0 / 1024.0));
        }
        String name = fileName == null || fileName.isBlank() ? "upload.xlsx"
                : fileName.replaceAll("[\\\\/\\p{Cntrl}]", "_");
        long id = store.create(me.zoneId(), me.username(), name.length() > 200 ? name.substring(0, 200) : name,
                bytes, sha256(bytes));
        UUID job = jobs.start(VALIDATE_JOB, progress -> {
            try {
                CheckedFile checked = fileCheck.check(store.file(id), me, progress::update);
                store.checked(id, checked, checked.rejected() ? "FAILED" : "VALIDATED");
                String text = checked.rejected()
                        ? "文件无法导入 / The file cannot be imported"
                        : "共 " + checked.totalRows() + " 行，" + checked.invalidRows() + " 行有错误 / "
                                + checked.totalRows() + " rows, " + checked.invalidRows() + " with errors";
                return new BackgroundJobs.Outcome(text, link(id));
            } catch (RuntimeException e) {
                store.status(id, "FAILED", "import.check.failed");
                throw e;
            }
        });
        store.jobStarted(id, job);
        return new Started(id, job);
    }

    /** Confirms an import; {@code mode} "all" (only when error-free) or "valid". Refused when already applied. */
    public Started apply(long id, String mode) {
        CurrentUser me = requireOfficial();
        ImportSummary s = find(id);
        if (!"all".equals(mode) && !"valid".equals(mode)) {
            throw new ImportRejected("import.apply.badMode");
        }
        if (!store.claimForApply(id, me.username(), mode)) {
            throw new ImportRejected("all".equals(mode) && s.invalidRows() > 0 && "VALIDATED".equals(s.status())
                    ? "import.apply.hasErrors" : "import.apply.notReady");
        }
        UUID job = jobs.start(APPLY_JOB, progress ->
                new BackgroundJobs.Outcome(applying.apply(id, mode, me, progress), link(id)));
        store.jobStarted(id, job);
        return new Started(id, job);
    }

    /** An import of the caller's own; others' imports are "not found". */
    public ImportSummary find(long id) {
        CurrentUser me = requireOfficial();
        return store.find(id).filter(s -> s.owner().equals(me.username()) && s.zoneId() == me.zoneId())
                .orElseThrow(() -> new NotFoundException("import " + id));
    }

    public List<ImportProblem> problems(long id, int offset, int limit) {
        find(id);
        return store.errors(id, Math.max(0, offset), Math.max(0, limit));
    }

    public List<ImportSummary> recent() {
        return store.recent(requireOfficial().username(), 20);
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

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public record Started(long importId, UUID jobId) {
    }
}
