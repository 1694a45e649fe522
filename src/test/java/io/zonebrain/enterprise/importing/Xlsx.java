package io.zonebrain.enterprise.importing;

import io.zonebrain.enterprise.Uscc;
import io.zonebrain.enterprise.internal.importing.ImportColumn;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Builds import files in tests, the way an official's Excel would: typed numbers and dates, text elsewhere. */
final class Xlsx {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private Xlsx() {
    }

    /** A valid, unique USCC. */
    static String uscc() {
        StringBuilder s = new StringBuilder("91330110");
        ThreadLocalRandom r = ThreadLocalRandom.current();
        for (int i = 0; i < 9; i++) {
            s.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
        }
        return s.toString() + Uscc.checkCharacter(s.toString());
    }

    /** The same code with a wrong check character. */
    static String badCheck(String uscc) {
        char wrong = uscc.charAt(17) == '0' ? '1' : '0';
        return uscc.substring(0, 17) + wrong;
    }

    static Map<ImportColumn, Object> row(String uscc, String name) {
        Map<ImportColumn, Object> r = new EnumMap<>(ImportColumn.class);
        r.put(ImportColumn.USCC, uscc);
        r.put(ImportColumn.NAME, name);
        r.put(ImportColumn.LEGAL_REPRESENTATIVE, "张三");
        r.put(ImportColumn.FOUNDED_ON, LocalDate.of(2015, 3, 1));
        r.put(ImportColumn.REGISTERED_CAPITAL, 500);
        r.put(ImportColumn.ADDRESS, "临平区望梅路 1 号");
        r.put(ImportColumn.INDUSTRY_CODE, "3311");
        r.put(ImportColumn.ABOVE_SCALE, "是");
        r.put(ImportColumn.OWN_LAND, 12.5);
        r.put(ImportColumn.LEASED_AREA, 3);
        r.put(ImportColumn.CDO_NAME, "李四");
        r.put(ImportColumn.CDO_PHONE, "0571-86000000");
        r.put(ImportColumn.CDO_EMAIL, "cdo@example.com");
        return r;
    }

    static byte[] file(List<Map<ImportColumn, Object>> rows) {
        List<String> headers = Arrays.stream(ImportColumn.values()).map(ImportColumn::headingZh).toList();
        List<List<Object>> values = new ArrayList<>();
        for (Map<ImportColumn, Object> r : rows) {
            List<Object> v = new ArrayList<>();
            for (ImportColumn c : ImportColumn.values()) {
                v.add(r.get(c));
            }
            values.add(v);
        }
        return sheet(headers, values, s -> { });
    }

    /** Any headings and values; {@code extra} can merge cells or add formulas to the sheet. */
    static byte[] sheet(List<String> headers, List<List<Object>> rows, Consumer<Sheet> extra) {
        try (Workbook wb = new SXSSFWorkbook(500); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Sheet sheet = wb.createSheet("企业名录");
            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                header.createCell(i).setCellValue(headers.get(i));
            }
            int n = 1;
            for (List<Object> values : rows) {
                Row row = sheet.createRow(n++);
                for (int i = 0; i < values.size(); i++) {
                    Object v = values.get(i);
                    if (v == null) {
                        continue;
                    }
                    Cell cell = row.createCell(i);
                    if (v instanceof Number num) {
                        cell.setCellValue(num.doubleValue());
                    } else if (v instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(date);
                    } else {
                        cell.setCellValue(String.valueOf(v));
                    }
                }
            }
            extra.accept(sheet);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
