package io.zonebrain.evaluation.internal;

import io.zonebrain.evaluation.EnterpriseYear;
import io.zonebrain.evaluation.InputField;
import io.zonebrain.evaluation.ParcelOccupancy;
import io.zonebrain.evaluation.flags.FlagCodes;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads a zone's annual figures for a data year through the published views (indicators_published_annual,
 * enterprise_published_dimensions, land_published_occupancy), never the other modules' tables, and maps them to the
 * kernel's inputs. Main-business revenue is not collected separately, so it is the revenue; electricity is not
 * collected, so it is missing (a scheme that needs it applies its missing-data rule). Emissions are COD + NH3-N +
 * SO2 + NOx, missing only when all four are. Years operating are the full years from the founding date to the
 * year's 31 December (unknown without a founding date, or with one after the year); the year's flags come from
 * evaluation_flag, plus the derived UNDER_TWO_YEARS for an enterprise under two years old at the end of the year.
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
        Map<Long, Set<String>> flags = flags(zoneId, year);
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        return jdbc.sql("""
                select d.enterprise_id, d.name, d.uscc, d.above_scale, d.industry_code, d.founded_on,
                       a.taxes_paid_yuan, a.value_added_yuan, a.revenue_yuan, a.energy_tce, a.rd_expense_yuan,
                       a.employees, a.land_used_mu,
                       case when coalesce(a.cod_t, a.ammonia_nitrogen_t, a.so2_t, a.nox_t) is null then null
                            else coalesce(a.cod_t, 0) + coalesce(a.ammonia_nitrogen_t, 0) + coalesce(a.so2_t, 0)
                                 + coalesce(a.nox_t, 0) end as emissions_t
                from indicators_published_annual a
                join enterprise_published_dimensions d on d.enterprise_id = a.enterprise_id
                where a.zone_id = :zone and d.zone_id = :zone and a.year = :year
                order by d.enterprise_id
                """).param("zone", zoneId).param("year", year)
                .query((rs, n) -> map(rs, yearEnd, flags)).list();
    }

    /**
     * The parcels' occupants in the year: every owner, and each lease in force at any time in the year (begun by
     * 31 December, not ended before 1 January), with the occupant's name for explanations.
     */
    public List<ParcelOccupancy> occupancy(long zoneId, int year) {
        return jdbc.sql("""
                select o.parcel_id, o.parcel_code, o.parcel_area_mu, o.enterprise_id, d.name, o.role, o.land_mu,
                       o.floor_area_m2, o.lease_from
                from land_published_occupancy o
                left join enterprise_published_dimensions d on d.enterprise_id = o.enterprise_id
                where o.zone_id = :zone and o.enterprise_id is not null
                  and (o.role = 'OWNER' or (o.lease_from <= :yearEnd and (o.lease_to is null or o.lease_to >= :yearStart)))
                order by o.parcel_code, o.role desc, o.enterprise_id, o.lease_id
                """).param("zone", zoneId).param("yearEnd", LocalDate.of(year, 12, 31))
                .param("yearStart", LocalDate.of(year, 1, 1))
                .query((rs, n) -> new ParcelOccupancy(String.valueOf(rs.getLong("parcel_id")), rs.getString("parcel_code"),
                        rs.getBigDecimal("parcel_area_mu").doubleValue(), String.valueOf(rs.getLong("enterprise_id")),
                        rs.getString("name"), ParcelOccupancy.Role.valueOf(rs.getString("role")),
                        rs.getBigDecimal("land_mu").doubleValue(),
                        rs.getBigDecimal("floor_area_m2") == null ? null : rs.getBigDecimal("floor_area_m2").doubleValue(),
                        rs.getObject("lease_from", LocalDate.class)))
                .list();
    }

    private Map<Long, Set<String>> flags(long zoneId, int year) {
        Map<Long, Set<String>> flags = new HashMap<>();
        jdbc.sql("select enterprise_id, flag from evaluation_flag where zone_id = :zone and data_year = :year")
                .param("zone", zoneId).param("year", year)
                .query(rs -> {
                    flags.computeIfAbsent(rs.getLong("enterprise_id"), k -> new HashSet<>()).add(rs.getString("flag"));
                });
        return flags;
    }

    /**
     * Full years from the founding date to the end of the data year; null when the founding date is unknown or
     * after the year (figures for a year before the founding contradict the date, so the age is not known).
     */
    static Integer yearsOperating(LocalDate foundedOn, LocalDate yearEnd) {
        if (foundedOn == null || foundedOn.isAfter(yearEnd)) {
            return null;
        }
        return Period.between(foundedOn, yearEnd).getYears();
    }

    private static RunInput map(ResultSet rs, LocalDate yearEnd, Map<Long, Set<String>> flags) throws SQLException {
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
        long id = rs.getLong("enterprise_id");
        Integer years = yearsOperating(rs.getObject("founded_on", LocalDate.class), yearEnd);
        Set<String> own = flags.getOrDefault(id, Set.of());
        if (years != null && years < 2) {
            own = new HashSet<>(own);
            own.add(FlagCodes.UNDER_TWO_YEARS);
        }
        EnterpriseYear year = new EnterpriseYear(String.valueOf(id), null, rs.getBoolean("above_scale"),
                rs.getString("industry_code"), years, v, Set.copyOf(own));
        return new RunInput(year, rs.getString("name"), rs.getString("uscc"));
    }

    private static void put(double[] values, InputField field, BigDecimal value) {
        if (value != null) {
            values[field.ordinal()] = value.doubleValue();
        }
    }
}
