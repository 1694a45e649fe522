package io.zonebrain.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.zonebrain.platform.AuditTrail;
import io.zonebrain.support.TestEnterprises;
import io.zonebrain.support.TestUsers;
import io.zonebrain.support.ZonebrainTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/** The scheme API end to end: shipped schemes, scoring by hand, access, bad input, versioning and its audit. */
@ZonebrainTest
class SchemeApiTest {

    private static final String HUANGYAN = "/api/v1/evaluation/schemes/reference-huangyan-2022";

    /* The hand-computed enterprise of HuangyanReferenceTest, in yuan and base units: total 89.11. */
    private static final String ABOVE_SCALE = """
            {"landMu": 40, "taxYuan": 7320000, "valueAddedYuan": 27232000, "revenueYuan": 45000000,
             "mainRevenueYuan": 40000000, "energyTce": 800, "emissionsTonnes": 0.5, "electricityKwh": 3000000,
             "employees": 150, "rdExpenseYuan": 1208000, "aboveScale": true}
            """;

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired TestEnterprises enterprises;
    @Autowired AuditTrail audit;
    @Autowired JsonMapper json;

    private static RequestPostProcessor as(String user) {
        return httpBasic(user, TestUsers.PASSWORD);
    }

    private static MockHttpServletRequestBuilder score(String path, String body) {
        return post(path + "/score").contentType("application/json").content(body);
    }

