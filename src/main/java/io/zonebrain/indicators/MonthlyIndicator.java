package io.zonebrain.indicators;

/**
 * The figures of the monthly industrial report (规上工业企业月报). Values are year-to-date cumulative as reported,
 * except the average number of employees, which is a year-to-date average. {@code column} is the column of
 * {@code indicators_monthly_report}; the message key is {@code indicator.<code>}.
 */
public enum MonthlyIndicator {
    GROSS_OUTPUT("gross_output_yuan", Unit.YUAN, true, false),
    SALES_OUTPUT("sales_output_yuan", Unit.YUAN, true, false),
    EXPORT_DELIVERY("export_delivery_yuan", Unit.YUAN, true, false),
    REVENUE("revenue_yuan", Unit.YUAN, true, false),
    TOTAL_PROFIT("total_profit_yuan", Unit.YUAN, true, true),
    TAXES("taxes_yuan", Unit.YUAN, true, false),
    VALUE_ADDED("value_added_yuan", Unit.YUAN, true, true),
    HIGH_TECH_OUTPUT("high_tech_output_yuan", Unit.YUAN, true, false),
    NEW_PRODUCT_OUTPUT("new_product_output_yuan", Unit.YUAN, true, false),
    RD_EXPENSE("rd_expense_yuan", Unit.YUAN, true, false),
    ELECTRICITY("electricity_kwh", Unit.KWH, true, false),
    ENERGY("energy_tce", Unit.TONNES_STANDARD_COAL, true, false),
    EMPLOYEES("employees", Unit.PERSONS, false, false);

    private final String column;
    private final Unit unit;
    private final boolean cumulative;
    private final boolean mayBeNegative;

    MonthlyIndicator(String column, Unit unit, boolean cumulative, boolean mayBeNegative) {
        this.column = column;
        this.unit = unit;
        this.cumulative = cumulative;
        this.mayBeNegative = mayBeNegative;
    }

    /** The SQL column; a constant of this enum, never user input. */
    public String column() {
        return column;
    }

    public Unit unit() {
        return unit;
    }

    /** Year-to-date sums never fall within a year (a profit or value added can, as losses are booked). */
    public boolean cumulative() {
        return cumulative;
    }

    public boolean mayBeNegative() {
        return mayBeNegative;
    }

    public String messageKey() {
        return "indicator." + name();
    }
}
