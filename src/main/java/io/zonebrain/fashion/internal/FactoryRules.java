package io.zonebrain.fashion.internal;

import io.zonebrain.enterprise.Uscc;
import io.zonebrain.fashion.CategoryPrice;
import io.zonebrain.fashion.FactoryDraft;
import io.zonebrain.fashion.FashionCodes;
import io.zonebrain.platform.FieldError;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What a factory profile must satisfy, every problem at once, each naming its field. The form, the API and the Excel
 * import all check with this. Zero workers or minutes is allowed (a workshop between seasons) and only flagged.
 */
@Component
public class FactoryRules {

    private static final BigDecimal MAX_EFFICIENCY = new BigDecimal("1.5");
    private static final BigDecimal MAX_PRICE = new BigDecimal("100");

    public List<FieldError> check(FashionCodeLists.Snapshot codes, FactoryDraft d) {
        List<FieldError> errors = new ArrayList<>();
        TextRules.required("factory.name", d.name(), 200, errors);
        uscc(d.uscc(), errors);
        if (d.townCode() == null) {
            errors.add(FieldError.of("factory.town", "validation.required"));
        } else if (!codes.townCodes().contains(d.townCode())) {
            errors.add(FieldError.of("factory.town", "validation.unknownCode", d.townCode()));
        }
        TextRules.optional("factory.address", d.address(), 300, errors);
        TextRules.optional("factory.contactName", d.contactName(), 100, errors);
        TextRules.phone("factory.contactPhone", d.contactPhone(), errors);
        range("factory.workers", d.workers(), 0, 10_000, errors);
        range("factory.minutesPerDay", d.minutesPerDay(), 0, 1440, errors);
        if (d.efficiency() == null) {
            errors.add(FieldError.of("factory.efficiency", "validation.required"));
        } else if (d.efficiency().signum() < 0 || d.efficiency().compareTo(MAX_EFFICIENCY) > 0) {
            errors.add(FieldError.of("factory.efficiency", "validation.range", "0", "1.5"));
        }
        range("factory.qualityLevel", d.qualityLevel(), FashionCodes.MIN_QUALITY, FashionCodes.MAX_QUALITY, errors);
        if (d.minOrderPieces() != null && (d.minOrderPieces() < 0 || d.minOrderPieces() > 10_000_000)) {
            errors.add(FieldError.of("factory.minOrderPieces", "validation.range", 0, 10_000_000));
        }
        if (d.joinedOn() != null && (d.joinedOn().isBefore(LocalDate.of(2000, 1, 1))
                || d.joinedOn().isAfter(LocalDate.of(2100, 1, 1)))) {
            errors.add(FieldError.of("factory.joinedOn", "validation.date.range", "2000-01-01", "2100-01-01"));
        }
        categories(codes, d.categories(), errors);
        processes(codes, d.processes(), errors);
        return errors;
    }

    /** A USCC is optional (a family workshop may not have one yet); when given it must pass GB 32100's check. */
    static void uscc(String uscc, List<FieldError> errors) {
        if (uscc == null) {
            return;
        }
        if (!Uscc.isWellFormed(uscc)) {
            errors.add(FieldError.of("factory.uscc", "validation.uscc.format", uscc));
        } else if (!Uscc.isValid(uscc)) {
            errors.add(FieldError.of("factory.uscc", "validation.uscc.check", uscc,
                    Uscc.checkCharacter(uscc.substring(0, 17))));
        }
    }

    private static void categories(FashionCodeLists.Snapshot codes, List<CategoryPrice> categories,
                                   List<FieldError> errors) {
        if (categories.isEmpty()) {
            errors.add(FieldError.of("factory.categories", "fashion.validation.categories.none"));
            return;
        }
        Set<String> seen = new HashSet<>();
        for (CategoryPrice c : categories) {
            if (c.category() == null || !codes.categoryCodes().contains(c.category())) {
                errors.add(FieldError.of("factory.categories", "validation.unknownCode", c.category()));
            } else if (!seen.add(c.category())) {
                errors.add(FieldError.of("factory.categories", "fashion.validation.duplicate", c.category()));
            }
            if (c.yuanPerMinute() == null || c.yuanPerMinute().signum() <= 0
                    || c.yuanPerMinute().compareTo(MAX_PRICE) >= 0) {
                errors.add(FieldError.of("factory.prices", "fashion.validation.price", c.category()));
            }
        }
    }

    private static void processes(FashionCodeLists.Snapshot codes, List<String> processes, List<FieldError> errors) {
        if (processes.isEmpty()) {
            errors.add(FieldError.of("factory.processes", "fashion.validation.processes.none"));
        }
        Set<String> seen = new HashSet<>();
        for (String p : processes) {
            if (p == null || !codes.processCodes().contains(p)) {
                errors.add(FieldError.of("factory.processes", "validation.unknownCode", p));
            } else if (!seen.add(p)) {
                errors.add(FieldError.of("factory.processes", "fashion.validation.duplicate", p));
            }
        }
    }

    static void range(String field, Integer value, int min, int max, List<FieldError> errors) {
        if (value == null) {
            errors.add(FieldError.of(field, "validation.required"));
        } else if (value < min || value > max) {
            errors.add(FieldError.of(field, "validation.range", min, max));
        }
    }
}
