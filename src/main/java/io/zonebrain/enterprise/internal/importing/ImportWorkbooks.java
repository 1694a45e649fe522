package io.zonebrain.enterprise.internal.importing;

import io.zonebrain.enterprise.EnterpriseTags;
import io.zonebrain.platform.CurrentUser;
import io.zonebrain.platform.Dictionaries;
import io.zonebrain.platform.ImportTemplate;
import io.zonebrain.platform.Zones;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidationHelper;
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
            CellStyle bold = ImportTemplate.bold(wb);
            ImportColumn[] columns = ImportColumn.values();
            List<ImportColumn> numbers = List.of(ImportColumn.REGISTERED_CAPITAL, ImportColumn.OWN_LAND,
                    ImportColumn.LEASED_AREA);
            Sheet sheet = ImportTemplate.columnsSheet(wb, msg("import.template.sheet", locale),
                    Arrays.stream(columns).map(c -> c.heading(locale)).toList(),
                    i -> numbers.contains(columns[i]) ? ImportTemplate.ColumnFormat.NUMBER
                            : columns[i] == ImportColumn.FOUNDED_ON ? ImportTemplate.ColumnFormat.DATE
                            : ImportTemplate.ColumnFormat.TEXT);
            DataValidationHelper dv = sheet.getDataValidationHelper();
            int above = ImportColumn.ABOVE_SCALE.ordinal();
            sheet.addValidationData(dv.createValidation(dv.createExplicitListConstraint(
                    "en".equals(locale.getLanguage()) ? new String[] {"yes", "no"} : new String[] {"是", "否"}),
                    new CellRangeAddressList(1, 200_000, above, above)));
            ImportTemplate.helpSheet(wb, msg("import.template.helpSheet", locale), null,
                    Arrays.stream(columns).map(c -> Map.entry(c.heading(locale), msg("import.help." + c.name(),
                            locale))).toList());

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
