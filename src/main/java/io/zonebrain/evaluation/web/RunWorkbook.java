package io.zonebrain.evaluation.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A workbook of several sheets, written the way platform.ExcelExport writes one (streaming, bold frozen header):
 * the 公示 list and, on its own sheet, the enterprises not graded with their reasons, so the list officials post
 * never mixes the two.
 */
final class RunWorkbook {

    record Sheet(String name, List<String> headers, List<? extends List<?>> rows) {
    }

    private RunWorkbook() {
    }

    static void write(OutputStream out, List<Sheet> sheets) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            for (Sheet s : sheets) {
                var sheet = wb.createSheet(s.name());
                Row header = sheet.createRow(0);
                for (int i = 0; i < s.headers().size(); i++) {
                    header.createCell(i).setCellValue(s.headers().get(i));
                    header.getCell(i).setCellStyle(bold);
                    sheet.setColumnWidth(i, (i == s.headers().size() - 1 ? 40 : 20) * 256);
                }
                sheet.createFreezePane(0, 1);
                int r = 1;
                for (List<?> values : s.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int i = 0; i < values.size(); i++) {
                        Object v = values.get(i);
                        if (v instanceof BigDecimal d) {
                            row.createCell(i).setCellValue(d.doubleValue());
                        } else if (v instanceof Number n) {
                            row.createCell(i).setCellValue(n.doubleValue());
                        } else if (v != null) {
                            row.createCell(i).setCellValue(String.valueOf(v));
                        }
                    }
                }
            }
            wb.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
