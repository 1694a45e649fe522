package io.zonebrain.fashion.internal.importing;

import io.zonebrain.platform.ExcelProblem;
import io.zonebrain.platform.FieldError;
import java.util.List;

/**
 * The outcome of checking a whole file. When {@code fileProblems} is not empty the file was rejected as a whole.
 * {@code errors} name row and column; {@code valid} are the rows that could be applied.
 */
record CheckedSheet<D>(List<ExcelProblem> fileProblems, int totalRows, List<FieldError> errors,
                       List<PlannedRow<D>> valid, int invalidRows) {

    static <D> CheckedSheet<D> rejected(List<ExcelProblem> problems, int rows) {
        return new CheckedSheet<>(problems, rows, List.of(), List.of(), 0);
    }

    boolean rejected() {
        return !fileProblems.isEmpty();
    }

    long count(PlannedRow.Change change) {
        return valid.stream().filter(p -> p.change() == change).count();
    }
}
