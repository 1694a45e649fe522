package io.zonebrain.land.internal;

import io.zonebrain.enterprise.Uscc;
import io.zonebrain.land.LandUse;
import io.zonebrain.land.LeaseDraft;
import io.zonebrain.land.ParcelDraft;
import io.zonebrain.platform.FieldError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The checks of one parcel or one lease on its own, every problem at once, each naming its field. What needs the
 * database (the enterprises exist, the code is free, the shares fit) is checked by the services. Shared by the
 * forms, the API and the Excel import, so all three refuse the same things with the same words.
 */
public final class ParcelRules {

    /** Cadastral numbers (宗地号): digits and letters, joined by - _ / or dots, as land registries write them. */
    private static final Pattern CODE = Pattern.compile("[0-9A-Za-z][0-9A-Za-z\\-_/.]{0,39}");
    private static final Pattern FORBIDDEN = Pattern.compile("[<>\"\\\\`{}\\p{Cntrl}]");
    private static final BigDecimal MAX_MU = new BigDecimal("9999999999.99");

    private ParcelRules() {
    }

    /** Trims what people type; codes and USCCs upper-cased; a blank is absent. */
    public static ParcelDraft normalise(ParcelDraft d) {
        return new ParcelDraft(trim(d.parcelCode()) == null ? null : trim(d.parcelCode()).toUpperCase(Locale.ROOT),
                trim(d.parcelName()), trim(d.parcelLocation()),
                trim(d.landUse()) == null ? null : LandUse.of(d.landUse()).map(LandUse::code).orElse(trim(d.landUse())),
                d.parcelAreaMu(), blankToNull(Uscc.normalise(d.ownerUscc())));
    }

    public static LeaseDraft normalise(LeaseDraft d) {
        return new LeaseDraft(blankToNull(Uscc.normalise(d.lesseeUscc())), d.landShareMu(), d.leaseFloorAreaM2(),
                d.leaseFrom(), d.leaseTo());
    }

    public static List<FieldError> check(ParcelDraft d) {
        List<FieldError> errors = new ArrayList<>();
        if (d.parcelCode() == null) {
            errors.add(FieldError.of("parcelCode", "land.validation.required"));
        } else if (!CODE.matcher(d.parcelCode()).matches()) {
            errors.add(FieldError.of("parcelCode", "land.validation.parcelCode.format"));
        }
        text("parcelName", d.parcelName(), 200, errors);
        text("parcelLocation", d.parcelLocation(), 300, errors);
        if (d.landUse() == null) {
            errors.add(FieldError.of("landUse", "land.validation.required"));
        } else if (LandUse.of(d.landUse()).isEmpty()) {
            errors.add(FieldError.of("landUse", "land.validation.landUse.unknown", d.landUse()));
        }
        mu("parcelAreaMu", d.parcelAreaMu(), errors);
        if (d.ownerUscc() != null && !Uscc.isValid(d.ownerUscc())) {
            errors.add(FieldError.of("ownerUscc", "land.validation.uscc.invalid", d.ownerUscc()));
        }
        return errors;
    }

    public static List<FieldError> check(LeaseDraft d) {
        List<FieldError> errors = new ArrayList<>();
        if (d.lesseeUscc() == null) {
            errors.add(FieldError.of("lesseeUscc", "land.validation.required"));
        } else if (!Uscc.isValid(d.lesseeUscc())) {
            errors.add(FieldError.of("lesseeUscc", "land.validation.uscc.invalid", d.lesseeUscc()));
        }
        mu("landShareMu", d.landShareMu(), errors);
        if (d.leaseFloorAreaM2() != null) {
            if (d.leaseFloorAreaM2().signum() < 0) {
                errors.add(FieldError.of("leaseFloorAreaM2", "land.validation.floorArea.negative"));
            } else if (d.leaseFloorAreaM2().stripTrailingZeros().scale() > 2
                    || d.leaseFloorAreaM2().compareTo(MAX_MU) > 0) {
                errors.add(FieldError.of("leaseFloorAreaM2", "land.validation.number.precision"));
            }
        }
        if (d.leaseFrom() == null) {
            errors.add(FieldError.of("leaseFrom", "land.validation.required"));
        } else if (d.leaseTo() != null && d.leaseTo().isBefore(d.leaseFrom())) {
            errors.add(FieldError.of("leaseTo", "land.validation.lease.datesOrder", d.leaseFrom(), d.leaseTo()));
        }
        return errors;
    }

    private static void mu(String field, BigDecimal mu, List<FieldError> errors) {
        if (mu == null) {
            errors.add(FieldError.of(field, "land.validation.required"));
        } else if (mu.signum() <= 0) {
            errors.add(FieldError.of(field, "land.validation.mu.positive"));
        } else if (mu.stripTrailingZeros().scale() > 2 || mu.compareTo(MAX_MU) > 0) {
            errors.add(FieldError.of(field, "land.validation.number.precision"));
        }
    }

    private static void text(String field, String value, int max, List<FieldError> errors) {
        if (value == null) {
            return;
        }
        if (value.codePointCount(0, value.length()) > max) {
            errors.add(FieldError.of(field, "land.validation.text.tooLong", max));
        } else if (FORBIDDEN.matcher(value).find()) {
            errors.add(FieldError.of(field, "land.validation.text.forbidden"));
        }
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
