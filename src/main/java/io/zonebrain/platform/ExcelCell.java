package io.zonebrain.platform;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * One cell of an uploaded sheet as the reader found it. {@code text} is what a person would read in the cell
 * (numbers without Excel's ".0" or exponent), {@code number} is set for numeric cells, {@code date} when the
 * cell's number format is a date format, so an importer can accept both typed dates and dates typed as text.
 */
public record ExcelCell(String ref, String text, Double number, boolean date) {

    public static ExcelCell empty(String ref) {
        return new ExcelCell(ref, "", null, false);
    }

    public boolean isBlank() {
        return text == null || text.isBlank();
    }

    /** The text stripped, or null for a blank cell. */
    public String value() {
        return isBlank() ? null : text.strip();
    }

    public Optional<LocalDate> typedDate() {
        return date && number != null
                ? Optional.of(DateUtil.getLocalDateTime(number).toLocalDate())
                : Optional.empty();
    }

    /**
     * The cell as a date: a typed (date-formatted) cell, or text in one of the ways people write dates in China's
     * sheets (2026-10-01, 2026/10/1, 2026.10.1, 20261001, 2026年10月1日). Empty for a blank cell and for text that
     * is none of these; the importer names the row and field.
     */
    public Optional<LocalDate> asDate() {
        if (isBlank()) {
            return Optional.empty();
        }
        Optional<LocalDate> typed = typedDate();
        if (typed.isPresent()) {
            return typed;
        }
        for (DateTimeFormatter f : DATE_FORMATS) {
            try {
                return Optional.of(LocalDate.parse(value(), f));
            } catch (DateTimeParseException e) {
                // try the next way of writing a date
            }
        }
        return Optional.empty();
    }

    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ofPattern("uuuu-M-d"), DateTimeFormatter.ofPattern("uuuu/M/d"),
            DateTimeFormatter.ofPattern("uuuu.M.d"), DateTimeFormatter.ofPattern("uuuuMMdd"),
            DateTimeFormatter.ofPattern("uuuu年M月d日"));

    public Optional<BigDecimal> typedNumber() {
        return number == null || number.isNaN() || number.isInfinite()
                ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(number));
    }

    static String plain(double d) {
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
