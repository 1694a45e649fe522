package io.zonebrain.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.zonebrain.enterprise.Enterprise;
import io.zonebrain.enterprise.EnterpriseDraft;
import io.zonebrain.enterprise.EnterpriseRegistry;
import io.zonebrain.indicators.AnnualFigures;
import io.zonebrain.indicators.AnnualIndicator;
import io.zonebrain.indicators.AnnualSubmission;
import io.zonebrain.indicators.MoneyUnit;
import io.zonebrain.indicators.ReportSource;
import io.zonebrain.support.TestEnterprises;
import io.zonebrain.support.TestJobs;
import io.zonebrain.support.TestUsers;
import io.zonebrain.support.ZonebrainTest;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Grade distribution per cohort, industry section and division (data year 2008, used by no other test), counted by
 * hand, for the zone and for a grid officer; the page's table and chart data, the Excel exports (the 公示 list without
 * the zero-land firm, which has its own sheet with the reason) and who may read it.
 * <p>Six above-scale firms on 10 亩 (Linping demo scheme): 甲 3411 G1 30 万元/亩, 乙 3411 G2 15, 丙 2710 G1 10,
 * 丁 4411 G2 5, 戊 4411 G1 1 (D by the absolute rule), 己 3411 G1 zero land (not graded). The four ranked split
 * 20/45/35%: 1 A (0.8 → 1), 2 B (2.6 → 3), 1 C.
 */
@ZonebrainTest
class RunDistributionTest {

    private static final int YEAR = 2008;

    @Autowired TestJobs testJobs;
    @Autowired TestUsers users;
    @Autowired EnterpriseRegistry registry;
    @Autowired AnnualFigures annual;
    @Autowired EvaluationRuns runs;
    @Autowired MockMvc mvc;
    @Autowired UserDetailsService userDetails;

    private static long runId;
    private static String officer;

    @BeforeEach
    void oneRun() {
        if (runId != 0) {
            return;
        }
        officer = users.officer();
        long g1 = users.gridId("G1");
        long g2 = users.gridId("G2");
        firm("甲", "3411", g1, "10", "3000000");
        firm("乙", "3411", g2, "10", "1500000");
        firm("丙", "2710", g1, "10", "1000000");
        firm("丁", "4411", g2, "10", "500000");
        firm("戊", "4411", g1, "10", "100000");
        firm("己", "3411", g1, "0", "1000000");
        UUID job = users.as(officer, () -> runs.start("linping-demo-2022", YEAR));
        runId = testJobs.resultId(job, Duration.ofSeconds(30));
    }

    @Test
    void countsAndPercentagesPerCohortSectionAndDivisionForTheZone() {
        GradeDistribution cohorts = users.as(officer, () -> runs.distribution(runId,
                GradeDistribution.Dimension.COHORT));
        assertThat(cohorts.grades()).containsExactly("A", "B", "C", "D", "T", "-");
        GradeDistribution.Group above = group(cohorts, "above-scale");
        assertThat(above.name()).isEqualTo("规上工业企业");
        assertThat(above.counts()).containsExactly(1, 2, 1, 1, 0, 1);
        assertThat(above.total()).isEqualTo(6);
        assertThat(above.percents()).extracting(BigDecimal::toPlainString)
                .containsExactly("16.7", "33.3", "16.7", "16.7", "0.0", "16.7");
        assertThat(group(cohorts, "land-holding").total()).isZero();

        GradeDistribution sections = users.as(officer, () -> runs.distribution(runId,
                GradeDistribution.Dimension.SECTION));
        assertThat(sections.groups()).extracting(GradeDistribution.Group::code).containsExactly("C", "D");
        assertThat(group(sections, "C").counts()).containsExactly(1, 2, 0, 0, 0, 1);
        assertThat(group(sections, "C").percents()).extracting(BigDecimal::toPlainString)
                .containsExactly("25.0", "50.0", "0.0", "0.0", "0.0", "25.0");
        assertThat(group(sections, "D").name()).isEqualTo("电力、热力、燃气及水生产和供应业");
        assertThat(group(sections, "D").counts()).containsExactly(0, 0, 1, 1, 0, 0);

        GradeDistribution divisions = users.as(officer, () -> runs.distribution(runId,
                GradeDistribution.Dimension.DIVISION));
        assertThat(divisions.groups()).extracting(GradeDistribution.Group::code).containsExactly("27", "34", "44");
        assertThat(group(divisions, "27").counts()).containsExactly(0, 1, 0, 0, 0, 0);
        assertThat(group(divisions, "34").counts()).containsExactly(1, 1, 0, 0, 0, 1);
        assertThat(group(divisions, "44").counts()).containsExactly(0, 0, 1, 1, 0, 0);
    }

    @Test
    void aGridOfficerCountsOnlyTheGridsEnterprises() {
        String gridOfficer = users.gridOfficer(users.gridId("G1"));
        GradeDistribution sections = users.as(gridOfficer, () -> runs.distribution(runId,
                GradeDistribution.Dimension.SECTION));
        // G1: 甲 A, 丙 B, 己 not graded (section C); 戊 D (section D)
        assertThat(group(sections, "C").counts()).containsExactly(1, 1, 0, 0, 0, 1);
        assertThat(group(sections, "D").counts()).containsExactly(0, 0, 0, 1, 0, 0);
        assertThat(sections.groups()).extracting(GradeDistribution.Group::total).containsExactly(3, 1);
    }

