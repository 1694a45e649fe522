package io.zonebrain.evaluation.internal;

import io.zonebrain.evaluation.EnterpriseYear;
import io.zonebrain.evaluation.InputField;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads a zone's annual figures for a data year through the two published views (indicators_published_annual,
 * enterprise_published_dimensions), never the other modules' tables, and maps them to the kernel's inputs.
 * Main-business revenue is not collected separately, so it is the revenue; electricity is not collected, so it is
 * missing (a scheme that needs it applies its missing-data rule). Emissions are COD + NH3-N + SO2 + NOx, missing only
 * when all four are.
 */
@Component
public class RunInputs {

    private final JdbcClient jdbc;

    RunInputs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public int count(long zoneId, int year) {
        return jdbc.sql("""
                select count(*) from indicators_published_annual a
                join enterprise_published_dimensions d on d.enterprise_id = a.enterprise_id
                where a.zone_id = :zone and d.zone_id = :zone and a.year = :year
                """).param("zone", zoneId).param("year", year).query(Integer.class).single();
    }

    public List<RunInput> read(long zoneId, int year) {
        return jdbc.sql("""
                select d.enterprise_id, d.name, d.uscc, d.above_scale, d.industry_code,
                       a.taxes_paid_yuan, a.value_added_yuan, a.revenue_yuan, a.energy_tce, a.rd_expense_yuan,
                       a.employees, a.land_used_mu,
                       case when coalesce(a.cod_t, a.ammonia_nitrogen_t, a.so2_t, a.nox_t) is null then null
                            else coalesce(a.cod_t, 0) + coalesce(a.ammonia_nitrogen_t, 0) + coalesce(a.so2_t, 0)
                                 + coalesce(a.nox_t, 0) end as emissions_t
                from indicators_published_annual a
                join enterprise_published_dimensions d on d.enterprise_id = a.enterprise_id
                where a.zone_id = :zone and d.zone_id = :zone and a.year = :year
                order by d.enterprise_id
                """).param("zone", zoneId).param("year", year).query(RunInputs::map).list();
    }

    private static RunInput map(ResultSet rs, int n) throws SQLException {
        double[] v = InputField.noValues();
        put(v, InputField.LAND_MU, rs.getBigDecimal("land_used_mu"));
        put(v, InputField.TAX_YUAN, rs.getBigDecimal("taxes_paid_yuan"));
        put(v, InputField.VALUE_ADDED_YUAN, rs.getBigDecimal("value_added_yuan"));
        put(v, InputField.REVENUE_YUAN, rs.getBigDecimal("revenue_yuan"));
        put(v, InputField.MAIN_REVENUE_YUAN, rs.getBigDecimal("revenue_yuan"));
        put(v, InputField.ENERGY_TCE, rs.getBigDecimal("energy_tce"));
        put(v, InputField.EMISSIONS_TONNES, rs.getBigDecimal("emissions_t"));
        put(v, InputField.EMPLOYEES, rs.getBigDecimal("employees"));
        put(v, InputField.RD_EXPENSE_YUAN, rs.getBigDecimal("rd_expense_yuan"));
        EnterpriseYear year = new EnterpriseYear(String.valueOf(rs.getLong("enterprise_id")), null,
                rs.getBoolean("above_scale"), rs.getString("industry_code"), null, v, Set.of());
        return new RunInput(year, rs.getString("name"), rs.getString("uscc"));
    }

    private static void put(double[] values, InputField field, BigDecimal value) {
        if (value != null) {
            values[field.ordinal()] = value.doubleValue();
        }
    }
}
