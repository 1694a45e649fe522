package io.zonebrain.evaluation.flags;

import io.zonebrain.platform.ExcelProblem;
import io.zonebrain.platform.FieldError;
import io.zonebrain.platform.ImportCheckResult;
import java.util.List;
import java.util.Map;

/**
 * A checked flags file: problems of the file as a whole (then nothing else counts), every row's problems, and the
 * valid rows as they would be written, each new or already set.
 */
record CheckedFlags(List<ExcelProblem> fileProblems, int totalRows, List<FieldError> errors, List<Planned> valid,
                    int invalidRows) implements ImportCheckResult {

    record Planned(int row, long enterpriseId, String flag, String note, boolean exists) {
    }

    @Override
    public int validRows() {
        return valid.size();
    }

    @Override
    public Map<String, Integer> counts() {
        return Map.of("new_rows", newRows(), "existing_rows", existingRows());
    }

    int newRows() {
        return (int) valid.stream().filter(p -> !p.exists()).count();
    }

    int existingRows() {
        return (int) valid.stream().filter(Planned::exists).count();
    }
}
