package io.zonebrain.land.internal.importing;

import io.zonebrain.land.LandUse;
import io.zonebrain.platform.ExcelExport;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The downloadable template, the error report, and each problem in the reader's language. */
@Component
public class LandWorkbooks {

    private final MessageSource messages;
    private final LandUseLabels landUses;

    LandWorkbooks(MessageSource messages, LandUseLabels landUses) {
        this.messages = messages;
        this.landUses = landUses;
    }

    /** A column key's heading in the reader's language (empty for a problem of the whole file). */
    public String heading(String key, Locale locale) {
        LandColumn column = LandColumn.of(key);
        return column == null ? "" : column.heading(locale);
    }

    /**
     * Sheet 1 is the one imported: headings only, text-formatted code columns so Excel keeps all 18 USCC characters.
     * Sheet 2 explains the layout and each column; sheet 3 lists the land uses.
     */
    public void writeTemplate(OutputStream out, Locale locale) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle text = wb.createCellStyle();
            text.setDataFormat(wb.createDataFormat().getFormat("@"));
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            Sheet sheet = wb.createSheet(msg("land.import.template.sheet", locale));
            Row header = sheet.createRow(0);
            LandColumn[] columns = LandColumn.values();
            List<LandColumn> numbers = List.of(LandColumn.AREA, LandColumn.LEASE_LAND, LandColumn.FLOOR_AREA);
            List<LandColumn> dates = List.of(LandColumn.LEASE_FROM, LandColumn.LEASE_TO);
            for (int i = 0; i < columns.length; i++) {
                header.createCell(i).setCellValue(columns[i].heading(locale));
                header.getCell(i).setCellStyle(bold);
                sheet.setColumnWidth(i, 22 * 256);
                if (!numbers.contains(columns[i])) {
                    sheet.setDefaultColumnStyle(i, dates.contains(columns[i]) ? date : text);
                }
            }
            sheet.createFreezePane(0, 1);
            Sheet help = wb.createSheet(msg("land.import.template.helpSheet", locale));
            help.setColumnWidth(0, 26 * 256);
            help.setColumnWidth(1, 100 * 256);
            int r = 0;
            help.createRow(r++).createCell(0).setCellValue(msg("land.import.template.layout", locale));
            for (LandColumn c : columns) {
                Row row = help.createRow(r++);
                row.createCell(0).setCellValue(c.heading(locale));
                row.createCell(1).setCellValue(msg("land.import.help." + c.name(), locale));
            }
            Sheet uses = wb.createSheet(msg("land.import.template.usesSheet", locale));
            uses.setColumnWidth(0, 20 * 256);
            uses.setColumnWidth(1, 30 * 256);
            int n = 0;
            for (LandUse u : LandUse.values()) {
                Row row = uses.createRow(n++);
                row.createCell(0).setCellValue(u.code());
                row.createCell(1).setCellValue(landUses.label(u.code(), locale));
            }
            wb.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
