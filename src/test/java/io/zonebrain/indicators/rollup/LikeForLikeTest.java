package io.zonebrain.indicators.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.zonebrain.enterprise.Enterprise;
import io.zonebrain.enterprise.EnterpriseRegistry;
import io.zonebrain.indicators.Dimension;
import io.zonebrain.indicators.DimensionRollup;
import io.zonebrain.indicators.Drill;
import io.zonebrain.indicators.EconomicRollups;
import io.zonebrain.indicators.EnterpriseFigure;
import io.zonebrain.indicators.EnterpriseStanding;
import io.zonebrain.indicators.GrowthBucket;
import io.zonebrain.indicators.MonthPoint;
import io.zonebrain.indicators.MonthlyIndicator;
import io.zonebrain.indicators.ZoneSummary;
import io.zonebrain.platform.NotFoundException;
import io.zonebrain.platform.Role;
import io.zonebrain.platform.UserAccounts;
import io.zonebrain.platform.Zones;
import io.zonebrain.support.TestUsers;
import io.zonebrain.support.ZonebrainTest;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Like-for-like (同口径) on a dataset small enough to check by hand, in million yuan, March 2024 against March 2023:
 * A 100→120 (grid 1, reported Jan 40 and Feb 70 too), B 200→180 (grid 2), C new at 50 (grid 1), D left after 70
 * (grid 2), E 30→33 (grid 2, exactly +10%: buckets include their lower bound) with a replaced 999 kept as history. Growth counts only A, B and E: 333 / 330.
 */
@ZonebrainTest
class LikeForLikeTest {

    static final YearMonth MARCH = YearMonth.of(2024, 3);
    static final double M = 1e6;

    @Autowired Zones zones;
    @Autowired UserAccounts accounts;
    @Autowired EnterpriseRegistry registry;
    @Autowired TestUsers users;
    @Autowired JdbcClient jdbc;
    @Autowired EconomicRollups rollups;
    @Autowired MockMvc mvc;

    SmallZone z;
    Enterprise a;
    Enterprise b;
    Enterprise c;
    Enterprise e;

    @BeforeEach
    void dataset() {
        z = new SmallZone(zones, accounts, registry, users, jdbc);
        a = z.firm("甲同口径测试有限公司", z.g1);
        b = z.firm("乙同口径测试有限公司", z.g2);
        c = z.firm("丙同口径测试有限公司", z.g1);
        Enterprise d = z.firm("丁同口径测试有限公司", z.g2);
        e = z.firm("戊同口径测试有限公司", z.g2);
        z.report(a, "2023-03", 100);
        z.report(a, "2024-01", 40);
        z.report(a, "2024-02", 70);
        z.report(a, "2024-03", 120);
        z.report(b, "2023-03", 200);
        z.report(b, "2024-03", 180);
        z.report(c, "2024-03", 50);
        z.report(d, "2023-03", 70);
        z.report(e, "2023-03", 30);
        z.replaced(e, "2024-03", 999);
        z.report(e, "2024-03", 33);
    }

    @Test
    void totalsCountEveryReportingFirmButGrowthOnlyTheSameFirms() {
        ZoneSummary s = z.as(z.admin, () -> rollups.zoneSummary(MARCH, null));
        assertThat(s.aboveScaleEnterprises()).isEqualTo(4);
        assertThat(s.comparableEnterprises()).isEqualTo(3);
        assertThat(s.aboveScaleOutputYtd()).isEqualByComparingTo(yuan(383));
        assertThat(s.aboveScaleOutputYoy()).isCloseTo(333.0 / 330 - 1, within(1e-9));
        assertThat(s.valueAddedYtd()).isEqualByComparingTo(yuan(38.3));
        assertThat(s.highTechShare()).isCloseTo(0.5, within(1e-9));
        assertThat(s.exportShare()).isCloseTo(0.1, within(1e-9));
        assertThat(s.enterprisesAbove100m()).isEqualTo(2);
        assertThat(s.shareOfOutputAbove100m()).isCloseTo(300.0 / 383, within(1e-9));
        assertThat(s.enterprisesGrowing()).isEqualTo(2);
        assertThat(s.enterprisesShrinking()).isEqualTo(1);
        assertThat(s.zone()).isEqualTo(z.zone.code());
    }

    @Test
    void aGridOfficerSeesOnlyTheirGridsTotals() {
        String officer = z.account(Role.OFFICER, z.g1, null);
        ZoneSummary s = z.as(officer, () -> rollups.zoneSummary(MARCH, null));
        assertThat(s.aboveScaleEnterprises()).isEqualTo(2);
        assertThat(s.aboveScaleOutputYtd()).isEqualByComparingTo(yuan(170));
        assertThat(s.aboveScaleOutputYoy()).isCloseTo(0.2, within(1e-9));
        assertThat(z.as(officer, () -> rollups.drill(MARCH, Drill.all())))
                .extracting(EnterpriseFigure::enterpriseId).containsExactly(a.id(), c.id());
    }

