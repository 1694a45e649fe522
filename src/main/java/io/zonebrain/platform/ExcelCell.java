package io.zonebrain.platform;

import java.math.BigDecimal;
import java.time.LocalDate;
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

    public Optional<BigDecimal> typedNumber() {
        return number == null || number.isNaN() || number.isInfinite()
                ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(number));
    }

    static String plain(double d) {
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
