package io.zonebrain.enterprise.internal.importing;

import io.zonebrain.enterprise.Contact;
import io.zonebrain.enterprise.EnterpriseDraft;
import io.zonebrain.enterprise.EnterpriseRegistry;
import io.zonebrain.enterprise.EnterpriseTags;
import io.zonebrain.platform.ExcelCell;
import io.zonebrain.platform.ExcelRow;
import io.zonebrain.platform.FieldError;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns one row's cells into an {@link EnterpriseDraft}. Type problems (a date that is not a date, text in a number
 * column, an unknown grid) become row errors here; the registry's business rules run afterwards on the draft.
 */
final class RowMapping {

    private static final BigDecimal TEN_THOUSAND = new BigDecimal(10_000);
    private static final Pattern TAG_SEPARATORS = Pattern.compile("[、,，;；\\n]+");
    private static final Set<String> YES = Set.of("是", "y", "yes", "true", "1", "规上");
    private static final Set<String> NO = Set.of("否", "n", "no", "false", "0", "规下");
    static final String CDO_POSITION = "首席数据官";

    private final CodeListSnapshot codes;
    private final Long callerGrid;

    /** {@code callerGrid}: a grid officer's grid, used when the grid column is blank (as the form does). */
    RowMapping(CodeListSnapshot codes, Long callerGrid) {
        this.codes = codes;
        this.callerGrid = callerGrid;
    }

    MappedRow map(ExcelRow row) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate founded = date(row.cell(ImportColumn.FOUNDED_ON.key()), ImportColumn.FOUNDED_ON, errors);
        BigDecimal capitalWan = number(row.cell(ImportColumn.REGISTERED_CAPITAL.key()),
                ImportColumn.REGISTERED_CAPITAL, errors);
        BigDecimal own = number(row.cell(ImportColumn.OWN_LAND.key()), ImportColumn.OWN_LAND, errors);
        BigDecimal leased = number(row.cell(ImportColumn.LEASED_AREA.key()), ImportColumn.LEASED_AREA, errors);
        boolean above = yesNo(row.cell(ImportColumn.ABOVE_SCALE.key()), errors);
        Long grid = callerGrid;
        String gridText = text(row, ImportColumn.GRID);
        if (gridText != null) {
            grid = codes.grid(gridText);
            if (grid == null) {
                errors.add(FieldError.of(ImportColumn.GRID.key(), "import.grid.unknown", gridText));
            }
        }
        List<String> tags = new ArrayList<>();
        String tagText = text(row, ImportColumn.TAGS);
        if (tagText != null) {
            Arrays.stream(TAG_SEPARATORS.split(tagText)).map(String::strip).filter(t -> !t.isEmpty())
                    .map(t -> codes.code(EnterpriseTags.KIND, t)).forEach(tags::add);
        }
        String cdoName = text(row, ImportColumn.CDO_NAME);
        String cdoPhone = text(row, ImportColumn.CDO_PHONE);
        String cdoEmail = text(row, ImportColumn.CDO_EMAIL);
        boolean contactsGiven = cdoName != null || cdoPhone != null || cdoEmail != null;
        List<Contact> contacts = contactsGiven
                ? List.of(new Contact(cdoName, CDO_POSITION, cdoPhone, cdoEmail, true))
                : List.of();
        EnterpriseDraft draft = new EnterpriseDraft(text(row, ImportColumn.USCC), text(row, ImportColumn.NAME),
                text(row, ImportColumn.LEGAL_REPRESENTATIVE), founded,
                capitalWan == null ? null : capitalWan.multiply(TEN_THOUSAND).setScale(2, RoundingMode.HALF_UP),
                text(row, ImportColumn.ADDRESS), codes.code(EnterpriseTags.PARK_KIND, text(row, ImportColumn.PARK)),
                grid, industryCode(row.cell(ImportColumn.INDUSTRY_CODE.key())),
                codes.code(EnterpriseTags.CLUSTER_KIND, text(row, ImportColumn.CLUSTER)), above,
                scale2(own), scale2(leased), tags, contacts);
        return new MappedRow(row.number(), EnterpriseRegistry.normalise(draft), contactsGiven, errors);
    }

    private static String text(ExcelRow row, ImportColumn column) {
        return row.cell(column.key()).value();
    }

    /** A code typed into a number cell loses its leading zero (0111 becomes 111); classes have four digits. */
    private static String industryCode(ExcelCell cell) {
        String v = cell.value();
        if (v != null && cell.number() != null && v.matches("\\d{1,3}")) {
            return "0".repeat(4 - v.length()) + v;
        }
        return v;
    }

    private static LocalDate date(ExcelCell cell, ImportColumn column, List<FieldError> errors) {
        if (cell.isBlank()) {
            return null;
        }
        return cell.asDate().orElseGet(() -> {
            errors.add(FieldError.of(column.key(), "import.date.invalid", cell.value()));
            return null;
        });
    }

    private static BigDecimal number(ExcelCell cell, ImportColumn column, List<FieldError> errors) {
        if (cell.isBlank()) {
            return null;
        }
        if (cell.typedNumber().isPresent()) {
            return cell.typedNumber().get();
        }
        String text = cell.value().replace(",", "").replace("，", "");
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            errors.add(FieldError.of(column.key(), "import.number.invalid", cell.value()));
            return null;
        }
    }

    private static boolean yesNo(ExcelCell cell, List<FieldError> errors) {
        if (cell.isBlank()) {
            return false;
        }
        String v = cell.value().toLowerCase(Locale.ROOT);
        if (YES.contains(v)) {
            return true;
        }
        if (!NO.contains(v)) {
            errors.add(FieldError.of(ImportColumn.ABOVE_SCALE.key(), "import.yesNo.invalid", cell.value()));
        }
        return false;
    }

    private static BigDecimal scale2(BigDecimal d) {
        return d == null ? null : d.setScale(2, RoundingMode.HALF_UP);
    }
}
