package io.zonebrain.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.zonebrain.enterprise.Enterprise;
import io.zonebrain.indicators.AnnualFigures;
import io.zonebrain.indicators.AnnualIndicator;
import io.zonebrain.indicators.AnnualSubmission;
import io.zonebrain.indicators.MoneyUnit;
import io.zonebrain.indicators.ReportSource;
import io.zonebrain.platform.ValidationException;
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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The bad input for runs, each through the real service and the API (data year 2007 for the runs, used by
 * no other test; 2001 has no data): a clear message naming the field, and the database exactly as before — nothing
 * written, nothing published by accident.
 */
@ZonebrainTest
class RunBadInputTest {

    /** This test's own copy of the Linping scheme, so no other test's publication stands in its way. */
    private String scheme;
    private static final int YEAR = 2007;

    @Autowired TestJobs testJobs;
    @Autowired TestUsers users;
    @Autowired TestEnterprises enterprises;
    @Autowired AnnualFigures annual;
    @Autowired EvaluationRuns runs;
    @Autowired Objections objections;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired UserDetailsService userDetails;
    @Autowired io.zonebrain.evaluation.SchemeCatalogue schemes;

    @org.junit.jupiter.api.BeforeEach
    void ownScheme() {
        scheme = io.zonebrain.evaluation.TestSchemes.linpingCopy(schemes, users, "test-badinput", null);
    }

    /** Everything a run, a publication or an objection could write. */
    private String database() {
        return jdbc.sql("""
                select (select count(*) from evaluation_run) || '/' ||
                       (select coalesce(string_agg(id || status || coalesce(published_at::text, '')
                                || coalesce(finalised_at::text, ''), ',' order by id), '') from evaluation_run) || '/' ||
                       (select count(*) from evaluation_result) || '/' ||
                       (select count(*) from evaluation_objection) || '/' ||
                       (select count(*) from evaluation_remediation) || '/' ||
                       (select count(*) from platform_job) || '/' ||
                       (select count(*) from platform_audit_log where entity_type like 'evaluation%')
                """).query(String.class).single();
    }

