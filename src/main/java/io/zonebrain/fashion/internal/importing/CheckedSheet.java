package io.zonebrain.fashion.internal.importing;

import io.zonebrain.platform.ExcelProblem;
import io.zonebrain.platform.FieldError;
import io.zonebrain.platform.ImportCheckResult;
import java.util.List;
import java.util.Map;

/**
 * The outcome of checking a whole file. When {@code fileProblems} is not empty the file was rejected as a whole.
 * {@code errors} name row and column; {@code valid} are the rows that could be applied.
 */
record CheckedSheet<D>(List<ExcelProblem> fileProblems, int totalRows, List<FieldError> errors,
                       List<PlannedRow<D>> valid, int invalidRows)
        implements ImportCheckResult {

    static <D> CheckedSheet<D> rejected(List<ExcelProblem> problems, int rows) {
        return new CheckedSheet<>(problems, rows, List.of(), List.of(), 0);
    }

    @Override
    public int validRows() {
        return valid.size();
    }

    @Override
    public Map<String, Integer> counts() {
        return Map.of("new_rows", (int) count(PlannedRow.Change.NEW),
                "changed_rows", (int) count(PlannedRow.Change.CHANGED),
                "unchanged_rows", (int) count(PlannedRow.Change.UNCHANGED));
    }

    long count(PlannedRow.Change change) {
        return valid.stream().filter(p -> p.change() == change).count();
    }
}
