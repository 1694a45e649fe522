package io.zonebrain.fashion.internal.importing;

import io.zonebrain.fashion.FashionCaller;
import io.zonebrain.platform.BackgroundJobs;
import io.zonebrain.platform.ConcurrentEditException;
import io.zonebrain.platform.ExcelSheetReader;
import io.zonebrain.platform.ImportProblem;
import io.zonebrain.platform.NotFoundException;
import io.zonebrain.platform.StagedImportTable;
import io.zonebrain.platform.StagedImports;
import io.zonebrain.platform.ValidationException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Excel imports of factories (the operator) and orders (a brand, or the operator), on the platform's staged-import
 * life cycle ({@link StagedImports}): upload → a background job checks the whole file (nothing written) → preview
 * with every problem by row and column → confirm once, the whole file or only its valid rows, in ONE transaction
 * that checks the file again first. Re-importing an unedited export changes nothing.
 */
@Service
public class FashionImports {

    public static final String CHECK_JOB = "fashion-import-check";
    public static final String APPLY_JOB = "fashion-import-apply";
    private static final int PROGRESS_EVERY = 200;
    private static final String SUMMARY = "id, zone_id, kind, owner, file_name, status, job_id, total_rows, "
            + "valid_rows, invalid_rows, new_rows, changed_rows, unchanged_rows, created_count, updated_count, "
            + "file_rejected, message, created_at, jsonb_array_length(errors) as error_count";

    private final StagedImportTable table;
    private final StagedImports<ImportSummary> imports;
    private final List<SheetImport<?>> kinds;
    private final ExcelSheetReader.Limits limits;

    FashionImports(JdbcClient jdbc, JsonMapper json, List<SheetImport<?>> kinds, BackgroundJobs jobs,
                   PlatformTransactionManager transactions,
                   @Value("${zonebrain.import.max-bytes:" + ExcelSheetReader.Limits.DEFAULT_MAX_BYTES + "}") long maxBytes,
                   @Value("${zonebrain.import.max-rows:" + ExcelSheetReader.Limits.DEFAULT_MAX_ROWS + "}") int maxRows) {
        this.limits = new ExcelSheetReader.Limits(maxBytes, maxRows);
        this.table = new StagedImportTable(jdbc, json, "fashion_import", SUMMARY);
        this.imports = new StagedImports<>(table, ImportSummary.class, new StagedImports.Settings(CHECK_JOB, APPLY_JOB,
                "/fashion/imports/", StagedImports.Keys.of("fashion.import.check.failed", "fashion.import.apply.failed",
                "fashion.import.apply.conflict"), limits), jobs, transactions);
        this.kinds = kinds;
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
    public StagedImports.Started upload(String kind, String fileName, byte[] bytes) {
        SheetImport<?> k = kind(kind);
        FashionCaller me = FashionCaller.current();
        Map<String, Object> extra = Map.of("kind", kind,
                "file_sha256", StagedImportTable.sha256(bytes == null ? new byte[0] : bytes));
        return imports.upload(me.zoneId(), me.username(), fileName, bytes, extra,
                (file, progress) -> k.check(file, me, limits, progress));
    }

    /** Confirms an import: "all" (only when error-free) or "valid". A second click finds it claimed and is refused. */
    public StagedImports.Started apply(long id, String mode) {
        ImportSummary s = find(id);
        return imports.apply(s, mode, applying(kind(s.kind()), FashionCaller.current()));
    }

    /** Checks again with the caller's rights, then writes each NEW or CHANGED row through the module's service. */
    private <D> StagedImports.Applying<CheckedSheet<D>> applying(SheetImport<D> k, FashionCaller me) {
        return new StagedImports.Applying<>() {
            @Override
            public CheckedSheet<D> check(byte[] file, BiConsumer<Integer, Integer> progress) {
                return k.check(file, me, limits, (done, total) -> progress.accept(done, total * 2));
            }

            @Override
            public StagedImports.Applied write(CheckedSheet<D> checked, String reason,
                                               BiConsumer<Integer, Integer> progress) {
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
                        progress.accept(total + done, total * 2);
                    }
                }
                long unchanged = checked.count(PlannedRow.Change.UNCHANGED);
                return new StagedImports.Applied(Map.of("created_count", created, "updated_count", updated),
                        "已导入：新增 " + created + "，更新 " + updated + "，未变 " + unchanged + " / Applied: "
                                + created + " created, " + updated + " updated, " + unchanged + " unchanged");
            }

            @Override
            public boolean conflict(RuntimeException e) {
                return e instanceof ConcurrentEditException || e instanceof ValidationException;
            }
        };
    }

    /** The caller's own import; anyone else's is "not found". */
    public ImportSummary find(long id) {
        FashionCaller me = FashionCaller.current().requireReader();
        return imports.find(id, me.username(), me.zoneId());
    }

    public List<ImportProblem> problems(long id, int offset, int limit) {
        return imports.problems(find(id), offset, limit);
    }

    public List<ImportSummary> recent(String kind) {
        kind(kind);
        return table.recent(FashionCaller.current().username(), 20, ImportSummary.class, "kind", kind);
    }

    /** Column headings by key in the reader's language, for the preview and error report. */
    public String heading(String kind, String key, Locale locale) {
        return kinds.stream().filter(x -> x.kind().equals(kind)).flatMap(x -> x.columns().stream())
                .filter(c -> c.key().equals(key)).findFirst().map(c -> c.heading(locale)).orElse(key);
    }

    public static String link(long id) {
        return "/fashion/imports/" + id;
    }
}
