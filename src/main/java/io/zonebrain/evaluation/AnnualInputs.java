package io.zonebrain.evaluation;

import java.util.List;
import java.util.Set;

/**
 * One enterprise's annual figures as the score API takes them, in yuan and base units; absent means missing.
 * {@code aboveScale} absent means false.
 */
public record AnnualInputs(String cohort, Double landMu, Double taxYuan, Double valueAddedYuan, Double revenueYuan,
                           Double mainRevenueYuan, Double energyTce, Double emissionsTonnes, Double electricityKwh,
                           Double employees, Double rdExpenseYuan, Boolean aboveScale, String industryCode,
                           Integer yearsOperating, List<String> flags) {

    public EnterpriseYear toEnterpriseYear(String enterpriseId) {
        double[] v = InputField.noValues();
        put(v, InputField.LAND_MU, landMu);
        put(v, InputField.TAX_YUAN, taxYuan);
        put(v, InputField.VALUE_ADDED_YUAN, valueAddedYuan);
        put(v, InputField.REVENUE_YUAN, revenueYuan);
        put(v, InputField.MAIN_REVENUE_YUAN, mainRevenueYuan);
        put(v, InputField.ENERGY_TCE, energyTce);
        put(v, InputField.EMISSIONS_TONNES, emissionsTonnes);
        put(v, InputField.ELECTRICITY_KWH, electricityKwh);
        put(v, InputField.EMPLOYEES, employees);
        put(v, InputField.RD_EXPENSE_YUAN, rdExpenseYuan);
        return new EnterpriseYear(enterpriseId, cohort == null || cohort.isBlank() ? null : cohort.strip(),
                Boolean.TRUE.equals(aboveScale), industryCode, yearsOperating, v,
                flags == null ? Set.of() : Set.copyOf(flags));
    }

    private static void put(double[] values, InputField field, Double value) {
        if (value != null) {
            values[field.ordinal()] = value;
        }
    }
}
