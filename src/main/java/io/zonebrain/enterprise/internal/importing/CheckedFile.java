package io.zonebrain.enterprise.internal.importing;

import io.zonebrain.platform.ExcelProblem;
import io.zonebrain.platform.FieldError;
import java.util.List;

/**
 * The outcome of checking a whole file. When {@code fileProblems} is not empty the file was rejected as a whole
 * and nothing else counts. {@code errors} name row and column; {@code valid} are the rows that could be applied.
 */
record CheckedFile(List<ExcelProblem> fileProblems, int totalRows, List<FieldError> errors, List<PlannedRow> valid,
                   int invalidRows) {

    boolean rejected() {
        return !fileProblems.isEmpty();
    }

    long count(PlannedRow.Change change) {
        return valid.stream().filter(p -> p.change() == change).count();
    }
}
