package io.zonebrain.evaluation.flags;

import io.zonebrain.platform.ExcelProblem;
import io.zonebrain.platform.FieldError;
import java.util.List;

/** One problem of a flags import as stored: row (0 for the whole file), field, message key and arguments. */
public record FlagImportProblem(int row, String field, String code, List<String> args) {

    static FlagImportProblem of(FieldError e) {
        return new FlagImportProblem(e.row(), e.field(), e.messageCode(),
                e.args().stream().map(String::valueOf).toList());
    }

    static FlagImportProblem of(ExcelProblem p) {
        return new FlagImportProblem(0, "", p.code(), p.args().stream().map(String::valueOf).toList());
    }
}
