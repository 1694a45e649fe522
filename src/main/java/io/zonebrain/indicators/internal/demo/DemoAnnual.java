package io.zonebrain.indicators.internal.demo;

/** One firm's annual figures for the per-mu evaluation, in the column order of {@link #COLUMNS}. */
public record DemoAnnual(long enterpriseId, int year, double[] values) {

    static final String[] COLUMNS = {"taxes_paid_yuan", "value_added_yuan", "revenue_yuan", "energy_tce", "cod_t",
            "ammonia_nitrogen_t", "so2_t", "nox_t", "rd_expense_yuan", "employees", "land_used_mu"};
}
