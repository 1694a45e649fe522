package io.zonebrain.indicators.internal.reporting;

import io.zonebrain.platform.ExcelProblem;
import io.zonebrain.platform.FieldError;
import java.util.List;

/** The outcome of checking a whole file; when {@code fileProblems} is not empty the file was rejected as a whole. */
record CheckedImport(List<ExcelProblem> fileProblems, int totalRows, List<FieldError> errors,
                     List<PlannedReport> valid, int invalidRows, List<ImportChange> changes) {

    boolean rejected() {
        return !fileProblems.isEmpty();
    }

    long count(PlannedReport.Change change) {
        return valid.stream().filter(p -> p.change() == change).count();
    }
}
