package io.zonebrain.land.internal.importing;

import io.zonebrain.platform.ExcelProblem;
import io.zonebrain.platform.FieldError;
import java.util.List;

/**
 * One problem of an import as stored: the spreadsheet row (0 for the file as a whole), the column key
 * ({@link LandColumn}, empty for the file), a message key and its arguments; rendered in the reader's language.
 */
public record LandImportProblem(int row, String field, String code, List<String> args) {

    static LandImportProblem of(FieldError e) {
        return new LandImportProblem(e.row(), e.field(), e.messageCode(),
                e.args().stream().map(String::valueOf).toList());
    }

    static LandImportProblem of(ExcelProblem p) {
        return new LandImportProblem(0, "", p.code(), p.args().stream().map(String::valueOf).toList());
    }
}
