package io.zonebrain.enterprise.internal.importing;

import io.zonebrain.enterprise.EnterpriseTags;
import io.zonebrain.platform.CurrentUser;
import io.zonebrain.platform.Dictionaries;
import io.zonebrain.platform.ExcelExport;
import io.zonebrain.platform.Zones;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The downloadable template, the error report, and each problem in the reader's language. */
@Component
public class ImportWorkbooks {

    private final MessageSource messages;
    private final Dictionaries dictionaries;
    private final Zones zones;

    ImportWorkbooks(MessageSource messages, Dictionaries dictionaries, Zones zones) {
        this.messages = messages;
        this.dictionaries = dictionaries;
        this.zones = zones;
    }

    /** A column key's heading in the reader's language (empty for a problem of the whole file). */
    public String heading(String key, Locale locale) {
        ImportColumn column = ImportColumn.of(key);
        return column == null ? "" : column.heading(locale);
    }

    /**
     * Sheet 1 is the one imported: headings only, text-formatted code columns so Excel keeps leading zeros and all
     * 18 USCC characters. Sheet 2 explains the columns; sheet 3 lists the zone's codes and labels.
     */
    public void writeTemplate(OutputStream out, CurrentUser me, Locale locale) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle text = wb.createCellStyle();
            text.setDataFormat(wb.createDataFormat().getFormat("@"));
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            Sheet sheet = wb.createSheet(msg("import.template.sheet", locale));
            Row header = sheet.createRow(0);
            ImportColumn[] columns = ImportColumn.values();
            for (int i = 0; i < columns.length; i++) {
                header.createCell(i).setCellValue(columns[i].heading(locale));
                header.getCell(i).setCellStyle(bold);
                sheet.setColumnWidth(i, 22 * 256);
                boolean dateColumn = columns[i] == ImportColumn.FOUNDED_ON;
                boolean numberColumn = List.of(ImportColumn.REGISTERED_CAPITAL, ImportColumn.OWN_LAND,
                        ImportColumn.LEASED_AREA).contains(columns[i]);
                if (!numberColumn) {
                    sheet.setDefaultColumnStyle(i, dateColumn ? date : text);
                }
            }
            sheet.createFreezePane(0, 1);
            DataValidationHelper dv = sheet.getDataValidationHelper();
            int above = ImportColumn.ABOVE_SCALE.ordinal();
            sheet.addValidationData(dv.createValidation(dv.createExplicitListConstraint(
                    "en".equals(locale.getLanguage()) ? new String[] {"yes", "no"} : new String[] {"是", "否"}),
                    new CellRangeAddressList(1, 200_000, above, above)));

            Sheet help = wb.createSheet(msg("import.template.helpSheet", locale));
            help.setColumnWidth(0, 24 * 256);
            help.setColumnWidth(1, 90 * 256);
            int r = 0;
            for (ImportColumn c : columns) {
                Row row = help.createRow(r++);
                row.createCell(0).setCellValue(c.heading(locale));
                row.createCell(1).setCellValue(msg("import.help." + c.name(), locale));
            }

            Sheet codes = wb.createSheet(msg("import.template.codesSheet", locale));
            Row h = codes.createRow(0);
            String[] heads = {msg("import.codes.kind", locale), msg("import.codes.code", locale),
                    msg("import.codes.label", locale)};
            for (int i = 0; i < heads.length; i++) {
                h.createCell(i).setCellValue(heads[i]);
                h.getCell(i).setCellStyle(bold);
                codes.setColumnWidth(i, 26 * 256);
            }
            int n = 1;
            for (ImportColumn c : List.of(ImportColumn.PARK, ImportColumn.CLUSTER, ImportColumn.TAGS)) {
                String kind = c == ImportColumn.PARK ? EnterpriseTags.PARK_KIND
                        : c == ImportColumn.CLUSTER ? EnterpriseTags.CLUSTER_KIND : EnterpriseTags.KIND;
                for (Dictionaries.Entry e : dictionaries.entries(me.zoneId(), kind)) {
                    Row row = codes.createRow(n++);
                    row.createCell(0).setCellValue(c.heading(locale));
                    row.createCell(1).setCellValue(e.code());
                    row.createCell(2).setCellValue(e.label(locale));
                }
            }
            for (Zones.Grid g : zones.grids(me.zoneId())) {
                Row row = codes.createRow(n++);
                row.createCell(0).setCellValue(ImportColumn.GRID.heading(locale));
                row.createCell(1).setCellValue(g.code());
                row.createCell(2).setCellValue(g.name());
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
