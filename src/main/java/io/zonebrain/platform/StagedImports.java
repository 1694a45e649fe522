package io.zonebrain.platform;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The life cycle every Excel import shares, with the module's parts passed in: upload → a background job checks the
 * whole file (nothing written) → preview by row and field → confirm once, "all" (only when no row has an error) or
 * "valid", in ONE transaction that checks the file again first → applied. A double click finds the import claimed.
 * Each module keeps its own roles and data scope: it checks the caller before calling in, and its check and write
 * functions carry the caller's identity into the jobs.
 */
public final class StagedImports<S extends StagedImportSummary> {

    static final String CANNOT_IMPORT = "文件无法导入 / The file cannot be imported";
    static final String NO_LONGER_PASSES =
            "文件复核发现错误，未写入任何数据 / The file no longer passes its checks; nothing was applied";

    private final StagedImportTable table;
    private final Class<S> type;
    private final Settings settings;
    private final BackgroundJobs jobs;
    private final TransactionTemplate tx;
    private final TransactionTemplate outsideTx;

    public StagedImports(StagedImportTable table, Class<S> type, Settings settings, BackgroundJobs jobs,
                         PlatformTransactionManager transactions) {
        this.table = table;
        this.type = type;
        this.settings = settings;
        this.jobs = jobs;
        this.tx = new TransactionTemplate(transactions);
        // progress must be visible while the import's transaction is still open
        this.outsideTx = new TransactionTemplate(transactions);
        this.outsideTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * A module's import: its job names, the link of an import's preview ({@code linkPrefix + id}), its message keys,
     * and upload limits ({@code null}: an empty or oversize file is staged and the check rejects it).
     */
    public record Settings(String checkJob, String applyJob, String linkPrefix, Keys keys,
                           ExcelSheetReader.Limits limits) {
    }

    /** Message keys for the import's status message and for refusals; modules keep their own wording. */
    public record Keys(String checkFailed, String applyFailed, String conflict, String badMode, String hasErrors,
                       String notReady) {

        /** The importing bundle's keys, with the module's own for a failed check, a failed apply and a conflict. */
        public static Keys of(String checkFailed, String applyFailed, String conflict) {
            return new Keys(checkFailed, applyFailed, conflict, "import.apply.badMode", "import.apply.hasErrors",
                    "import.apply.notReady");
        }
    }

    /** The module's check of a whole file; writes nothing. {@code progress} takes (done, total). */
    @FunctionalInterface
    public interface Checking<C extends ImportCheckResult> {
        C check(byte[] file, BiConsumer<Integer, Integer> progress);
    }

    /** The module's part of applying, inside the import's transaction. */
    public interface Applying<C extends ImportCheckResult> {

        /** Checks the file again, now, inside the transaction (a module may lock what the file names first). */
        C check(byte[] file, BiConsumer<Integer, Integer> progress);

        /** Writes the valid rows; a {@link Conflict} or {@link Undone} rolls everything back. */
        Applied write(C checked, String reason, BiConsumer<Integer, Integer> progress);

        /** Whether a failure means someone else changed the same records meanwhile (then the import may be retried). */
        default boolean conflict(RuntimeException e) {
            return e instanceof ConcurrentEditException;
        }

        /** The job's message after a conflict, in both languages. */
        default String conflictText() {
            return "其他人在导入期间修改了部分记录，未写入任何数据，可重新确认导入 / Someone changed some of these "
                    + "records meanwhile; nothing was applied, confirm again to retry";
        }
    }

    /** The outcome columns of the staging table ({@code created_count} …) and the job's message in both languages. */
    public record Applied(Map<String, Integer> counts, String message) {
    }

    /**
     * Thrown by a write to undo the whole transaction (rows of an all-or-nothing import failed on writing);
     * {@code afterRollback} records why, {@code key} becomes the import's message and {@code text} the job's.
     */
    public static final class Undone extends RuntimeException {
        private final transient Runnable afterRollback;
        private final String key;
        private final String text;

        public Undone(Runnable afterRollback, String key, String text) {
            super("undone", null, false, false);
            this.afterRollback = afterRollback;
            this.key = key;
            this.text = text;
        }
    }

    public record Started(long importId, UUID jobId) {
    }

    /** Stages the file (its name made safe) and starts checking it; the job's page links to the preview. */
    public Started upload(long zoneId, String owner, String fileName, byte[] bytes, Map<String, Object> extra,
                          Checking<?> checking) {
        byte[] file = bytes == null ? new byte[0] : bytes;
        ExcelSheetReader.Limits limits = settings.limits();
        if (limits != null && file.length == 0) {
            throw new ImportRefused("excel.emptyFile");
        }
        if (limits != null && file.length > limits.maxBytes()) {
            throw new ImportRefused("excel.tooLarge", limits.maxBytes() / 1024 / 1024,
                    String.format(Locale.ROOT, "%.1f", file.length / 1024.0 / 1024.0));
        }
        String name = fileName == null || fileName.isBlank() ? "upload.xlsx"
                : fileName.replaceAll("[\\\\/\\p{Cntrl}]", "_");
        long id = table.stage(zoneId, owner, name.length() > 200 ? name.substring(0, 200) : name, file, extra);
        UUID job = jobs.start(settings.checkJob(), progress -> {
            try {
                ImportCheckResult checked = checking.check(table.file(id), progress::update);
                table.checked(id, checked, checked.rejected() ? "FAILED" : "VALIDATED");
                String text = checked.rejected() ? CANNOT_IMPORT
                        : "共 " + checked.totalRows() + " 行，" + checked.invalidRows() + " 行有错误 / "
                                + checked.totalRows() + " rows, " + checked.invalidRows() + " with errors";
                return new BackgroundJobs.Outcome(text, link(id));
            } catch (RuntimeException e) {
                table.status(id, "FAILED", settings.keys().checkFailed());
                throw e;
            }
        });
        table.jobStarted(id, job);
        return new Started(id, job);
    }

    /**
     * Confirms the caller's import ({@code imp}, found through {@link #find}): "all" or "valid". Refused
     * ({@link ImportRefused}) for an unknown mode, with errors for "all", or when not (or no longer) checked.
     */
    public <C extends ImportCheckResult> Started apply(S imp, String mode, Applying<C> applying) {
        if (!"all".equals(mode) && !"valid".equals(mode)) {
            throw new ImportRefused(settings.keys().badMode());
        }
        if (!table.claimForApply(imp.id(), imp.owner(), mode)) {
            throw new ImportRefused("all".equals(mode) && imp.invalidRows() > 0 && "VALIDATED".equals(imp.status())
                    ? settings.keys().hasErrors() : settings.keys().notReady());
        }
        UUID job = jobs.start(settings.applyJob(), progress ->
                new BackgroundJobs.Outcome(applyNow(imp, mode, applying, progress), link(imp.id())));
        table.jobStarted(imp.id(), job);
        return new Started(imp.id(), job);
    }

    private <C extends ImportCheckResult> String applyNow(S imp, String mode, Applying<C> applying,
                                                          BackgroundJobs.Progress progress) {
        long id = imp.id();
        BiConsumer<Integer, Integer> report = (done, total) ->
                outsideTx.executeWithoutResult(s -> progress.update(done, total));
        try {
            return tx.execute(status -> {
                C checked = applying.check(table.file(id), report);
                if (checked.rejected() || ("all".equals(mode) && !checked.errors().isEmpty())) {
                    table.checked(id, checked, checked.rejected() ? "FAILED" : "VALIDATED");
                    return NO_LONGER_PASSES;
                }
                table.checked(id, checked, "APPLYING");
                Applied applied = applying.write(checked, "Excel 导入 " + imp.fileName(), report);
                table.applied(id, applied.counts());
                return applied.message();
            });
        } catch (Undone undone) {
            undone.afterRollback.run();
            table.status(id, "VALIDATED", undone.key);
            return undone.text;
        } catch (RuntimeException e) {
            if (applying.conflict(e)) {
                table.status(id, "VALIDATED", settings.keys().conflict());
                return applying.conflictText();
            }
            table.status(id, "FAILED", settings.keys().applyFailed());
            throw e;
        }
    }

    /** An import of the caller's own (same user, same zone); anyone else's is "not found". */
    public S find(long id, String owner, long zoneId) {
        return table.find(id, type).filter(s -> s.owner().equals(owner) && s.zoneId() == zoneId)
                .orElseThrow(() -> new NotFoundException("import " + id));
    }

    /** One page of the problems of an import already found through {@link #find}. */
    public List<ImportProblem> problems(S imp, int offset, int limit) {
        return table.problems(imp.id(), offset, limit);
    }

    public String link(long id) {
        return settings.linkPrefix() + id;
    }
}
