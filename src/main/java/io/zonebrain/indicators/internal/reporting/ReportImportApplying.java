package io.zonebrain.indicators.internal.reporting;

import io.zonebrain.platform.BackgroundJobs;
import io.zonebrain.platform.CurrentUser;
import io.zonebrain.platform.FieldError;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies a confirmed import in ONE transaction: the file is checked again inside it, rows are written oldest
 * period first (so a file holding January and February checks February against the January just written), each
 * replaced report kept as history. In "all" mode a row failing now undoes everything; in "valid" mode it is skipped.
 */
@Component
class ReportImportApplying {

    private final ImportChecking checking;
    private final ImportStaging staging;
    private final ReportWriting writing;
    private final TransactionTemplate tx;
    private final TransactionTemplate outsideTx;

    ReportImportApplying(ImportChecking checking, ImportStaging staging, ReportWriting writing,
                   PlatformTransactionManager transactions) {
        this.checking = checking;
        this.staging = staging;
        this.writing = writing;
        this.tx = new TransactionTemplate(transactions);
        this.outsideTx = new TransactionTemplate(transactions);
        this.outsideTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Thrown inside the transaction to undo it when a row of an all-or-nothing import fails on writing. */
    private static final class Undo extends RuntimeException {
        private final CheckedImport checked;

        Undo(CheckedImport checked) {
            super("undo", null, false, false);
            this.checked = checked;
        }
    }

    String apply(long importId, ReportKind kind, String mode, CurrentUser caller, BackgroundJobs.Progress progress) {
        ImportSummary summary = staging.find(importId).orElseThrow();
        String reason = "Excel 导入 " + summary.fileName();
        try {
            return tx.execute(status -> {
                CheckedImport checked = checking.check(kind, staging.file(importId), caller, (d, t) -> { });
                if (checked.rejected() || ("all".equals(mode) && !checked.errors().isEmpty())) {
                    staging.checked(importId, checked, checked.rejected() ? "FAILED" : "VALIDATED");
                    return "文件复核发现错误，未写入任何数据 / The file no longer passes its checks; nothing was applied";
                }
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
                        int d = done;
                        outsideTx.executeWithoutResult(s -> progress.update(d, ordered.size()));
                    }
                }
                if (!lateErrors.isEmpty() && "all".equals(mode)) {
                    List<FieldError> all = new ArrayList<>(checked.errors());
                    all.addAll(lateErrors);
                    throw new Undo(new CheckedImport(List.of(), checked.totalRows(), all, List.of(),
                            checked.invalidRows() + (int) lateErrors.stream().map(FieldError::row).distinct().count(),
                            checked.changes()));
                }
                staging.checked(importId, checked, "APPLYING");
                staging.applied(importId, written);
                return "已导入 " + written + " 份报表 / Applied: " + written + " reports written";
            });
        } catch (Undo undo) {
            staging.checked(importId, undo.checked, "VALIDATED");
            staging.status(importId, "VALIDATED", "indicators.import.undone");
            return "部分行在写入时未通过校验，未写入任何数据 / Some rows failed on writing; nothing was applied";
        } catch (RuntimeException e) {
            staging.status(importId, "FAILED", "indicators.import.failed");
            throw e;
        }
    }
}
