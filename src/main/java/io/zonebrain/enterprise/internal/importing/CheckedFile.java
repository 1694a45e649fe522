package io.zonebrain.enterprise.internal.importing;

import io.zonebrain.platform.ExcelProblem;
import io.zonebrain.platform.FieldError;
import io.zonebrain.platform.ImportCheckResult;
import java.util.List;
import java.util.Map;

/**
 * The outcome of checking a whole file. When {@code fileProblems} is not empty the file was rejected as a whole
 * and nothing else counts. {@code errors} name row and column; {@code valid} are the rows that could be applied.
 */
record CheckedFile(List<ExcelProblem> fileProblems, int totalRows, List<FieldError> errors, List<PlannedRow> valid,
                   int invalidRows) implements ImportCheckResult {

    long count(PlannedRow.Change change) {
        return valid.stream().filter(p -> p.change() == change).count();
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
}
