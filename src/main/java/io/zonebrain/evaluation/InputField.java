package io.zonebrain.evaluation;

import java.util.Arrays;
import java.util.Optional;

/**
 * The annual figures a scheme's formulas may name, in yuan and base units (mu, tonnes of standard coal, tonnes,
 * kWh, persons). The key is the name written in a formula and in the score API's JSON.
 */
public enum InputField {
    LAND_MU("landMu"),
    TAX_YUAN("taxYuan"),
    VALUE_ADDED_YUAN("valueAddedYuan"),
    REVENUE_YUAN("revenueYuan"),
    MAIN_REVENUE_YUAN("mainRevenueYuan"),
    ENERGY_TCE("energyTce"),
    EMISSIONS_TONNES("emissionsTonnes"),
    ELECTRICITY_KWH("electricityKwh"),
    EMPLOYEES("employees"),
    RD_EXPENSE_YUAN("rdExpenseYuan");

    private static final InputField[] ALL = values();

    private final String key;

    InputField(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<InputField> byKey(String key) {
        return Arrays.stream(ALL).filter(f -> f.key.equals(key)).findFirst();
    }

    /** An empty value array: every figure missing (NaN) until set. */
    public static double[] noValues() {
        double[] values = new double[ALL.length];
        Arrays.fill(values, Double.NaN);
        return values;
    }
}