    @Test
    void aYearWithoutDataIsRefusedWithNoRunRowAndNoJob() throws Exception {
        String officer = users.officer();
        String before = database();
        assertThatThrownBy(() -> users.as(officer, () -> runs.start(scheme, 2001)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(f -> f.field() + ":" + f.messageCode())
                        .containsExactly("dataYear:evaluation.run.noData"));
        mvc.perform(post("/api/v1/evaluation/runs").contentType("application/json")
                        .content("{\"schemeCode\": \"" + scheme + "\", \"dataYear\": 2001}")
                        .with(httpBasic(officer, TestUsers.PASSWORD)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("dataYear"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("2001 年度没有任何企业的年度数据")));
        mvc.perform(post("/evaluation/runs").param("schemeCode", scheme).param("dataYear", "2001").with(csrf())
                        .with(user(userDetails.loadUserByUsername(officer))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2001 年度没有任何企业的年度数据")));
        assertThat(database()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from platform_job where owner = :o").param("o", officer)
                .query(Integer.class).single()).as("no job started, none left running").isZero();
    }

    @Test
    void zeroLandIsNotGradedAndListedApartWithTheReasonNeverInThePublicList() throws Exception {
        String officer = users.officer();
        Enterprise ok = firm("有地", officer, "10", "1000000", "6000000");
        Enterprise noLand = firm("无地", officer, "0", "1000000", "6000000");
        Enterprise loss = firm("亏损", officer, "10", "1000000", "-2000000");
        long run = testJobs.resultId(users.as(officer, () -> runs.start(scheme, YEAR)), Duration.ofSeconds(30));
        users.as(officer, () -> runs.publish(run, "公示"));

        RunResultLine line = users.as(officer, () -> runs.results(run, RunFilter.none())).stream()
                .filter(l -> l.enterpriseId() == noLand.id()).findFirst().orElseThrow();
        assertThat(line.valid()).isFalse();
        assertThat(line.grade()).isNull();
        assertThat(line.rank()).isNull();
        assertThat(users.as(officer, () -> runs.notGraded(run))).singleElement().satisfies(n -> {
            assertThat(n.line().enterpriseId()).isEqualTo(noLand.id());
            assertThat(n.problems()).extracting(f -> f.field() + ":" + f.messageCode())
                    .contains("landMu:evaluation.input.zeroDenominator");
        });
        var page = user(userDetails.loadUserByUsername(officer));
        mvc.perform(get("/evaluation/runs/" + run).with(page)).andExpect(status().isOk())
                .andExpect(content().string(containsString("不予评价的企业（1 家）")))
                .andExpect(content().string(containsString("用地面积（亩）: 为零，无法计算“亩均税收”")));
        mvc.perform(get("/api/v1/evaluation/runs/" + run + "/not-graded").with(httpBasic(officer,
                        TestUsers.PASSWORD)))
                .andExpect(jsonPath("$[0].enterpriseId").value(noLand.id()))
                .andExpect(jsonPath("$[0].problems[0].field").value("landMu"));
        byte[] xlsx = mvc.perform(get("/evaluation/runs/" + run + "/export.xlsx").with(page))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<String> ranked = new java.util.ArrayList<>();
            wb.getSheetAt(0).forEach(r -> ranked.add(r.getCell(1).getStringCellValue()));
            assertThat(ranked).contains(ok.name(), loss.name()).doesNotContain(noLand.name());
            assertThat(wb.getSheetAt(1).getRow(1).getCell(1).getStringCellValue()).isEqualTo(noLand.name());
            assertThat(wb.getSheetAt(1).getRow(1).getCell(4).getStringCellValue()).contains("用地面积");
        }
        // the enterprise itself sees why it has no grade
        mvc.perform(get("/evaluation/mine").with(user(userDetails.loadUserByUsername(
                users.enterpriseUser(noLand.id()))))).andExpect(status().isOk())
                .andExpect(content().string(containsString("为零，无法计算“亩均税收”")));

        // negative value added (a loss; the indicators module accepts it): the scheme's rule applied, in the trace
        String trace = jdbc.sql("select trace::text from evaluation_result where run_id = :r and enterprise_id = :e")
                .param("r", run).param("e", loss.id()).query(String.class).single();
        assertThat(trace.replace(" ", "")).contains("\"code\":\"valueAddedPerMu\"")
                .contains("\"outcome\":\"NEGATIVE\"").contains("\"ruleApplied\":\"ZERO\"");
        assertThat(users.as(officer, () -> runs.results(run, RunFilter.none())).stream()
                .filter(l -> l.enterpriseId() == loss.id()).findFirst().orElseThrow().grade()).isNotNull();
        mvc.perform(get("/api/v1/evaluation/my-result").with(httpBasic(users.enterpriseUser(loss.id()),
                        TestUsers.PASSWORD)))
                .andExpect(jsonPath("$.indicators[1].trace").value(containsString("为负值")));
    }

    @Test
    void negativeTaxIsRefusedAtEntryAndByTheSchemesRuleWithNothingWritten() throws Exception {
        String officer = users.officer();
        Enterprise e = enterprises.create("亩均坏数据测试负税" + UUID.randomUUID().toString().substring(0, 6), null);
        String before = database();
        int figures = jdbc.sql("select count(*) from indicators_published_annual where enterprise_id = :e")
                .param("e", e.id()).query(Integer.class).single();
        // the indicators module refuses a negative tax paid, naming the field
        assertThatThrownBy(() -> submit(e, officer, YEAR, "10", "-500000", "6000000"))
                .isInstanceOfSatisfying(ValidationException.class, x -> assertThat(x.errors())
                        .extracting(f -> f.messageCode()).contains("indicators.value.negative"));
        assertThat(jdbc.sql("select count(*) from indicators_published_annual where enterprise_id = :e")
                .param("e", e.id()).query(Integer.class).single()).isEqualTo(figures);
        // a refund larger than the tax scored by hand: the Linping scheme's rule for negative 亩均税收 rejects it
        mvc.perform(post("/api/v1/evaluation/schemes/" + scheme + "/score").contentType("application/json")
                        .content("{\"landMu\": 10, \"taxYuan\": -500000, \"valueAddedYuan\": 6000000,"
                                + " \"revenueYuan\": 10000000, \"mainRevenueYuan\": 10000000, \"energyTce\": 2400,"
                                + " \"employees\": 30, \"rdExpenseYuan\": 300000, \"aboveScale\": true}")
                        .with(httpBasic(officer, TestUsers.PASSWORD)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("taxYuan"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("不接受负值")));
        assertThat(database()).isEqualTo(before);
    }

    @Test
    void anObjectionAfterTheWindowIsRefusedOverTheApiWithNothingWritten() throws Exception {
        String officer = users.officer();
        Enterprise a = firm("迟到", officer, "10", "800000", "6000000");
        long run = testJobs.resultId(users.as(officer, () -> runs.start(scheme, YEAR)), Duration.ofSeconds(30));
        users.as(officer, () -> runs.publish(run, "公示"));
        jdbc.sql("update evaluation_run set objection_deadline = current_date - 1 where id = :id").param("id", run)
                .update();
        String before = database();
        String firmUser = users.enterpriseUser(a.id());
        mvc.perform(post("/api/v1/evaluation/runs/" + run + "/objections").contentType("application/json")
                        .content("{\"reason\":\"数据有误\"}").with(httpBasic(firmUser, TestUsers.PASSWORD)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("objectionDeadline"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("异议期已于")));
        mvc.perform(post("/evaluation/mine/objections").param("runId", String.valueOf(run)).param("reason", "有误")
                        .with(csrf()).with(user(userDetails.loadUserByUsername(firmUser))))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("objectionErrors"));
        mvc.perform(get("/evaluation/mine").with(user(userDetails.loadUserByUsername(firmUser))))
                .andExpect(content().string(not(containsString("name=\"reason\""))));
        assertThat(database()).isEqualTo(before);
    }

    @Test
    void publishingTwiceFinalisingADraftAndPublishingASupersededVersionAreRefused() throws Exception {
        String officer = users.officer();
        Enterprise a = firm("更正", officer, "10", "100000", "6000000");
        firm("其他", officer, "10", "1500000", "6000000");
        long draft = testJobs.resultId(users.as(officer, () -> runs.start(scheme, YEAR)), Duration.ofSeconds(30));
        long published = testJobs.resultId(users.as(officer, () -> runs.start(scheme, YEAR)),
                Duration.ofSeconds(30));
        users.as(officer, () -> runs.publish(published, "公示"));
        Objection o = users.as(users.enterpriseUser(a.id()), () -> objections.file(published,
                new ObjectionDraft("税收少报", List.of(), null, null)));
        users.as(officer, () -> objections.decide(o.id(), true, "更正"));
        var api = httpBasic(officer, TestUsers.PASSWORD);

        String before = database();
        // finalising a draft
        assertThatThrownBy(() -> users.as(officer, () -> runs.finalise(draft, "定稿")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(f -> f.messageCode()).containsExactly("evaluation.run.notPublished"));
        mvc.perform(post("/api/v1/evaluation/runs/" + draft + "/finalise").with(api))
                .andExpect(status().isUnprocessableContent());
        // publishing twice: the correction is published already
        long correction = users.as(officer, () -> objections.get(o.id())).newRunId();
        assertThatThrownBy(() -> users.as(officer, () -> runs.publish(correction, "再次公示")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(f -> f.messageCode()).containsExactly("runs.publish.notDraft"));
        mvc.perform(post("/api/v1/evaluation/runs/" + correction + "/publish").with(api))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("不能再次公示")));
        // publishing the superseded version
        assertThatThrownBy(() -> users.as(officer, () -> runs.publish(published, "公示")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(f -> f.messageCode()).containsExactly("runs.publish.superseded"));
        mvc.perform(post("/evaluation/runs/" + published + "/publish").with(csrf())
                        .with(user(userDetails.loadUserByUsername(officer))))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("errors"));
        assertThat(database()).isEqualTo(before);
        assertThat(users.as(officer, () -> runs.get(draft)).status()).isEqualTo(EvaluationRun.Status.DRAFT);
        assertThat(users.as(officer, () -> runs.get(published)).status()).isEqualTo(EvaluationRun.Status.SUPERSEDED);
        // a grid officer may not publish at all
        String gridOfficer = users.gridOfficer(users.gridId("G1"));
        mvc.perform(post("/api/v1/evaluation/runs/" + draft + "/publish").with(httpBasic(gridOfficer,
                TestUsers.PASSWORD))).andExpect(status().isForbidden());
        assertThat(database()).isEqualTo(before);
    }

    private Enterprise firm(String name, String officer, String land, String tax, String valueAdded) {
        Enterprise e = enterprises.create("亩均坏数据测试" + name + "有限公司" + UUID.randomUUID().toString().substring(0, 6),
                null);
        submit(e, officer, YEAR, land, tax, valueAdded);
        return e;
    }

    private void submit(Enterprise e, String officer, int year, String land, String tax, String valueAdded) {
        Map<AnnualIndicator, BigDecimal> v = new EnumMap<>(AnnualIndicator.class);
        v.put(AnnualIndicator.LAND_USED, new BigDecimal(land));
        v.put(AnnualIndicator.TAXES_PAID, new BigDecimal(tax));
        v.put(AnnualIndicator.VALUE_ADDED, new BigDecimal(valueAdded));
        v.put(AnnualIndicator.REVENUE, new BigDecimal("10000000"));
        v.put(AnnualIndicator.ENERGY, new BigDecimal("2400"));
        v.put(AnnualIndicator.EMPLOYEES, new BigDecimal("30"));
        v.put(AnnualIndicator.RD_EXPENSE, new BigDecimal("300000"));
        users.as(officer, () -> annual.submit(new AnnualSubmission(e.id(), null, year, v, null, true,
                MoneyUnit.YUAN, ReportSource.API)));
    }
}
