package io.zonebrain.fashion.internal.importing;

import io.zonebrain.fashion.FashionCaller;
import io.zonebrain.platform.BackgroundJobs;
import io.zonebrain.platform.ConcurrentEditException;
import io.zonebrain.platform.ExcelSheetReader;
import io.zonebrain.platform.NotFoundException;
import io.zonebrain.platform.ValidationException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Excel imports of factories (the operator) and orders (a brand, or the operator), with the life cycle every
 * import of Zonebrain shares: upload → a background job checks the whole file (nothing written) → preview with
 * every problem by row and column → confirm once, the whole file or only its valid rows, in ONE transaction that
 * checks the file again first. Re-importing an unedited export changes nothing.
 */
@Service
public class FashionImports {

    public static final String CHECK_JOB = "fashion-import-check";
    public static final String APPLY_JOB = "fashion-import-apply";
    private static final int PROGRESS_EVERY = 200;

    private final FashionImportStore store;
    private final List<SheetImport<?>> kinds;
    private final BackgroundJobs jobs;
    private final TransactionTemplate tx;
    private final TransactionTemplate outsideTx;
    private final ExcelSheetReader.Limits limits;

    FashionImports(FashionImportStore store, List<SheetImport<?>> kinds, BackgroundJobs jobs,
                   PlatformTransactionManager transactions,
                   @Value("${zonebrain.import.max-bytes:" + ExcelSheetReader.Limits.DEFAULT_MAX_BYTES + "}") long maxBytes,
                   @Value("${zonebrain.import.max-rows:" + ExcelSheetReader.Limits.DEFAULT_MAX_ROWS + "}") int maxRows) {
        this.store = store;
        this.kinds = kinds;
        this.jobs = jobs;
        this.tx = new TransactionTemplate(transactions);
        this.outsideTx = new TransactionTemplate(transactions);
        this.outsideTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.limits = new ExcelSheetReader.Limits(maxBytes, maxRows);
    }

    /** The kind, when the caller may import it: factories are the operator's, orders a brand's or the operator's. */
    public SheetImport<?> kind(String kind) {
        FashionCaller me = FashionCaller.current().requireParticipant();
        SheetImport<?> k = kinds.stream().filter(x -> x.kind().equals(kind)).findFirst()
                .orElseThrow(() -> new NotFoundException("import kind " + kind));
        if (!k.allowed(me)) {
            throw new AccessDeniedException("import of " + kind + " not allowed for " + me.username());
        }
        return k;
    }

    public void writeTemplate(String kind, OutputStream out, Locale locale) {
        kind(kind).writeTemplate(out, FashionCaller.current().zoneId(), locale);
    }

    /** Stages the file and starts checking it; the job's page links to the preview. */
    public Started upload(String kind, String fileName, byte[] bytes) {
        SheetImport<?> k = kind(kind);
        FashionCaller me = FashionCaller.current();
        if (bytes == null || bytes.length == 0) {
            throw new ImportRefused("excel.emptyFile");
        }
        if (bytes.length > limits.maxBytes()) {
            throw new ImportRefused("excel.tooLarge", limits.maxBytes() / 1024 / 1024,
                    String.format(Locale.ROOT, "%.1f", bytes.length / 1024.0 / 1024.0));
        }
        String name = fileName == null || fileName.isBlank() ? "upload.xlsx"
                : fileName.replaceAll("[\\\\/\\p{Cntrl}]", "_");
        long id = store.create(me.zoneId(), kind, me.username(), name.length() > 200 ? name.substring(0, 200) : name,
                bytes, sha256(bytes));
        UUID job = jobs.start(CHECK_JOB, progress -> {
            try {
                CheckedSheet<?> checked = k.check(store.file(id), me, limits, progress::update);
                store.checked(id, checked, checked.rejected() ? "FAILED" : "VALIDATED");
                String text = checked.rejected() ? "文件无法导入 / The file cannot be imported"
                        : "共 " + checked.totalRows() + " 行，" + checked.invalidRows() + " 行有错误 / "
                                + checked.totalRows() + " rows, " + checked.invalidRows() + " with errors";
                return new BackgroundJobs.Outcome(text, link(id));
            } catch (RuntimeException e) {
                store.status(id, "FAILED", "fashion.import.check.failed");
                throw e;
            }
        });
        store.jobStarted(id, job);
        return new Started(id, job);
    }

