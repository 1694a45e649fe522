package io.zonebrain.indicators.internal.reporting;

import io.zonebrain.platform.CurrentUser;
import io.zonebrain.platform.FieldError;
import io.zonebrain.platform.StagedImports;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * The reports' part of applying a confirmed import, inside its ONE transaction: the file is checked again, rows are
 * written oldest period first (so a file holding January and February checks February against the January just
 * written), each replaced report kept as history. In "all" mode a row failing now undoes everything; in "valid"
 * mode it is skipped.
 */
@Component
class ReportImportApplying {

    private final ImportChecking checking;
    private final ReportWriting writing;

    ReportImportApplying(ImportChecking checking, ReportWriting writing) {
        this.checking = checking;
        this.writing = writing;
    }

    /** {@code recordUndone} stores the rows that failed on writing, after an undone import's rollback. */
    StagedImports.Applying<CheckedImport> by(CurrentUser caller, ReportKind kind, String mode,
                                             Consumer<CheckedImport> recordUndone) {
        return new StagedImports.Applying<>() {
            @Override
            public CheckedImport check(byte[] file, BiConsumer<Integer, Integer> progress) {
                return checking.check(kind, file, caller, (d, t) -> { });
            }

            @Override
            public StagedImports.Applied write(CheckedImport checked, String reason,
                                               BiConsumer<Integer, Integer> progress) {
                return ReportImportApplying.this.write(checked, mode, reason, progress, recordUndone);
            }

            @Override
            public boolean conflict(RuntimeException e) {
                return false;
            }
        };
    }

    private StagedImports.Applied write(CheckedImport checked, String mode, String reason,
                                        BiConsumer<Integer, Integer> progress, Consumer<CheckedImport> recordUndone) {
        List<PlannedReport> ordered = new ArrayList<>(checked.valid());
        ordered.sort(Comparator.comparing(p -> String.valueOf(p.entry().period())));
        List<FieldError> lateErrors = new ArrayList<>();
        int written = 0;
        int done = 0;
        for (PlannedReport p : ordered) {
            List<FieldError> now = writing.check(p.entry());
            if (!now.isEmpty()) {
                now.forEach(e -> lateErrors.add(e.atRow(p.row())));
                continue;
            }
            if (writing.write(p.entry(), reason)) {
                written++;
            }
            if (++done % 200 == 0) {
                progress.accept(done, ordered.size());
            }
        }
        if (!lateErrors.isEmpty() && "all".equals(mode)) {
            List<FieldError> all = new ArrayList<>(checked.errors());
            all.addAll(lateErrors);
            CheckedImport undone = new CheckedImport(List.of(), checked.totalRows(), all, List.of(),
                    checked.invalidRows() + (int) lateErrors.stream().map(FieldError::row).distinct().count(),
                    checked.changes());
            throw new StagedImports.Undone(() -> recordUndone.accept(undone), "indicators.import.undone",
                    "部分行在写入时未通过校验，未写入任何数据 / Some rows failed on writing; nothing was applied");
        }
        return new StagedImports.Applied(Map.of("written_count", written),
                "已导入 " + written + " 份报表 / Applied: " + written + " reports written");
    }
}
