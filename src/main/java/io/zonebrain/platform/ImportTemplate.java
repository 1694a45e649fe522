package io.zonebrain.platform;

import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The parts every import's downloadable template shares: sheet 1 with the headings only, each column formatted so
 * Excel keeps what people type (text columns keep leading zeros and all 18 USCC characters, date columns show
 * dates), the heading row frozen; and a help sheet with one line per column. Modules add their own extra sheets
 * (code lists) to the same workbook.
 */
public final class ImportTemplate {

    /** How a template column is formatted. NUMBER leaves Excel's default so sums and decimals work. */
    public enum ColumnFormat { TEXT, DATE, NUMBER }

    private ImportTemplate() {
    }

    public static CellStyle bold(XSSFWorkbook wb) {
        CellStyle bold = wb.createCellStyle();
        Font font = wb.createFont();
        font.setBold(true);
        bold.setFont(font);
        return bold;
    }

    /** Sheet 1, the one imported: bold headings, 22 characters wide, formatted by column, heading row frozen. */
    public static Sheet columnsSheet(XSSFWorkbook wb, String name, List<String> headings,
                                     IntFunction<ColumnFormat> format) {
        CellStyle bold = bold(wb);
        CellStyle text = wb.createCellStyle();
        text.setDataFormat(wb.createDataFormat().getFormat("@"));
        CellStyle date = wb.createCellStyle();
        date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
        Sheet sheet = wb.createSheet(name);
        Row header = sheet.createRow(0);
        for (int i = 0; i < headings.size(); i++) {
            header.createCell(i).setCellValue(headings.get(i));
            header.getCell(i).setCellStyle(bold);
            sheet.setColumnWidth(i, 22 * 256);
            switch (format.apply(i)) {
                case TEXT -> sheet.setDefaultColumnStyle(i, text);
                case DATE -> sheet.setDefaultColumnStyle(i, date);
                case NUMBER -> { }
            }
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    /**
     * The help sheet: an optional first line saying how the file works, then each column's heading beside what to
     * write in it ({@code lines}: heading → explanation, in column order).
     */
    public static Sheet helpSheet(XSSFWorkbook wb, String name, String intro, List<Map.Entry<String, String>> lines) {
        Sheet help = wb.createSheet(name);
        help.setColumnWidth(0, 26 * 256);
        help.setColumnWidth(1, 100 * 256);
        int r = 0;
        if (intro != null) {
            help.createRow(r++).createCell(0).setCellValue(intro);
        }
        for (Map.Entry<String, String> line : lines) {
            Row row = help.createRow(r++);
            row.createCell(0).setCellValue(line.getKey());
            row.createCell(1).setCellValue(line.getValue());
        }
        return help;
    }
}