    @Test
    void slicesByGridAddUpToTheZone() {
        List<DimensionRollup> grids = z.as(z.admin, () -> rollups.by(MARCH, Dimension.GRID));
        assertThat(grids).extracting(DimensionRollup::key)
                .containsExactlyInAnyOrder(Long.toString(z.g1), Long.toString(z.g2));
        DimensionRollup g2 = grids.stream().filter(r -> r.key().equals(Long.toString(z.g2))).findFirst().orElseThrow();
        assertThat(g2.figures().output().ytd()).isEqualByComparingTo(yuan(213));
        assertThat(g2.figures().output().yoy()).isCloseTo(213.0 / 230 - 1, within(1e-9));
    }

    @Test
    void singleMonthsAreDerivedPerFirmFromCumulativeReports() {
        List<MonthPoint> months = z.as(z.admin, () -> rollups.months(MARCH, MonthlyIndicator.GROSS_OUTPUT));
        assertThat(months).hasSize(12);
        assertThat(months.get(0).thisYear()).isEqualByComparingTo(yuan(40));
        assertThat(months.get(1).thisYear()).isEqualByComparingTo(yuan(30));
        // March: A 120-70, B, C and E report their first month of the year, so their cumulative is the month
        assertThat(months.get(2).thisYear()).isEqualByComparingTo(yuan(50 + 180 + 50 + 33));
        assertThat(months.get(2).thisYearYtd()).isEqualByComparingTo(yuan(383));
        assertThat(months.get(2).lastYearYtd()).isEqualByComparingTo(yuan(400));
        assertThat(months.get(3).thisYear()).isNull();
    }

    @Test
    void drillDownsGrowthBucketsAndTopFirms() {
        assertThat(z.as(z.admin, () -> rollups.top(MARCH, 2))).extracting(EnterpriseFigure::enterpriseId)
                .containsExactly(b.id(), a.id());
        assertThat(z.as(z.admin, () -> rollups.drill(MARCH, new Drill(Dimension.ZONE, null, Drill.Kind.SHRINKING,
                null)))).extracting(EnterpriseFigure::enterpriseId).containsExactly(b.id());
        assertThat(z.as(z.admin, () -> rollups.drill(MARCH, new Drill(Dimension.ZONE, null, Drill.Kind.NEW, null))))
                .extracting(EnterpriseFigure::enterpriseId).containsExactly(c.id());
        List<GrowthBucket> buckets = z.as(z.admin, () -> rollups.growthDistribution(MARCH));
        assertThat(buckets).extracting(GrowthBucket::code)
                .containsExactly("lt-20", "-20..-10", "-10..0", "0..10", "10..20", "ge20", "new");
        assertThat(buckets).extracting(GrowthBucket::enterprises).containsExactly(0, 0, 1, 0, 1, 1, 1);
        assertThat(z.as(z.admin, () -> rollups.drill(MARCH, new Drill(Dimension.ZONE, null, Drill.Kind.BUCKET,
                "ge20")))).extracting(EnterpriseFigure::enterpriseId).containsExactly(a.id());
    }

    @Test
    void anEnterpriseSeesItsOwnFiguresAndOnlyItsRank() {
        String user = z.account(Role.ENTERPRISE, null, a.id());
        EnterpriseStanding standing = z.as(user, () -> rollups.standing(MARCH));
        assertThat(standing.figures().enterpriseId()).isEqualTo(a.id());
        assertThat(standing.figures().outputYoy()).isCloseTo(0.2, within(1e-9));
        assertThat(standing.rankInCluster()).isEqualTo(2);
        assertThat(standing.firmsInCluster()).isEqualTo(4);
        assertThatThrownBy(() -> z.as(user, () -> rollups.zoneSummary(MARCH, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> z.as(user, () -> rollups.drill(MARCH, Drill.all())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theApiRefusesEnterprisesAndStrangersAndOtherZones() throws Exception {
        String user = z.account(Role.ENTERPRISE, null, a.id());
        mvc.perform(get("/api/v1/indicators/zone-summary").param("period", "2024-03")
                .with(httpBasic(user, TestUsers.PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/indicators/zone-summary").param("period", "2024-03"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/indicators/zone-summary").param("period", "2024-03").param("zone", "linping-demo")
                .with(httpBasic(z.admin, TestUsers.PASSWORD))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/indicators/zone-summary").param("period", "2024-03").param("zone", z.zone.code())
                        .with(httpBasic(z.admin, TestUsers.PASSWORD))).andExpect(status().isOk())
                .andExpect(jsonPath("$.aboveScaleEnterprises").value(4));
        assertThatThrownBy(() -> z.as(z.admin, () -> rollups.zoneSummary(MARCH, "linping-demo")))
                .isInstanceOf(NotFoundException.class);
    }

    private static BigDecimal yuan(double million) {
        return BigDecimal.valueOf(million * M);
    }
}
