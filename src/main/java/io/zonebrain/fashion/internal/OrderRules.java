package io.zonebrain.fashion.internal;

import io.zonebrain.fashion.FashionCodes;
import io.zonebrain.fashion.OrderDraft;
import io.zonebrain.platform.FieldError;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What an order must satisfy, every problem at once. An order that no factory can make is NOT refused here: it may
 * be posted, and the order page flags it (see Placeability), because the brand may still change its mind or a
 * factory may still add the skill.
 */
@Component
public class OrderRules {

    private static final BigDecimal MAX_SAM = new BigDecimal("10000");
    private static final int MAX_QUANTITY = 10_000_000;

    public List<FieldError> check(FashionCodeLists.Snapshot codes, OrderDraft d, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        TextRules.required("order.style", d.style(), 200, errors);
        if (d.brandRef() != null && !d.brandRef().matches("[A-Za-z0-9_./#-]{1,40}")) {
            errors.add(FieldError.of("order.brandRef", "fashion.validation.brandRef"));
        }
        if (d.categoryCode() == null) {
            errors.add(FieldError.of("order.category", "validation.required"));
        } else if (!codes.categoryCodes().contains(d.categoryCode())) {
            errors.add(FieldError.of("order.category", "validation.unknownCode", d.categoryCode()));
        }
        if (d.processes().isEmpty()) {
            errors.add(FieldError.of("order.processes", "fashion.validation.processes.none"));
        }
        Set<String> seen = new HashSet<>();
        for (String p : d.processes()) {
            if (p == null || !codes.processCodes().contains(p)) {
                errors.add(FieldError.of("order.processes", "validation.unknownCode", p));
            } else if (!seen.add(p)) {
                errors.add(FieldError.of("order.processes", "fashion.validation.duplicate", p));
            }
        }
        if (d.samMinutes() == null) {
            errors.add(FieldError.of("order.samMinutes", "validation.required"));
        } else if (d.samMinutes().signum() <= 0) {
            errors.add(FieldError.of("order.samMinutes", "fashion.validation.positive"));
        } else if (d.samMinutes().compareTo(MAX_SAM) > 0) {
            errors.add(FieldError.of("order.samMinutes", "validation.range", "0.01", MAX_SAM.toPlainString()));
        }
        if (d.quantity() == null) {
            errors.add(FieldError.of("order.quantity", "validation.required"));
        } else if (d.quantity() <= 0) {
            errors.add(FieldError.of("order.quantity", "fashion.validation.positive"));
        } else if (d.quantity() > MAX_QUANTITY) {
            errors.add(FieldError.of("order.quantity", "validation.range", 1, MAX_QUANTITY));
        }
        if (d.dueOn() == null) {
            errors.add(FieldError.of("order.dueOn", "validation.required"));
        } else if (d.dueOn().isBefore(today)) {
            errors.add(FieldError.of("order.dueOn", "fashion.validation.dueInPast", d.dueOn().toString(),
                    today.toString()));
        } else if (d.dueOn().isAfter(today.plusYears(3))) {
            errors.add(FieldError.of("order.dueOn", "validation.date.range", today.toString(),
                    today.plusYears(3).toString()));
        }
        FactoryRules.range("order.qualityLevel", d.qualityLevel(), FashionCodes.MIN_QUALITY, FashionCodes.MAX_QUALITY,
                errors);
        if (d.targetPriceYuan() != null && (d.targetPriceYuan().signum() < 0
                || d.targetPriceYuan().compareTo(new BigDecimal("1000000")) >= 0)) {
            errors.add(FieldError.of("order.targetPriceYuan", "validation.range", 0, 999999));
        }
        if (d.smallestLot() != null) {
            if (d.smallestLot() <= 0) {
                errors.add(FieldError.of("order.smallestLot", "fashion.validation.positive"));
            } else if (d.quantity() != null && d.quantity() > 0 && d.smallestLot() > d.quantity()) {
                errors.add(FieldError.of("order.smallestLot", "fashion.validation.smallestLot", d.smallestLot(),
                        d.quantity()));
            }
        }
        TextRules.optional("order.note", d.note(), 500, errors);
        Set<String> preferred = new HashSet<>(d.preferredFactories());
        d.blockedFactories().stream().filter(preferred::contains).distinct().forEach(code -> errors.add(
                FieldError.of("order.blockedFactories", "fashion.validation.preferredAndBlocked", code)));
        return errors;
    }
}