    @Test
    void theApiThePageAndTheExports() throws Exception {
        var api = httpBasic(officer, TestUsers.PASSWORD);
        mvc.perform(get("/api/v1/evaluation/runs/" + runId + "/distribution").param("by", "division").with(api))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.by").value("DIVISION"))
                .andExpect(jsonPath("$.groups[2].code").value("44"))
                .andExpect(jsonPath("$.groups[2].counts[3]").value(1))
                .andExpect(jsonPath("$.groups[2].percents[3]").value(50.0));
        mvc.perform(get("/api/v1/evaluation/runs/" + runId + "/distribution").param("by", "park").with(api))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("by"));
        mvc.perform(get("/api/v1/evaluation/runs/" + runId + "/distribution")
                        .with(httpBasic(users.gridOfficer(users.gridId("G2")), TestUsers.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.groups[0].total").value(2));
        mvc.perform(get("/api/v1/evaluation/runs/" + runId + "/not-graded").with(api))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].reasons[0]").value(containsString("用地面积")));

        var page = user(userDetails.loadUserByUsername(officer));
        mvc.perform(get("/evaluation/runs/" + runId).param("by", "section").with(page)).andExpect(status().isOk())
                .andExpect(content().string(containsString("distribution-table")))
                .andExpect(content().string(containsString("D 电力、热力、燃气及水生产和供应业")))
                .andExpect(content().string(containsString("&quot;percents&quot;")))
                .andExpect(content().string(containsString("not-graded")))
                .andExpect(content().string(containsString("亩均评价测试分布己")));

        byte[] dist = mvc.perform(get("/evaluation/runs/" + runId + "/distribution.xlsx").param("by", "section")
                .with(page)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(dist))) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("行业门类");
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("A 数量");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("C");
            assertThat(sheet.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(2); // B count
            assertThat(sheet.getRow(1).getCell(5).getNumericCellValue()).isEqualTo(50.0); // B share
            assertThat(sheet.getRow(1).getCell(14).getNumericCellValue()).isEqualTo(4); // total
        }

        byte[] list = mvc.perform(get("/evaluation/runs/" + runId + "/export.xlsx").with(page))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(list))) {
            var ranked = wb.getSheetAt(0);
            assertThat(ranked.getLastRowNum()).isEqualTo(5);
            for (int r = 1; r <= 5; r++) {
                assertThat(ranked.getRow(r).getCell(1).getStringCellValue()).doesNotContain("分布己");
            }
            var notGraded = wb.getSheetAt(1);
            assertThat(notGraded.getSheetName()).isEqualTo("不予评价");
            assertThat(notGraded.getLastRowNum()).isEqualTo(1);
            assertThat(notGraded.getRow(1).getCell(1).getStringCellValue()).contains("分布己");
            assertThat(notGraded.getRow(1).getCell(4).getStringCellValue()).contains("用地面积").contains("为零");
        }

        String firm = users.enterpriseUser(registryFirm());
        mvc.perform(get("/api/v1/evaluation/runs/" + runId + "/distribution").with(httpBasic(firm,
                TestUsers.PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(get("/evaluation/runs/" + runId + "/distribution.xlsx").with(user(userDetails
                .loadUserByUsername(firm)))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/evaluation/runs/" + runId + "/not-graded").with(httpBasic(firm,
                TestUsers.PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/evaluation/runs/" + runId + "/distribution")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/evaluation/runs/" + runId + "/not-graded")).andExpect(status().isUnauthorized());
        mvc.perform(get("/evaluation/runs/" + runId + "/distribution.xlsx")).andExpect(status().is3xxRedirection());
        // a grid officer's page counts only the grid: G2 holds 乙 (B) and 丁 (C)
        mvc.perform(get("/evaluation/runs/" + runId).with(user(userDetails.loadUserByUsername(
                        users.gridOfficer(users.gridId("G2")))))).andExpect(status().isOk())
                .andExpect(content().string(containsString("不予评价的企业（0 家）")));
    }

    private long registryFirm() {
        return users.as(officer, () -> runs.results(runId, RunFilter.none())).get(0).enterpriseId();
    }

    private static GradeDistribution.Group group(GradeDistribution d, String code) {
        return d.groups().stream().filter(g -> code.equals(g.code())).findFirst().orElseThrow();
    }

    private Enterprise firm(String name, String industry, long gridId, String land, String tax) {
        EnterpriseDraft t = TestEnterprises.draft("亩均评价测试分布" + name + "有限公司"
                + UUID.randomUUID().toString().substring(0, 6), gridId);
        EnterpriseDraft d = new EnterpriseDraft(t.uscc(), t.name(), t.legalRepresentative(), t.foundedOn(),
                t.registeredCapitalYuan(), t.address(), t.parkCode(), gridId, industry, t.clusterCode(), true,
                t.ownLandMu(), t.leasedAreaMu(), t.tags(), t.contacts());
        Enterprise e = users.as(users.admin(), () -> registry.create(d, "test"));
        Map<AnnualIndicator, BigDecimal> v = new EnumMap<>(AnnualIndicator.class);
        v.put(AnnualIndicator.LAND_USED, new BigDecimal(land));
        v.put(AnnualIndicator.TAXES_PAID, new BigDecimal(tax));
        v.put(AnnualIndicator.VALUE_ADDED, new BigDecimal("6000000"));
        v.put(AnnualIndicator.REVENUE, new BigDecimal("10000000"));
        v.put(AnnualIndicator.ENERGY, new BigDecimal("2400"));
        v.put(AnnualIndicator.EMPLOYEES, new BigDecimal("30"));
        v.put(AnnualIndicator.RD_EXPENSE, new BigDecimal("300000"));
        users.as(officer, () -> annual.submit(new AnnualSubmission(e.id(), null, YEAR, v, null, true,
                MoneyUnit.YUAN, ReportSource.API)));
        return e;
    }
}
