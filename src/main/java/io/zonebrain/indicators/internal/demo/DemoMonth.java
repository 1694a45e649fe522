package io.zonebrain.indicators.internal.demo;

/**
 * One firm's single-month values (not yet cumulative), in yuan, kWh, tonnes of standard coal and persons, in the
 * order of {@link #COLUMNS}. The writer turns them into year-to-date sums, as firms report them.
 */
public record DemoMonth(long enterpriseId, int year, int month, double[] values) {

    static final String[] COLUMNS = {"gross_output_yuan", "sales_output_yuan", "export_delivery_yuan", "revenue_yuan",
            "total_profit_yuan", "taxes_yuan", "value_added_yuan", "high_tech_output_yuan", "new_product_output_yuan",
            "rd_expense_yuan", "electricity_kwh", "energy_tce", "employees"};
    static final int OUTPUT = 0, SALES = 1, EXPORT = 2, REVENUE = 3, PROFIT = 4, TAXES = 5, VALUE_ADDED = 6,
            HIGH_TECH = 7, NEW_PRODUCT = 8, RD = 9, ELECTRICITY = 10, ENERGY = 11, EMPLOYEES = 12;
}
