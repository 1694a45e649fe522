package io.zonebrain.platform;

import java.util.List;
import java.util.Map;

/**
 * What checking a whole file found, as the staging table stores it. When {@code fileProblems} is not empty the file
 * was rejected as a whole; {@code errors} name row and field. {@link #counts()} are the module's own count columns
 * of its staging table (for example {@code new_rows, changed_rows, unchanged_rows}).
 */
public interface ImportCheckResult {

    List<ExcelProblem> fileProblems();

    List<FieldError> errors();

    int totalRows();

    int validRows();

    int invalidRows();

    Map<String, Integer> counts();

    /** The module's own {@code jsonb} columns, written as JSON (for example what a confirmation would replace). */
    default Map<String, Object> jsonColumns() {
        return Map.of();
    }

    default boolean rejected() {
        return !fileProblems().isEmpty();
    }
}
