package io.zonebrain.indicators;

/** The annual figures the per-mu evaluation (亩均论英雄) uses, per enterprise and year. */
public enum AnnualIndicator {
    TAXES_PAID("taxes_paid_yuan", Unit.YUAN, false),
    VALUE_ADDED("value_added_yuan", Unit.YUAN, true),
    REVENUE("revenue_yuan", Unit.YUAN, false),
    ENERGY("energy_tce", Unit.TONNES_STANDARD_COAL, false),
    COD("cod_t", Unit.TONNES, false),
    AMMONIA_NITROGEN("ammonia_nitrogen_t", Unit.TONNES, false),
    SO2("so2_t", Unit.TONNES, false),
    NOX("nox_t", Unit.TONNES, false),
    RD_EXPENSE("rd_expense_yuan", Unit.YUAN, false),
    EMPLOYEES("employees", Unit.PERSONS, false),
    LAND_USED("land_used_mu", Unit.MU, false);

    private final String column;
    private final Unit unit;
    private final boolean mayBeNegative;

    AnnualIndicator(String column, Unit unit, boolean mayBeNegative) {
        this.column = column;
        this.unit = unit;
        this.mayBeNegative = mayBeNegative;
    }

    public String column() {
        return column;
    }

    public Unit unit() {
        return unit;
    }

    public boolean mayBeNegative() {
        return mayBeNegative;
    }

    public String messageKey() {
        return "annual." + name();
    }
}
