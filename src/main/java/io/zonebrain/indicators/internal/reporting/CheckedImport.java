package io.zonebrain.indicators.internal.reporting;

import io.zonebrain.platform.ExcelProblem;
import io.zonebrain.platform.FieldError;
import io.zonebrain.platform.ImportCheckResult;
import java.util.List;
import java.util.Map;

/** The outcome of checking a whole file; when {@code fileProblems} is not empty the file was rejected as a whole. */
record CheckedImport(List<ExcelProblem> fileProblems, int totalRows, List<FieldError> errors,
                     List<PlannedReport> valid, int invalidRows, List<ImportChange> changes)
        implements ImportCheckResult {

    @Override
    public int validRows() {
        return valid.size();
    }

    @Override
    public Map<String, Integer> counts() {
        return Map.of("new_rows", (int) count(PlannedReport.Change.NEW),
                "replacing_rows", (int) count(PlannedReport.Change.REPLACING),
                "unchanged_rows", (int) count(PlannedReport.Change.UNCHANGED));
    }

    @Override
    public Map<String, Object> jsonColumns() {
        return Map.of("changes", changes);
    }

    long count(PlannedReport.Change change) {
        return valid.stream().filter(p -> p.change() == change).count();
    }
}
