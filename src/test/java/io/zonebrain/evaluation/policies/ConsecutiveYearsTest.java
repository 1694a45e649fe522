package io.zonebrain.evaluation.policies;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonebrain.enterprise.Enterprise;
import io.zonebrain.evaluation.EvaluationRuns;
import io.zonebrain.indicators.AnnualFigures;
import io.zonebrain.indicators.AnnualIndicator;
import io.zonebrain.indicators.AnnualSubmission;
import io.zonebrain.indicators.MoneyUnit;
import io.zonebrain.indicators.ReportSource;
import io.zonebrain.platform.BackgroundJobs;
import io.zonebrain.support.TestEnterprises;
import io.zonebrain.support.TestUsers;
import io.zonebrain.support.ZonebrainTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Published runs of the same scheme over 2003–2005 (years no other test uses): a firm in D all three years pays the
 * 3-year surcharge only (0.15, not 0.05 + 0.10 + 0.15); a firm missing from 2004 starts counting again in 2005.
 * Publishing each run opens the D firms' remediation cases.
 */
@ZonebrainTest
class ConsecutiveYearsTest {

    private static final String SCHEME = "linping-demo-2022";

    @Autowired
    io.zonebrain.support.TestJobs testJobs;
    @Autowired TestUsers users;
    @Autowired TestEnterprises enterprises;
    @Autowired AnnualFigures annual;
    @Autowired EvaluationRuns runs;
    @Autowired BackgroundJobs jobs;
    @Autowired PolicyMeasures measures;
    @Autowired JdbcClient jdbc;

    @Test
    void threeYearsInDChargeTheThreeYearSurchargeOnlyAndAGapStartsAgain() {
        String officer = users.officer();
        Enterprise always = enterprises.create("连续D类测试" + UUID.randomUUID().toString().substring(0, 6), null);
        Enterprise gap = enterprises.create("间断D类测试" + UUID.randomUUID().toString().substring(0, 6), null);
        long lastRun = 0;
        for (int year = 2003; year <= 2005; year++) {
            figures(officer, always, year);
            if (year != 2004) {
                figures(officer, gap, year);
            }
            long run = runAndWait(officer, year);
            users.as(officer, () -> runs.publish(run, "公示"));
            lastRun = run;
        }
        EnterpriseMeasures a = users.as(officer, () -> measures.forEnterprise(always.id(), LocalDate.now()));
        assertThat(a.grade()).isEqualTo("D");
        assertThat(a.dataYear()).isEqualTo(2005);
        assertThat(a.consecutiveYears()).isEqualTo(3);
        assertThat(a.measures()).filteredOn(m -> m.kind() == PolicyMeasure.Kind.PRICE_SURCHARGE).singleElement()
                .satisfies(m -> assertThat(m.amount()).isEqualByComparingTo("0.15"));
        EnterpriseMeasures g = users.as(officer, () -> measures.forEnterprise(gap.id(), LocalDate.now()));
        assertThat(g.consecutiveYears()).isEqualTo(1);
        assertThat(g.measures()).filteredOn(m -> m.kind() == PolicyMeasure.Kind.PRICE_SURCHARGE).singleElement()
                .satisfies(m -> assertThat(m.amount()).isEqualByComparingTo("0.05"));
        // before any of these runs was published nothing applied: the date decides which result counts
        assertThat(users.as(officer, () -> measures.forEnterprise(always.id(), LocalDate.of(2001, 1, 1))).runId())
                .isNull();

        assertThat(jdbc.sql("select count(*) from evaluation_remediation where run_id = :r and enterprise_id in"
                        + " (:a, :g)").param("r", lastRun).param("a", always.id()).param("g", gap.id())
                .query(Integer.class).single()).isEqualTo(2);
    }

    /** Above-scale on 10 亩 with 1 万元/亩 of tax: D by the Linping rule. */
    private void figures(String officer, Enterprise e, int year) {
        Map<AnnualIndicator, BigDecimal> v = new EnumMap<>(AnnualIndicator.class);
        v.put(AnnualIndicator.LAND_USED, new BigDecimal("10"));
        v.put(AnnualIndicator.TAXES_PAID, new BigDecimal("100000"));
        v.put(AnnualIndicator.VALUE_ADDED, new BigDecimal("6000000"));
        v.put(AnnualIndicator.REVENUE, new BigDecimal("10000000"));
        v.put(AnnualIndicator.ENERGY, new BigDecimal("2400"));
        v.put(AnnualIndicator.EMPLOYEES, new BigDecimal("30"));
        v.put(AnnualIndicator.RD_EXPENSE, new BigDecimal("300000"));
        users.as(officer, () -> annual.submit(new AnnualSubmission(e.id(), null, year, v, null, true,
                MoneyUnit.YUAN, ReportSource.API)));
    }

    private long runAndWait(String officer, int year) {
        UUID job = users.as(officer, () -> runs.start(SCHEME, year));
        return testJobs.resultId(job, java.time.Duration.ofSeconds(30));
    }
}
