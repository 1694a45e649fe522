package io.zonebrain.platform.internal.users;

import io.zonebrain.platform.ExcelProblem;
import io.zonebrain.platform.FieldError;
import io.zonebrain.platform.ImportCheckResult;
import java.util.List;
import java.util.Map;

/**
 * The outcome of checking a whole file. When {@code fileProblems} is not empty the file was rejected as a whole;
 * {@code errors} name row and column; {@code planned} are the valid rows.
 */
record CheckedUserFile(List<ExcelProblem> fileProblems, int totalRows, List<FieldError> errors,
                       List<PlannedAccount> planned, int invalidRows) implements ImportCheckResult {

    static CheckedUserFile rejected(List<ExcelProblem> problems, int rows) {
        return new CheckedUserFile(problems, rows, List.of(), List.of(), 0);
    }

    @Override
    public int validRows() {
        return planned.size();
    }

    int count(PlannedAccount.Change change) {
        return (int) planned.stream().filter(p -> p.change() == change).count();
    }

    @Override
    public Map<String, Integer> counts() {
        return Map.of("new_rows", count(PlannedAccount.Change.NEW), "changed_rows",
                count(PlannedAccount.Change.CHANGED), "unchanged_rows", count(PlannedAccount.Change.UNCHANGED));
    }
}
