package io.zonebrain.platform;

import java.util.List;

/**
 * Something wrong with an uploaded spreadsheet as a whole (not with one row's values): not an Excel file, missing
 * columns, a merged range, a formula. {@code code} is a message key (see i18n/importing), {@code args} its arguments.
 */
public record ExcelProblem(String code, List<Object> args) {

    public static ExcelProblem of(String code, Object... args) {
        return new ExcelProblem(code, List.of(args));
    }
}
