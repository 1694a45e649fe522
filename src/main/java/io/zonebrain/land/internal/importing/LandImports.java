package io.zonebrain.land.internal.importing;

import io.zonebrain.platform.BackgroundJobs;
import io.zonebrain.platform.CallerContext;
import io.zonebrain.platform.CurrentUser;
import io.zonebrain.platform.NotFoundException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Excel import of parcels and leases, the registry import's life cycle: upload (checked by a background job,
 * nothing written), preview with every problem by row and column, then confirm once — the whole file, or only its
 * valid rows — applied in one transaction. Re-importing an unchanged export changes nothing. Officials only.
 */
@Service
public class LandImports {

    public static final String CHECK_JOB = "land-import-check";
    public static final String APPLY_JOB = "land-import-apply";

    private final LandImportStore store;
    private final LandFileCheck fileCheck;
    private final LandImportApplying applying;
    private final BackgroundJobs jobs;
    private final LandImportSettings settings;

    LandImports(LandImportStore store, LandFileCheck fileCheck, LandImportApplying applying, BackgroundJobs jobs,
                LandImportSettings settings) {
        this.store = store;
        this.fileCheck = fileCheck;
        this.applying = applying;
        this.jobs = jobs;
        this.settings = settings;
    }

    public record Started(long importId, UUID jobId) {
    }

    /** Stages the file and starts checking it. The job's page links to the preview. */
    public Started upload(String fileName, byte[] bytes) {
        CurrentUser me = requireOfficial();
        long max = settings.limits().maxBytes();
        if (bytes == null || bytes.length == 0) {
            throw new LandImportRejected("excel.emptyFile");
        }
        if (bytes.length > max) {
            throw new LandImportRejected("excel.tooLarge", max / 1024 / 1024,
                    String.format(Locale.ROOT, "%.1f", bytes.length / 1024.0 / 1024.0));
        }
        String name = fileName == null || fileName.isBlank() ? "upload.xlsx"
                : fileName.replaceAll("[\\\\/\\p{Cntrl}]", "_");
        long id = store.create(me.zoneId(), me.username(), name.length() > 200 ? name.substring(0, 200) : name,
                bytes, sha256(bytes));
        UUID job = jobs.start(CHECK_JOB, progress -> {
            try {
                CheckedLandFile checked = fileCheck.check(store.file(id), me, progress::update);
                store.checked(id, checked, checked.rejected() ? "FAILED" : "VALIDATED");
                String text = checked.rejected()
                        ? "文件无法导入 / The file cannot be imported"
                        : "共 " + checked.totalRows() + " 行，" + checked.invalidRows() + " 行有错误 / "
                                + checked.totalRows() + " rows, " + checked.invalidRows() + " with errors";
                return new BackgroundJobs.Outcome(text, link(id));
            } catch (RuntimeException e) {
                store.status(id, "FAILED", "land.import.checkFailed");
                throw e;
            }
        });
        store.jobStarted(id, job);
        return new Started(id, job);
    }

    /** Confirms: "all" (only when error-free) or "valid". Refused when already applied or not checked yet. */
    public Started apply(long id, String mode) {
        CurrentUser me = requireOfficial();
        LandImportSummary s = find(id);
        if (!"all".equals(mode) && !"valid".equals(mode)) {
            throw new LandImportRejected("land.import.badMode");
        }
        if (!store.claimForApply(id, me.username(), mode)) {
            throw new LandImportRejected("all".equals(mode) && s.invalidRows() > 0 && "VALIDATED".equals(s.status())
                    ? "land.import.hasErrors" : "land.import.notReady");
        }
        UUID job = jobs.start(APPLY_JOB, progress ->
                new BackgroundJobs.Outcome(applying.apply(id, mode, me, progress), link(id)));
        store.jobStarted(id, job);
        return new Started(id, job);
    }

    /** An import of the caller's own; others' imports are "not found". */
    public LandImportSummary find(long id) {
        CurrentUser me = requireOfficial();
        return store.find(id).filter(s -> s.owner().equals(me.username()) && s.zoneId() == me.zoneId())
                .orElseThrow(() -> new NotFoundException("import " + id));
    }

    public List<LandImportProblem> problems(long id, int offset, int limit) {
        find(id);
        return store.errors(id, Math.max(0, offset), Math.max(0, limit));
    }

    public List<LandImportSummary> recent() {
        return store.recent(requireOfficial().username(), 20);
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

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
