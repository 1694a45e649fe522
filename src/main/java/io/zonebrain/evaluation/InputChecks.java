package io.zonebrain.evaluation;

import io.zonebrain.platform.FieldError;
import java.util.ArrayList;
import java.util.List;

/**
 * Figures that can never be negative whatever the scheme says (land, energy, emissions, electricity, employees,
 * revenue, R&D). Tax and value added may be negative (refunds, losses); the scheme's rule for negative values
 * decides what that scores.
 */
final class InputChecks {

    private InputChecks() {
    }

    static List<FieldError> check(AnnualInputs in) {
        List<FieldError> errors = new ArrayList<>();
        nonNegative(errors, "landMu", in.landMu());
        nonNegative(errors, "revenueYuan", in.revenueYuan());
        nonNegative(errors, "mainRevenueYuan", in.mainRevenueYuan());
        nonNegative(errors, "energyTce", in.energyTce());
        nonNegative(errors, "emissionsTonnes", in.emissionsTonnes());
        nonNegative(errors, "electricityKwh", in.electricityKwh());
        nonNegative(errors, "employees", in.employees());
        nonNegative(errors, "rdExpenseYuan", in.rdExpenseYuan());
        return errors;
    }

    private static void nonNegative(List<FieldError> errors, String field, Double value) {
        if (value != null && (value < 0 || value.isNaN() || value.isInfinite())) {
            errors.add(new FieldError(0, field, "evaluation.input.notNegative", List.of()));
        }
    }
}
