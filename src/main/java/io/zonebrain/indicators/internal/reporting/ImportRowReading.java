package io.zonebrain.indicators.internal.reporting;

import io.zonebrain.platform.ExcelCell;
import io.zonebrain.platform.ExcelRow;
import io.zonebrain.platform.FieldError;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the cells of one row as people type them: "2024-03", "2024年3月", "202403", a typed date; "1,234.5". */
final class ImportRowReading {

    private static final Pattern MONTH = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*月?(\\s*\\d{1,2}\\s*日?)?");
    private static final Pattern COMPACT_MONTH = Pattern.compile("(\\d{4})(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*年?");

    private ImportRowReading() {
    }

    static String uscc(ExcelRow row) {
        String v = row.cell(ImportLayout.USCC).value();
        return v == null ? null : v.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    }

    static Optional<YearMonth> month(ExcelCell cell) {
        if (cell.typedDate().isPresent()) {
            return Optional.of(YearMonth.from(cell.typedDate().get()));
        }
        String text = cell.value();
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = MONTH.matcher(text);
        if (!m.matches()) {
            m = COMPACT_MONTH.matcher(text);
            if (!m.matches()) {
                return Optional.empty();
            }
        }
        int month = Integer.parseInt(m.group(2));
        return month < 1 || month > 12 ? Optional.empty() : Optional.of(YearMonth.of(Integer.parseInt(m.group(1)), month));
    }

    static Optional<Integer> year(ExcelCell cell) {
        String text = cell.value();
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = YEAR.matcher(text);
        return m.matches() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }

    /** The number in a cell, null when blank; text that is no number becomes an error naming what was typed. */
    static BigDecimal number(ExcelCell cell, String field, List<FieldError> errors) {
        if (cell.isBlank()) {
            return null;
        }
        if (cell.number() != null && !cell.date()) {
            return cell.typedNumber().orElse(null);
        }
        try {
            return new BigDecimal(cell.value().replace(",", "").replace("，", ""));
        } catch (NumberFormatException e) {
            errors.add(new FieldError(0, field, "indicators.value.notANumber", List.of(cell.value())));
            return null;
        }
    }
}
