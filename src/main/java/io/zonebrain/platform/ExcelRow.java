package io.zonebrain.platform;

import java.util.Map;

/** One data row of an uploaded sheet: {@code number} is the row number Excel shows; cells by column key. */
public record ExcelRow(int number, Map<String, ExcelCell> cells) {

    public ExcelCell cell(String columnKey) {
        ExcelCell c = cells.get(columnKey);
        return c != null ? c : ExcelCell.empty("");
    }
}
