package io.zonebrain.indicators.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonebrain.indicators.EconomicRollups;
import io.zonebrain.indicators.MonthPoint;
import io.zonebrain.indicators.MonthlyIndicator;
import io.zonebrain.indicators.ZoneSummary;
import io.zonebrain.indicators.internal.demo.DemoFigureGenerator;
import io.zonebrain.indicators.internal.demo.DemoFirmRow;
import io.zonebrain.indicators.internal.demo.DemoMonth;
import io.zonebrain.support.TestUsers;
import io.zonebrain.support.ZonebrainTest;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo figures are the seed's, every time, and they vary the way a real zone's do. */
@ZonebrainTest
class DemoFiguresTest {

    @Autowired JdbcClient jdbc;
    @Autowired TestUsers users;
    @Autowired EconomicRollups rollups;
    @Value("${zonebrain.demo.seed}") long seed;

    List<DemoFirmRow> firms;

    @BeforeEach
    void demoFirms() {
        firms = jdbc.sql("""
                        select enterprise_id, uscc, above_scale, high_tech, own_land_mu + leased_area_mu
                        from enterprise_published_dimensions where zone_id = :z order by enterprise_id limit 1385
                        """).param("z", users.zoneId())
                .query((rs, n) -> new DemoFirmRow(rs.getLong(1), rs.getString(2), rs.getBoolean(3), rs.getBoolean(4),
                        rs.getDouble(5))).list();
    }

    @Test
    void theSameSeedGivesTheSameFiguresAndTheDatabaseHoldsThem() {
        DemoFigureGenerator.Figures once = new DemoFigureGenerator(seed).generate(firms);
        List<DemoFirmRow> reversed = new java.util.ArrayList<>(firms);
        java.util.Collections.reverse(reversed); // order of the input must not matter
        DemoFigureGenerator.Figures twice = new DemoFigureGenerator(seed).generate(reversed);
        assertThat(twice.months()).hasSameSizeAs(once.months());
        for (int i = 0; i < once.months().size(); i += 97) {
            DemoMonth a = once.months().get(i);
            DemoMonth b = twice.months().get(i);
            assertThat(b.enterpriseId()).isEqualTo(a.enterpriseId());
            assertThat(b.values()).containsExactly(a.values());
        }
        assertThat(new DemoFigureGenerator(seed + 1).generate(firms).months().get(0).values())
                .isNotEqualTo(once.months().get(0).values());

        long stored = jdbc.sql("select count(*) from indicators_monthly_report where zone_id = :z and source = 'DEMO'")
                .param("z", users.zoneId()).query(Long.class).single();
        assertThat(stored).isEqualTo(once.monthlyReports());
        DemoMonth december = once.months().stream().filter(m -> m.year() == 2023 && m.month() == 12).findFirst()
                .orElseThrow();
        double year = once.months().stream().filter(m -> m.enterpriseId() == december.enterpriseId()
                && m.year() == 2023).mapToDouble(m -> m.values()[0]).sum();
        double reported = jdbc.sql("select gross_output_yuan from indicators_monthly_report where enterprise_id = :e "
                        + "and period = date '2023-12-01' and current").param("e", december.enterpriseId())
                .query(Double.class).single();
        assertThat(reported).isCloseTo(year, org.assertj.core.api.Assertions.within(1.0));
    }

    @Test
    void firmsVaryEnterLeaveAndDipAtSpringFestival() {
        String officer = users.officer();
        List<MonthPoint> months = users.as(officer, () -> rollups.months(YearMonth.of(2023, 12),
                MonthlyIndicator.GROSS_OUTPUT));
        assertThat(months.get(1).thisYear()).isLessThan(months.get(0).thisYear()).isLessThan(months.get(2).thisYear());
        ZoneSummary y2023 = users.as(officer, () -> rollups.zoneSummary(YearMonth.of(2023, 12), null));
        assertThat(y2023.enterprisesShrinking()).isBetween(60, 200);
        assertThat(y2023.comparableEnterprises()).isLessThan(y2023.aboveScaleEnterprises());
        ZoneSummary y2025 = users.as(officer, () -> rollups.zoneSummary(YearMonth.of(2025, 12), null));
        ZoneSummary y2019 = users.as(officer, () -> rollups.zoneSummary(YearMonth.of(2019, 12), null));
        assertThat(y2025.aboveScaleEnterprises()).isNotEqualTo(385);
        assertThat(y2019.aboveScaleEnterprises()).isLessThan(385);
        assertThat(y2025.aboveScaleOutputYoy()).isBetween(0.0, 0.12);
        long annual = jdbc.sql("select count(distinct enterprise_id) from indicators_annual_figure "
                + "where zone_id = :z and year = 2023 and land_used_mu is not null").param("z", users.zoneId())
                .query(Long.class).single();
        assertThat(annual).isEqualTo(1385);
    }

    /** Years around the calibrated 2023 follow on smoothly: no jump in shares, growth the zone could have had. */
    @Test
    void theOtherYearsAreCoherentWithTheCalibratedOne() {
        String officer = users.officer();
        for (int year = 2020; year <= 2025; year++) {
            YearMonth december = YearMonth.of(year, 12);
            ZoneSummary s = users.as(officer, () -> rollups.zoneSummary(december, null));
            assertThat(s.highTechShare()).as("high-tech share %s", year).isBetween(0.78, 0.86);
            assertThat(s.shareOfOutputAbove100m()).as("share above 1 亿元 %s", year).isBetween(0.88, 0.95);
            assertThat(s.aboveScaleOutputYoy()).as("output growth %s", year).isBetween(0.0, 0.16);
            assertThat(s.valueAddedYoy()).as("value added growth %s", year).isBetween(0.0, 0.16);
            assertThat(s.enterprisesGrowing()).as("more firms grow than shrink in %s", year)
                    .isGreaterThan(s.enterprisesShrinking());
        }
    }
}
