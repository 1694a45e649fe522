package io.zonebrain.platform;

import java.util.List;

/**
 * One problem of a staged import as stored in its table's {@code errors} column: the spreadsheet row (0 for the file
 * as a whole), the column or field key (empty for the file), a message key and its arguments. Each module renders
 * the key in the reader's language with its own column headings.
 */
public record ImportProblem(int row, String field, String code, List<String> args) {

    public static ImportProblem of(FieldError e) {
        return new ImportProblem(e.row(), e.field(), e.messageCode(), e.args().stream().map(String::valueOf).toList());
    }

    public static ImportProblem of(ExcelProblem p) {
        return new ImportProblem(0, "", p.code(), p.args().stream().map(String::valueOf).toList());
    }
}