    /** Confirms an import: "all" (only when error-free) or "valid". A second click finds it claimed and is refused. */
    public Started apply(long id, String mode) {
        ImportSummary s = find(id);
        SheetImport<?> k = kind(s.kind());
        FashionCaller me = FashionCaller.current();
        if (!"all".equals(mode) && !"valid".equals(mode)) {
            throw new ImportRefused("import.apply.badMode");
        }
        if (!store.claimForApply(id, me.username(), mode)) {
            throw new ImportRefused("all".equals(mode) && s.invalidRows() > 0 && "VALIDATED".equals(s.status())
                    ? "import.apply.hasErrors" : "import.apply.notReady");
        }
        UUID job = jobs.start(APPLY_JOB, progress -> new BackgroundJobs.Outcome(applyNow(id, mode, k, me, progress),
                link(id)));
        store.jobStarted(id, job);
        return new Started(id, job);
    }

    private <D> String applyNow(long id, String mode, SheetImport<D> k, FashionCaller me,
                                BackgroundJobs.Progress progress) {
        ImportSummary summary = store.find(id).orElseThrow();
        String reason = "Excel 导入 " + summary.fileName();
        try {
            return tx.execute(status -> {
                CheckedSheet<D> checked = k.check(store.file(id), me, limits,
                        (done, total) -> report(progress, done, total * 2));
                if (checked.rejected() || ("all".equals(mode) && !checked.errors().isEmpty())) {
                    store.checked(id, checked, checked.rejected() ? "FAILED" : "VALIDATED");
                    return "文件复核发现错误，未写入任何数据 / The file no longer passes its checks; nothing was applied";
                }
                store.checked(id, checked, "APPLYING");
                int created = 0;
                int updated = 0;
                int done = 0;
                int total = checked.totalRows();
                for (PlannedRow<D> row : checked.valid()) {
                    if (row.change() != PlannedRow.Change.UNCHANGED) {
                        if (k.apply(row, reason)) {
                            created++;
                        } else {
                            updated++;
                        }
                    }
                    if (++done % PROGRESS_EVERY == 0) {
                        report(progress, total + done, total * 2);
                    }
                }
                store.applied(id, created, updated);
                return "已导入：新增 " + created + "，更新 " + updated + "，未变 "
                        + checked.count(PlannedRow.Change.UNCHANGED) + " / Applied: " + created + " created, "
                        + updated + " updated, " + checked.count(PlannedRow.Change.UNCHANGED) + " unchanged";
            });
        } catch (ConcurrentEditException | ValidationException e) {
            store.status(id, "VALIDATED", "fashion.import.apply.conflict");
            return "其他人在导入期间修改了部分记录，未写入任何数据，可重新确认导入 / Someone changed some of these "
                    + "records meanwhile; nothing was applied, confirm again to retry";
        } catch (RuntimeException e) {
            store.status(id, "FAILED", "fashion.import.apply.failed");
            throw e;
        }
    }

    private void report(BackgroundJobs.Progress progress, int done, int total) {
        outsideTx.executeWithoutResult(s -> progress.update(done, total));
    }

    /** The caller's own import; anyone else's is "not found". */
    public ImportSummary find(long id) {
        FashionCaller me = FashionCaller.current().requireReader();
        return store.find(id).filter(s -> s.owner().equals(me.username()) && s.zoneId() == me.zoneId())
                .orElseThrow(() -> new NotFoundException("import " + id));
    }

    public List<ImportProblem> problems(long id, int offset, int limit) {
        find(id);
        return store.errors(id, Math.max(0, offset), Math.max(0, limit));
    }

    public List<ImportSummary> recent(String kind) {
        kind(kind);
        return store.recent(FashionCaller.current().username(), kind);
    }

    /** Column headings by key in the reader's language, for the preview and error report. */
    public String heading(String kind, String key, Locale locale) {
        return kinds.stream().filter(x -> x.kind().equals(kind)).flatMap(x -> x.columns().stream())
                .filter(c -> c.key().equals(key)).findFirst().map(c -> c.heading(locale)).orElse(key);
    }

    public static String link(long id) {
        return "/fashion/imports/" + id;
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
