package io.zonebrain.fashion.internal.importing;

import io.zonebrain.platform.ExcelCell;
import io.zonebrain.platform.ExcelRow;
import io.zonebrain.platform.FieldError;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads typed values from a row's cells. A cell that is not what its column needs becomes an error naming the
 * column (the row is added by the caller); the value is then null so the business rules do not repeat the error.
 */
final class SheetCells {

    static final Pattern LIST_SEPARATORS = Pattern.compile("[、,，;；\\n]+");
    private static final Set<String> YES = Set.of("是", "y", "yes", "true", "1", "可");
    private static final Set<String> NO = Set.of("否", "n", "no", "false", "0", "不可");

    private SheetCells() {
    }

    static String text(ExcelRow row, String key) {
        return row.cell(key).value();
    }

    static List<String> list(ExcelRow row, String key) {
        String text = text(row, key);
        return text == null ? List.of() : Arrays.stream(LIST_SEPARATORS.split(text)).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    static Integer integer(ExcelRow row, String key, List<FieldError> errors) {
        BigDecimal d = decimal(row, key, errors);
        if (d == null) {
            return null;
        }
        try {
            return d.stripTrailingZeros().intValueExact();
        } catch (ArithmeticException e) {
            errors.add(FieldError.of(key, "fashion.import.notWholeNumber", d.toPlainString()));
            return null;
        }
    }

    static BigDecimal decimal(ExcelRow row, String key, List<FieldError> errors) {
        ExcelCell cell = row.cell(key);
        if (cell.isBlank()) {
            return null;
        }
        if (cell.typedNumber().isPresent() && !cell.date()) {
            return cell.typedNumber().get();
        }
        try {
            return new BigDecimal(cell.value().replace(",", "").replace("，", ""));
        } catch (NumberFormatException e) {
            errors.add(FieldError.of(key, "fashion.import.notNumber", cell.value()));
            return null;
        }
    }

    static LocalDate date(ExcelRow row, String key, List<FieldError> errors) {
        ExcelCell cell = row.cell(key);
        if (cell.isBlank()) {
            return null;
        }
        return cell.asDate().orElseGet(() -> {
            errors.add(FieldError.of(key, "fashion.import.notDate", cell.value()));
            return null;
        });
    }

    static Boolean yesNo(ExcelRow row, String key, List<FieldError> errors) {
        String text = text(row, key);
        if (text == null) {
            return null;
        }
        String t = text.toLowerCase(java.util.Locale.ROOT);
        if (YES.contains(t)) {
            return true;
        }
        if (NO.contains(t)) {
            return false;
        }
        errors.add(FieldError.of(key, "fashion.import.notYesNo", text));
        return null;
    }
}
