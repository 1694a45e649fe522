package io.zonebrain.land.internal.importing;

import io.zonebrain.land.LeaseDraft;
import io.zonebrain.land.ParcelDraft;
import io.zonebrain.land.internal.ParcelRules;
import io.zonebrain.platform.ExcelCell;
import io.zonebrain.platform.ExcelRow;
import io.zonebrain.platform.FieldError;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a sheet row into an {@link ImportedRow}: typed or typed-as-text numbers and dates, land use by code or label,
 * and the checks of the parcel or lease on its own (the same {@link ParcelRules} as the forms).
 */
final class RowReading {

    private static final List<LandColumn> PARCEL_COLUMNS = List.of(LandColumn.PARCEL_NAME, LandColumn.LOCATION,
            LandColumn.LAND_USE, LandColumn.AREA, LandColumn.OWNER_USCC);
    private static final List<LandColumn> LEASE_ONLY = List.of(LandColumn.LEASE_LAND, LandColumn.FLOOR_AREA,
            LandColumn.LEASE_FROM, LandColumn.LEASE_TO);
    private final LandUseLabels landUses;

    RowReading(LandUseLabels landUses) {
        this.landUses = landUses;
    }

    ImportedRow read(ExcelRow r) {
        List<FieldError> parseErrors = new ArrayList<>();
        String landUseText = text(r, LandColumn.LAND_USE);
        String landUse = landUseText == null ? null : landUses.code(landUseText).orElse(landUseText);
        ParcelDraft parcel = ParcelRules.normalise(new ParcelDraft(text(r, LandColumn.PARCEL_CODE),
                text(r, LandColumn.PARCEL_NAME), text(r, LandColumn.LOCATION), landUse,
                number(r, LandColumn.AREA, parseErrors), text(r, LandColumn.OWNER_USCC)));
        Set<LandColumn> given = EnumSet.noneOf(LandColumn.class);
        PARCEL_COLUMNS.forEach(c -> {
            if (!r.cell(c.name()).isBlank()) {
                given.add(c);
            }
        });
        List<FieldError> errors = new ArrayList<>();
        String lessee = text(r, LandColumn.LESSEE_USCC);
        LeaseDraft lease = null;
        if (lessee != null) {
            lease = ParcelRules.normalise(new LeaseDraft(lessee, number(r, LandColumn.LEASE_LAND, parseErrors),
                    number(r, LandColumn.FLOOR_AREA, parseErrors), date(r, LandColumn.LEASE_FROM, parseErrors),
                    date(r, LandColumn.LEASE_TO, parseErrors)));
            if (parcel.parcelCode() == null) {
                errors.add(FieldError.of("parcelCode", "land.validation.required"));
            }
            ParcelRules.check(lease).forEach(errors::add);
        } else {
            ParcelRules.check(parcel).forEach(errors::add);
            if (LEASE_ONLY.stream().anyMatch(c -> !r.cell(c.name()).isBlank())) {
                errors.add(FieldError.of("lesseeUscc", "land.import.leaseWithoutLessee"));
            }
        }
        List<FieldError> all = new ArrayList<>();
        parseErrors.forEach(e -> all.add(e.atRow(r.number())));
        // a value that did not parse is reported once, as unreadable, not again as "required"
        errors.stream().map(e -> inColumn(e).atRow(r.number()))
                .filter(e -> all.stream().noneMatch(p -> p.field().equals(e.field())))
                .forEach(all::add);
        return new ImportedRow(r.number(), parcel, given, lease, all);
    }

    static FieldError inColumn(FieldError e) {
        LandColumn column = LandColumn.of(e.field());
        return new FieldError(e.row(), column == null ? e.field() : column.name(), e.messageCode(), e.args());
    }

    private static String text(ExcelRow r, LandColumn c) {
        return r.cell(c.name()).value();
    }

    private static BigDecimal number(ExcelRow r, LandColumn c, List<FieldError> errors) {
        ExcelCell cell = r.cell(c.name());
        if (cell.isBlank()) {
            return null;
        }
        if (cell.typedNumber().isPresent()) {
            // Excel stores 12.3 as 12.300000000000001 at times; two decimals is what land registers record
            return new BigDecimal(cell.text().strip()).stripTrailingZeros();
        }
        try {
            return new BigDecimal(cell.value().replace(",", "").replace("，", "")).stripTrailingZeros();
        } catch (NumberFormatException e) {
            errors.add(FieldError.of(c.name(), "land.import.notANumber", cell.value()));
            return null;
        }
    }

    private static LocalDate date(ExcelRow r, LandColumn c, List<FieldError> errors) {
        ExcelCell cell = r.cell(c.name());
        if (cell.isBlank()) {
            return null;
        }
        return cell.asDate().orElseGet(() -> {
            errors.add(FieldError.of(c.name(), "land.import.notADate", cell.value()));
            return null;
        });
    }
}
