package io.zonebrain.land.internal.importing;

import io.zonebrain.platform.ExcelProblem;
import io.zonebrain.platform.FieldError;
import io.zonebrain.platform.ImportCheckResult;
import java.util.List;
import java.util.Map;

/**
 * The outcome of checking a whole file. When {@code fileProblems} is not empty the file was rejected as a whole and
 * nothing else counts. {@code errors} name row and column; the planned parcels and leases are the valid rows.
 */
record CheckedLandFile(List<ExcelProblem> fileProblems, int totalRows, List<FieldError> errors,
                       List<PlannedParcel> parcels, List<PlannedLease> leases, int invalidRows)
        implements ImportCheckResult {

    static CheckedLandFile rejected(List<ExcelProblem> problems, int rows) {
        return new CheckedLandFile(problems, rows, List.of(), List.of(), List.of(), 0);
    }

    @Override
    public int validRows() {
        return parcels.size() + leases.size();
    }

    long count(Change change) {
        return parcels.stream().filter(p -> p.change() == change).count()
                + leases.stream().filter(l -> l.change() == change).count();
    }

    @Override
    public Map<String, Integer> counts() {
        return Map.of("new_rows", (int) count(Change.NEW), "changed_rows", (int) count(Change.CHANGED),
                "unchanged_rows", (int) count(Change.UNCHANGED));
    }
}
