package io.zonebrain.enterprise.internal.importing;

import io.zonebrain.platform.ExcelProblem;
import io.zonebrain.platform.FieldError;
import java.util.List;

/**
 * One problem of an import as stored: the spreadsheet row (0 for a problem of the file as a whole), the column key
 * ({@link ImportColumn}, empty for the file), a message key and its arguments. Rendered in the reader's language.
 */
public record ImportProblem(int row, String field, String code, List<String> args) {

    static ImportProblem of(FieldError e) {
        return new ImportProblem(e.row(), e.field(), e.messageCode(),
                e.args().stream().map(String::valueOf).toList());
    }

    static ImportProblem of(ExcelProblem p) {
        return new ImportProblem(0, "", p.code(), p.args().stream().map(String::valueOf).toList());
    }
}
