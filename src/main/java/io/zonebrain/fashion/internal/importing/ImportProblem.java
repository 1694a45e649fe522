package io.zonebrain.fashion.internal.importing;

import io.zonebrain.platform.ExcelProblem;
import io.zonebrain.platform.FieldError;
import java.util.List;

/** One stored problem: spreadsheet row (0 = the file), column key, message key and arguments. */
public record ImportProblem(int row, String field, String code, List<String> args) {

    static ImportProblem of(FieldError e) {
        return new ImportProblem(e.row(), e.field(), e.messageCode(), e.args().stream().map(String::valueOf).toList());
    }

    static ImportProblem of(ExcelProblem p) {
        return new ImportProblem(0, "", p.code(), p.args().stream().map(String::valueOf).toList());
    }
}