    @Test
    void everyZoneHasBothShippedSchemesInUse() throws Exception {
        mvc.perform(get("/api/v1/evaluation/schemes").with(as(users.officer())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == 'reference-huangyan-2022')].status").value("IN_USE"))
                .andExpect(jsonPath("$[?(@.code == 'linping-demo-2022')].latestVersion").value(1));
        mvc.perform(get(HUANGYAN).with(as(users.officer())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dataYear").value(2022))
                .andExpect(jsonPath("$.cohorts[0].indicators[0].benchmark.value").value(24.097));
    }

    @Test
    void scoresTheHuangyanFormulaWithItsPublishedBenchmarks() throws Exception {
        mvc.perform(score(HUANGYAN, ABOVE_SCALE).with(as(users.officer())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cohort").value("above-scale"))
                .andExpect(jsonPath("$.total").value(89.11))
                .andExpect(jsonPath("$.indicators[0].value").value(18.3))
                .andExpect(jsonPath("$.indicators[0].unit").value("万元/亩"))
                .andExpect(jsonPath("$.indicators[0].points").value(22.78))
                .andExpect(jsonPath("$.indicators[0].trace").value("亩均税收 18.3 万元/亩 ÷ 基准 24.097 × 30 = 22.78 分"))
                .andExpect(jsonPath("$.indicators[3].value").value(5446.4))
                .andExpect(jsonPath("$.grade").doesNotExist());
    }

    @Test
    void belowScaleTaxPerElectricityIsInYuanPerKwh() throws Exception {
        mvc.perform(score(HUANGYAN, """
                        {"landMu": 10, "taxYuan": 500000, "electricityKwh": 2000000}
                        """).with(as(users.admin())).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cohort").value("below-scale"))
                .andExpect(jsonPath("$.indicators[1].value").value(0.25))
                .andExpect(jsonPath("$.indicators[1].trace")
                        .value("单位用电税收 0.25 元/千瓦时 / benchmark 0.2352 x 50 = 53.15 points"))
                .andExpect(jsonPath("$.total").value(74.71));
    }

    @Test
    void officialsOnly() throws Exception {
        mvc.perform(score(HUANGYAN, ABOVE_SCALE)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/evaluation/schemes")).andExpect(status().isUnauthorized());
        long firm = enterprises.create("辛亩均测试有限公司", null).id();
        String enterpriseUser = users.enterpriseUser(firm);
        mvc.perform(score(HUANGYAN, ABOVE_SCALE).with(as(enterpriseUser))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/evaluation/schemes").with(as(enterpriseUser))).andExpect(status().isForbidden());
    }

    @Test
    void zeroLandIsA422NamingTheField() throws Exception {
        mvc.perform(score(HUANGYAN, ABOVE_SCALE.replace("\"landMu\": 40", "\"landMu\": 0"))
                        .with(as(users.officer())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("landMu"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith("用地面积（亩）: 为零")));
    }

    @Test
    void negativeTaxFollowsTheSchemesRule() throws Exception {
        String refund = ABOVE_SCALE.replace("\"taxYuan\": 7320000", "\"taxYuan\": -100000");
        // 黄岩 reference reading: a negative tax scores 0 on the tax indicator
        mvc.perform(score(HUANGYAN, refund).with(as(users.officer())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.indicators[0].outcome").value("NEGATIVE"))
                .andExpect(jsonPath("$.indicators[0].points").value(0))
                .andExpect(jsonPath("$.total").value(66.33));
        // 临平 demo: a negative tax is a data error to be corrected
        mvc.perform(score("/api/v1/evaluation/schemes/linping-demo-2022", refund).with(as(users.officer())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("taxYuan"));
    }

    /* 临平: 亩均税收 1.5 万元/亩 (15 万元 on 10 mu) is below 2 ⇒ D, even scored alone. */
    @Test
    void linpingGradesDByTheAbsoluteRule() throws Exception {
        mvc.perform(score("/api/v1/evaluation/schemes/linping-demo-2022", """
                        {"landMu": 10, "taxYuan": 150000, "revenueYuan": 3000000}
                        """).with(as(users.officer())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cohort").value("land-holding"))
                .andExpect(jsonPath("$.grade").value("D"))
                .andExpect(jsonPath("$.gradeReasons[0]").value("亩均税收低于 2 万元/亩，列为 D 类"));
    }

    @Test
    void anInvalidSchemeIsRefusedWithEveryProblemNamed() throws Exception {
        Scheme base = TestSchemes.shipped("reference-huangyan-2022");
        Cohort c = base.cohorts().get(1);
        Indicator tax = c.indicators().get(0);
        Indicator broken = new Indicator(tax.code(), tax.name(), "taxYuan / landArea", tax.unit(), tax.scale(), 40,
                tax.scoring(), Benchmark.fixed(0), null, null, null, null, null);
        Cohort badCohort = new Cohort(c.code(), c.name(), c.entry(), c.totalWeight(),
                List.of(broken, c.indicators().get(1)), List.of(), TestSchemes.percentileRule(20, 40, 35));
        Scheme bad = new Scheme("test-invalid-" + System.nanoTime() % 100000, null, base.name(), base.owner(),
                base.documentNumber(), base.dataYear(), base.grades(), base.extraClasses(), List.of(badCohort),
                List.of(), List.of(), null);
        mvc.perform(post("/api/v1/evaluation/schemes").with(as(users.officer())).contentType("application/json")
                        .content(json.writeValueAsString(bad)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "cohorts[0].indicators[0].formula", "cohorts[0].indicators[0].benchmark.value",
                        "cohorts[0].totalWeight", "cohorts[0].grading.cutoffs")));
        mvc.perform(get("/api/v1/evaluation/schemes/" + bad.code()).with(as(users.officer())))
                .andExpect(status().isNotFound());
    }

    @Test
    void aVersionInUseIsNeverChangedEditsMakeANewVersion() throws Exception {
        String officer = users.officer();
        String code = "test-versioning-" + System.nanoTime() % 1_000_000;
        Scheme base = TestSchemes.shipped("reference-huangyan-2022");
        Scheme first = rename(base, code, "第一稿");
        mvc.perform(post("/api/v1/evaluation/schemes").with(as(officer)).contentType("application/json")
                        .header("X-Change-Reason", "新建").content(json.writeValueAsString(first)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.status").value("DRAFT"));
        // a draft is edited in place
        mvc.perform(post("/api/v1/evaluation/schemes").with(as(officer)).contentType("application/json")
                        .content(json.writeValueAsString(rename(base, code, "第二稿"))))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(post("/api/v1/evaluation/schemes/" + code + "/versions/1/in-use").with(as(officer))
                        .header("X-Change-Reason", "印发"))
                .andExpect(jsonPath("$.status").value("IN_USE"));
        // the version in use stays as it was; the edit becomes version 2
        mvc.perform(post("/api/v1/evaluation/schemes").with(as(officer)).contentType("application/json")
                        .content(json.writeValueAsString(rename(base, code, "第三稿"))))
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.status").value("DRAFT"));
        mvc.perform(get("/api/v1/evaluation/schemes/" + code + "?version=1").with(as(officer)))
                .andExpect(jsonPath("$.name").value("第二稿"))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(get("/api/v1/evaluation/schemes/" + code).with(as(officer)))
                .andExpect(jsonPath("$.name").value("第三稿"))
                .andExpect(jsonPath("$.version").value(2));

        List<AuditTrail.AuditEntry> entries = audit.browse("evaluation_scheme", null, officer, 10, 0);
        assertThat(entries).extracting(AuditTrail.AuditEntry::action)
                .containsExactly("CREATE", "IN_USE", "UPDATE", "CREATE");
        assertThat(entries.get(3).reason()).isEqualTo("新建");
        assertThat(entries.get(2).before()).contains("第一稿");
        assertThat(entries.get(2).after()).contains("第二稿");
    }

    private static Scheme rename(Scheme s, String code, String name) {
        return new Scheme(code, null, name, s.owner(), s.documentNumber(), s.dataYear(), s.grades(),
                s.extraClasses(), s.cohorts(), s.adjustments(), s.overrides(), s.notes());
    }
}
