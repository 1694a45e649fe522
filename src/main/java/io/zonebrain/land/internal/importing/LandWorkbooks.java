package io.zonebrain.land.internal.importing;

import io.zonebrain.land.LandUse;
import io.zonebrain.platform.ImportTemplate;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
            LandColumn[] columns = LandColumn.values();
            List<LandColumn> numbers = List.of(LandColumn.AREA, LandColumn.LEASE_LAND, LandColumn.FLOOR_AREA);
            List<LandColumn> dates = List.of(LandColumn.LEASE_FROM, LandColumn.LEASE_TO);
            ImportTemplate.columnsSheet(wb, msg("land.import.template.sheet", locale),
                    Arrays.stream(columns).map(c -> c.heading(locale)).toList(),
                    i -> numbers.contains(columns[i]) ? ImportTemplate.ColumnFormat.NUMBER
                            : dates.contains(columns[i]) ? ImportTemplate.ColumnFormat.DATE
                            : ImportTemplate.ColumnFormat.TEXT);
            ImportTemplate.helpSheet(wb, msg("land.import.template.helpSheet", locale),
                    msg("land.import.template.layout", locale), Arrays.stream(columns).map(c -> Map.entry(
                            c.heading(locale), msg("land.import.help." + c.name(), locale))).toList());
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
