package io.zonebrain.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.zonebrain.platform.AuditTrail;
import io.zonebrain.support.TestEnterprises;
import io.zonebrain.support.TestUsers;
import io.zonebrain.support.ZonebrainTest;
import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The officers' scheme pages: the list with its filters and export, the 黄岩 reference rendered as its 办法 reads,
 * the editor (valid change saved; invalid changes refused with every problem at its path and nothing stored; a
 * version in use not editable; a concurrent save a conflict), and who may do what.
 */
@ZonebrainTest
class SchemePagesTest {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired TestEnterprises enterprises;
    @Autowired UserDetailsService userDetails;
    @Autowired JdbcClient jdbc;
    @Autowired SchemeCatalogue catalogue;
    @Autowired AuditTrail audit;

    private RequestPostProcessor as(String username) {
        return user(userDetails.loadUserByUsername(username));
    }

    private static String uniqueCode(String stem) {
        return "test-" + stem + "-" + SEQ.incrementAndGet() + "-" + System.nanoTime() % 100_000;
    }

    /** A copy of the 黄岩 reference under a new code, as a draft version 1 of its own. */
    private StoredScheme draftCopy(String officer, String code, String name) {
        Scheme h = TestSchemes.shipped("reference-huangyan-2022");
        Scheme copy = new Scheme(code, null, name, h.owner(), "测试〔2023〕" + SEQ.get() + " 号", h.dataYear(),
                h.grades(), h.extraClasses(), h.cohorts(), h.adjustments(), h.overrides(), h.notes());
        return users.as(officer, () -> catalogue.create(copy, "test"));
    }

    private String definition(String code, int version) {
        return jdbc.sql("select definition::text from evaluation_scheme where zone_id = :z and code = :c"
                        + " and version = :v").param("z", users.zoneId()).param("c", code).param("v", version)
                .query(String.class).single();
    }

    private int versions(String code) {
        return jdbc.sql("select count(*) from evaluation_scheme where zone_id = :z and code = :c")
                .param("z", users.zoneId()).param("c", code).query(Integer.class).single();
    }

    /** The editor's form as a browser would post it: every input and select with its current value. */
    private Map<String, String> editorForm(String officer, String code, int version) throws Exception {
        String html = mvc.perform(get("/evaluation/schemes/" + code + "/versions/" + version + "/edit")
                        .with(as(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Map<String, String> fields = new LinkedHashMap<>();
        Html form = Html.parse(html).first("#scheme-form");
        for (String kind : List.of("input[name]", "textarea[name]", "select[name]")) {
            for (Html input : form.select(kind)) {
                if (!input.attr("type").equals("submit") && !input.has("disabled")) {
                    fields.put(input.attr("name"), input.val());
                }
            }
        }
        return fields;
    }

    private static MockHttpServletRequestBuilder postForm(String url, Map<String, String> fields) {
        MockHttpServletRequestBuilder b = post(url).with(csrf());
        fields.forEach((k, v) -> b.param(k, v));
        return b;
    }

    @Test
    void theListShowsEveryVersionFiltersAndExports() throws Exception {
        String officer = users.officer();
        String code = uniqueCode("list");
        draftCopy(officer, code, "列表测试方案");
        mvc.perform(get("/evaluation/schemes").with(as(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("reference-huangyan-2022")))
                .andExpect(content().string(containsString(code)));
        mvc.perform(get("/evaluation/schemes").param("text", code).param("status", "DRAFT").with(as(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(code)))
                .andExpect(content().string(not(containsString("reference-huangyan-2022"))));
        mvc.perform(get("/evaluation/schemes").param("text", code).param("status", "IN_USE").with(as(officer)))
                .andExpect(content().string(not(containsString("data-code=\"" + code))));
        mvc.perform(get("/evaluation/schemes").param("text", code).param("year", "2021").with(as(officer)))
                .andExpect(content().string(not(containsString("data-code=\"" + code))));

        byte[] xlsx = mvc.perform(get("/evaluation/schemes/export.xlsx").param("text", code).with(as(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("文号");
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(code);
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("列表测试方案");
            assertThat(sheet.getRow(1).getCell(6).getStringCellValue()).isEqualTo("草稿");
            assertThat(sheet.getRow(1).getCell(7).getStringCellValue()).isEqualTo(officer);
        }
    }

    @Test
    void theHuangyanReferenceReadsLikeItsPublishedMethod() throws Exception {
        String html = mvc.perform(get("/evaluation/schemes/reference-huangyan-2022/versions/1")
                        .with(as(users.officer())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        var page = Html.parse(html);
        var above = page.first("[data-cohort=above-scale]");
        assertThat(above.texts(".benchmark"))
                .containsExactly("24.097", "136.16", "2.694", "4929.81", "18.14", "0.0302");
        assertThat(above.first(".entry").text()).isEqualTo("规上企业");
        assertThat(above.first("[data-indicator=taxPerMu]").text())
                .contains("(实缴税收（元） ÷ 用地面积（亩）) × 0.0001", "万元/亩", "30", "指标值 ÷ 基准值 × 权重",
                        "须更正数据后评价");
        assertThat(above.first("[data-indicator=valueAddedPerEmission]").text()).contains("按队列平均得分");
        assertThat(above.first(".total-row").text()).contains("100", "方案规定总分 100");
        assertThat(above.texts(".cutoffs tbody tr")).containsExactly(
                "A类（优先发展类） 20% 20%", "B类（鼓励提升类） 40% 60%", "C类（帮扶转型类） 35% 95%",
                "D类（整治提升类） 5% 100%");
        var below = page.first("[data-cohort=below-scale]");
        assertThat(below.texts(".benchmark")).containsExactly("11.5932", "0.2352");
        assertThat(page.first("#leased").text()).contains("申报的用地");
        // in use: no edit button, no put-in-use form; a zone-wide officer may copy it
        assertThat(page.first("#edit-version")).isNull();
        assertThat(page.first("#in-use-form")).isNull();
        assertThat(page.first("#copy-version")).isNotNull();

        String english = mvc.perform(get("/evaluation/schemes/reference-huangyan-2022/versions/1")
                        .param("lang", "en").with(as(users.officer())))
                .andReturn().getResponse().getContentAsString();
        assertThat(Html.parse(english).first("[data-indicator=taxPerMu]").text())
                .contains("(Taxes paid (yuan) ÷ Land used (mu)) × 0.0001", "value / benchmark x weight");
    }

    @Test
    void checkByHandUsesTheScoringOfTheScoreApi() throws Exception {
        String html = mvc.perform(post("/evaluation/schemes/reference-huangyan-2022/versions/1/score").with(csrf())
                        .with(as(users.officer()))
                        .param("landMu", "40").param("taxYuan", "7320000").param("valueAddedYuan", "27232000")
                        .param("revenueYuan", "45000000").param("mainRevenueYuan", "40000000")
                        .param("energyTce", "800").param("emissionsTonnes", "0.5").param("electricityKwh", "3000000")
                        .param("employees", "150").param("rdExpenseYuan", "1208000").param("aboveScale", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        var page = Html.parse(html);
        assertThat(page.first("#hand-total").text()).isEqualTo("89.11");
        assertThat(page.first("#hand-result [data-indicator=taxPerMu]").text())
                .contains("18.3", "22.78", "亩均税收 18.3 万元/亩 ÷ 基准 24.097 × 30 = 22.78 分");
        // the entered figures stay in the form
        assertThat(page.first("#hand-form input[name=landMu]").val()).isEqualTo("40");

        String bad = mvc.perform(post("/evaluation/schemes/reference-huangyan-2022/versions/1/score").with(csrf())
                        .with(as(users.officer())).param("landMu", "0").param("taxYuan", "abc"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Html.parse(bad).first("#hand-errors").text()).contains("实缴税收（元）", "“abc”不是数字");
    }

    private String editUrl(String code, int version) {
        return "/evaluation/schemes/" + code + "/versions/" + version + "/edit";
    }

    @Test
    void theEditorSavesAValidChangeToTheDraftInPlace() throws Exception {
        String officer = users.officer();
        String code = uniqueCode("edit");
        draftCopy(officer, code, "编辑测试方案");
        Map<String, String> form = editorForm(officer, code, 1);
        assertThat(form).containsEntry("cohorts[0].indicators[0].benchmark.value", "24.097")
                .containsEntry("cohorts[0].indicators[0].scale", "0.0001")
                .containsEntry("cohorts[0].entry.aboveScale", "true")
                .containsEntry("lockVersion", "0");
        form.put("cohorts[0].indicators[0].benchmark.value", "26.01");
        form.put("cohorts[0].entry.industryCodes", "13-43, C");
        form.put("documentNumber", "黄政办发〔2023〕12号");
        form.put("reason", "2021 年度基准值");
        mvc.perform(postForm(editUrl(code, 1), form).with(as(officer)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/evaluation/schemes/" + code + "/versions/1"));
        StoredScheme saved = users.as(officer, () -> catalogue.version(code, 1));
        assertThat(saved.status()).isEqualTo(StoredScheme.Status.DRAFT);
        assertThat(saved.lockVersion()).isEqualTo(1);
        assertThat(saved.scheme().documentNumber()).isEqualTo("黄政办发〔2023〕12号");
        Indicator tax = saved.scheme().cohorts().get(0).indicators().get(0);
        assertThat(tax.benchmark().value()).isEqualTo(26.01);
        assertThat(tax.scale()).isEqualTo(0.0001);
        assertThat(saved.scheme().cohorts().get(0).entry().industryCodes()).containsExactly("13-43", "C");
        // everything not touched is as it was: the scheme is the reference with two values changed
        Scheme h = TestSchemes.shipped("reference-huangyan-2022");
        assertThat(saved.scheme().cohorts().get(1)).isEqualTo(h.cohorts().get(1));
        assertThat(saved.scheme().cohorts().get(0).indicators().subList(1, 6))
                .isEqualTo(h.cohorts().get(0).indicators().subList(1, 6));
        assertThat(versions(code)).isEqualTo(1);
    }

    @Test
    void invalidSavesNameEveryProblemAtItsPathAndStoreNothing() throws Exception {
        String officer = users.officer();
        String code = uniqueCode("invalid");
        draftCopy(officer, code, "校验测试方案");
        String before = definition(code, 1);
        Map<String, String> form = editorForm(officer, code, 1);
        form.put("cohorts[0].indicators[0].weight", "35");                       // weights add up to 105
        form.put("cohorts[0].indicators[1].formula", "valueAddedYuan / landArea"); // unknown field
        form.put("cohorts[1].grading.cutoffs[3].percent", "10");                   // 105%
        form.put("cohorts[0].indicators[2].benchmark.value", "0");                 // fixed benchmark of zero
        form.put("cohorts[1].indicators[1].cap", "abc");                           // not a number
        String html = mvc.perform(postForm(editUrl(code, 1), form).with(as(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Html page = Html.parse(html);
        assertThat(page.select("#problems li").stream().map(li -> li.attr("data-problem-path")))
                .containsExactlyInAnyOrder("cohorts[1].indicators[1].cap", "cohorts[0].totalWeight",
                        "cohorts[0].indicators[1].formula", "cohorts[1].grading.cutoffs",
                        "cohorts[0].indicators[2].benchmark.value");
        assertThat(page.first("[data-error-for=\"cohorts[1].indicators[1].cap\"]").text()).isEqualTo("“abc”不是数字");
        assertThat(page.first("input[name=\"cohorts[1].indicators[1].cap\"]").val()).isEqualTo("abc");
        assertThat(page.first("[data-error-for=\"cohorts[0].totalWeight\"]").text())
                .isEqualTo("各指标权重合计 105，与声明的总分 100 不符");
        assertThat(page.first("[data-error-for=\"cohorts[0].indicators[1].formula\"]").text()).contains("landArea");
        assertThat(page.first("[data-error-for=\"cohorts[1].grading.cutoffs\"]").text()).contains("105");
        assertThat(page.first("[data-error-for=\"cohorts[0].indicators[2].benchmark.value\"]").text())
                .contains("大于零");
        // each message sits right by its input, whose text is kept as typed
        assertThat(page.first("input[name=\"cohorts[0].indicators[1].formula\"]").val())
                .isEqualTo("valueAddedYuan / landArea");
        assertThat(page.first("#problems").text()).contains("规上工业企业", "单位能耗增加值");
        assertThat(definition(code, 1)).isEqualTo(before);
        assertThat(versions(code)).isEqualTo(1);
    }

    @Test
    void rowsAreAddedRemovedAndMovedWithoutJavaScriptAndWithoutSaving() throws Exception {
        String officer = users.officer();
        String code = uniqueCode("rows");
        draftCopy(officer, code, "行操作测试方案");
        String before = definition(code, 1);
        Map<String, String> form = editorForm(officer, code, 1);
        form.put("_op", "add:cohorts[1].indicators");
        Html page = Html.parse(mvc.perform(postForm(editUrl(code, 1), form).with(as(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.first("input[name=\"cohorts[1].indicators[2].code\"]")).isNotNull();
        assertThat(page.first("select[name=\"cohorts[1].indicators[2].whenMissing.rule\"]").val()).isEqualTo("REJECT");
        assertThat(page.first("#scheme-form").attr("data-focus")).isEqualTo("cohorts[1].indicators[2]");

        form.put("_op", "up:cohorts[0].indicators[1]");
        page = Html.parse(mvc.perform(postForm(editUrl(code, 1), form).with(as(officer)))
                .andReturn().getResponse().getContentAsString());
        assertThat(page.first("input[name=\"cohorts[0].indicators[0].code\"]").val()).isEqualTo("valueAddedPerMu");
        assertThat(page.first("input[name=\"cohorts[0].indicators[1].code\"]").val()).isEqualTo("taxPerMu");

        form.put("_op", "remove:cohorts[0].indicators[0]");
        page = Html.parse(mvc.perform(postForm(editUrl(code, 1), form).with(as(officer)))
                .andReturn().getResponse().getContentAsString());
        assertThat(page.first("input[name=\"cohorts[0].indicators[0].code\"]").val()).isEqualTo("valueAddedPerMu");
        assertThat(page.first("input[name=\"cohorts[0].indicators[5].code\"]")).isNull();
        assertThat(definition(code, 1)).isEqualTo(before);
    }

    @Test
    void aVersionInUseCannotBeEditedOnThePageOrThroughTheApi() throws Exception {
        String officer = users.officer();
        String code = uniqueCode("frozen");
        draftCopy(officer, code, "冻结测试方案");
        Map<String, String> form = editorForm(officer, code, 1);
        mvc.perform(post("/evaluation/schemes/" + code + "/versions/1/in-use").with(csrf()).with(as(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请填写启用原因")));
        mvc.perform(post("/evaluation/schemes/" + code + "/versions/1/in-use").with(csrf()).with(as(officer))
                        .param("reason", "区政府常务会议通过"))
                .andExpect(status().is3xxRedirection());
        String frozen = definition(code, 1);

        mvc.perform(get(editUrl(code, 1)).with(as(officer)))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("id=\"in-use-block\"")));
        form.put("name", "改名");
        mvc.perform(postForm(editUrl(code, 1), form).with(as(officer))).andExpect(status().isConflict());
        mvc.perform(put("/api/v1/evaluation/schemes/" + code + "/versions/1").with(httpBasic(officer, TestUsers.PASSWORD))
                        .header("If-Match", "\"0\"").contentType("application/json")
                        .content(TestSchemes.JSON.writeValueAsString(users.as(officer,
                                () -> catalogue.version(code, 1)).scheme())))
                .andExpect(status().isConflict());
        assertThat(definition(code, 1)).isEqualTo(frozen);
        String html = mvc.perform(get("/evaluation/schemes/" + code + "/versions/1").with(as(officer)))
                .andReturn().getResponse().getContentAsString();
        assertThat(Html.parse(html).first("#edit-version")).isNull();

        // "new version from this" makes draft 2, which opens in the editor
        mvc.perform(post("/evaluation/schemes/" + code + "/versions/1/copy").with(csrf()).with(as(officer)))
                .andExpect(redirectedUrl("/evaluation/schemes/" + code + "/versions/2/edit"));
        assertThat(users.as(officer, () -> catalogue.version(code, 2)).status()).isEqualTo(StoredScheme.Status.DRAFT);
        assertThat(definition(code, 2).replace("\"version\": 2", "\"version\": 1")).isEqualTo(frozen);
        var entries = audit.browse("evaluation_scheme", null, officer, 10, 0);
        assertThat(entries).extracting(AuditTrail.AuditEntry::action).containsExactly("CREATE", "IN_USE", "CREATE");
        assertThat(entries.get(1).reason()).isEqualTo("区政府常务会议通过");
    }

    @Test
    void aConcurrentSaveOfTheSameDraftIsAConflictAndKeepsTheFirst() throws Exception {
        String first = users.officer();
        String second = users.admin();
        String code = uniqueCode("conflict");
        draftCopy(first, code, "并发测试方案");
        Map<String, String> mine = editorForm(first, code, 1);
        Map<String, String> theirs = editorForm(second, code, 1);
        theirs.put("name", "他人先保存");
        mvc.perform(postForm(editUrl(code, 1), theirs).with(as(second))).andExpect(status().is3xxRedirection());
        mine.put("name", "我后保存");
        String html = mvc.perform(postForm(editUrl(code, 1), mine).with(as(first)))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        Html page = Html.parse(html);
        assertThat(page.first("#conflict").text()).contains("已由他人保存", "对方的修改已保留");
        assertThat(page.first("input[name=name]").val()).isEqualTo("我后保存");
        assertThat(users.as(first, () -> catalogue.version(code, 1)).scheme().name()).isEqualTo("他人先保存");

        // the API speaks the same lock: a stale If-Match is a 409, the current one saves
        Scheme current = users.as(first, () -> catalogue.version(code, 1)).scheme();
        mvc.perform(put("/api/v1/evaluation/schemes/" + code + "/versions/1").with(httpBasic(first, TestUsers.PASSWORD))
                        .header("If-Match", "\"0\"").contentType("application/json")
                        .content(TestSchemes.JSON.writeValueAsString(current)))
                .andExpect(status().isConflict());
        String etag = mvc.perform(get("/api/v1/evaluation/schemes/" + code + "/versions/1")
                        .with(httpBasic(first, TestUsers.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getHeader("ETag");
        assertThat(etag).isEqualTo("\"1\"");
        mvc.perform(put("/api/v1/evaluation/schemes/" + code + "/versions/1").with(httpBasic(first, TestUsers.PASSWORD))
                        .header("If-Match", etag).contentType("application/json")
                        .content(TestSchemes.JSON.writeValueAsString(current)))
                .andExpect(status().isOk());
    }

    @Test
    void aNewSchemeIsMadeInTheEditor() throws Exception {
        String admin = users.admin();
        String code = uniqueCode("new");
        String html = mvc.perform(get("/evaluation/schemes/new").with(as(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Html.parse(html).first("input[name=\"grades[3].code\"]").val()).isEqualTo("D");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_end", "1");
        form.put("code", code);
        form.put("name", "临海测试方案");
        form.put("owner", "临海市经信局");
        form.put("documentNumber", "临政办发〔2023〕1号");
        form.put("dataYear", "2022");
        for (int g = 0; g < 4; g++) {
            form.put("grades[" + g + "].code", "ABCD".substring(g, g + 1));
        }
        form.put("cohorts[0].code", "large");
        form.put("cohorts[0].name", "用地 3 亩及以上");
        form.put("cohorts[0].entry.minLandMu", "3");
        form.put("cohorts[0].totalWeight", "100");
        form.put("cohorts[0].indicators[0].code", "taxPerMu");
        form.put("cohorts[0].indicators[0].name", "亩均税收");
        form.put("cohorts[0].indicators[0].formula", "taxYuan / landMu");
        form.put("cohorts[0].indicators[0].unit", "万元/亩");
        form.put("cohorts[0].indicators[0].scale", "0.0001");
        form.put("cohorts[0].indicators[0].weight", "100");
        form.put("cohorts[0].indicators[0].scoring.method", "RATIO_TO_BENCHMARK");
        form.put("cohorts[0].indicators[0].benchmark.kind", "FIXED");
        form.put("cohorts[0].indicators[0].benchmark.value", "15");
        form.put("cohorts[0].indicators[0].whenMissing.rule", "REJECT");
        form.put("cohorts[0].indicators[0].whenZeroDenominator.rule", "REJECT");
        form.put("cohorts[0].indicators[0].whenNegative.rule", "ZERO");
        form.put("cohorts[0].grading.method", "SCORE_THRESHOLDS");
        form.put("cohorts[0].grading.cutoffs[0].grade", "A");
        form.put("cohorts[0].grading.cutoffs[0].minScore", "90");
        form.put("cohorts[0].grading.cutoffs[1].grade", "B");
        form.put("cohorts[0].grading.cutoffs[1].minScore", "70");
        form.put("cohorts[0].grading.cutoffs[2].grade", "C");
        form.put("cohorts[0].grading.cutoffs[2].minScore", "50");
        form.put("cohorts[0].grading.cutoffs[3].grade", "D");
        form.put("overrides[0].flag", "safetyAccident");
        form.put("overrides[0].kind", "CEILING");
        form.put("overrides[0].grade", "C");
        form.put("leasedPremises.mode", "TENANT_DEDUCTION");
        form.put("leasedPremises.firstTenantPoints", "10");
        form.put("leasedPremises.furtherTenantPoints", "5");
        mvc.perform(postForm("/evaluation/schemes/new", form).with(as(admin)))
                .andExpect(redirectedUrl("/evaluation/schemes/" + code + "/versions/1"));
        StoredScheme made = users.as(admin, () -> catalogue.version(code, 1));
        assertThat(made.status()).isEqualTo(StoredScheme.Status.DRAFT);
        assertThat(made.scheme().cohorts().get(0).entry().minLandMu()).isEqualTo(3.0);
        assertThat(made.scheme().cohorts().get(0).entry().aboveScale()).isNull();
        assertThat(made.scheme().leasedPremises().mode()).isEqualTo(LeasedPremises.Mode.TENANT_DEDUCTION);
        assertThat(made.scheme().overrides()).containsExactly(
                new GradeOverride("safetyAccident", GradeOverride.Kind.CEILING, "C", null));
        String page = mvc.perform(get("/evaluation/schemes/" + code + "/versions/1").with(as(admin)))
                .andReturn().getResponse().getContentAsString();
        assertThat(Html.parse(page).first("[data-cohort=large] .entry").text()).isEqualTo("用地面积 ≥ 3 亩");
        assertThat(Html.parse(page).first("#leased").text()).contains("第一家承租企业扣 10 分", "不设上限");

        // the same code again is refused at the code field
        html = mvc.perform(postForm("/evaluation/schemes/new", form).with(as(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Html.parse(html).first("[data-error-for=code]").text()).contains("已被使用");
        assertThat(versions(code)).isEqualTo(1);
    }

    @Test
    void officialsOnlyAndGridOfficersReadOnly() throws Exception {
        String officer = users.officer();
        String code = uniqueCode("access");
        draftCopy(officer, code, "权限测试方案");
        String version = "/evaluation/schemes/" + code + "/versions/1";

        mvc.perform(get("/evaluation/schemes")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get(version)).andExpect(status().is3xxRedirection());

        long firm = enterprises.create("方案权限测试有限公司", null).id();
        String enterprise = users.enterpriseUser(firm);
        for (String url : List.of("/evaluation/schemes", "/evaluation/schemes/export.xlsx", version, version + "/edit",
                version + "/file", "/evaluation/schemes/new")) {
            mvc.perform(get(url).with(as(enterprise))).andExpect(status().isForbidden());
        }
        mvc.perform(post(version + "/copy").with(csrf()).with(as(enterprise))).andExpect(status().isForbidden());

        String grid = users.gridOfficer(users.gridId("G1"));
        String html = mvc.perform(get("/evaluation/schemes").with(as(grid)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Html.parse(html).first("#new-scheme")).isNull();
        assertThat(Html.parse(html).first("#upload-form")).isNull();
        html = mvc.perform(get(version).with(as(grid))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(Html.parse(html).first("#edit-version")).isNull();
        assertThat(Html.parse(html).first("#copy-version")).isNull();
        assertThat(Html.parse(html).first("#in-use-form")).isNull();
        assertThat(Html.parse(html).first("#hand-form")).isNotNull();
        mvc.perform(get(version + "/edit").with(as(grid))).andExpect(status().isForbidden());
        mvc.perform(get("/evaluation/schemes/new").with(as(grid))).andExpect(status().isForbidden());
        mvc.perform(postForm(version + "/edit", Map.of("name", "x")).with(as(grid))).andExpect(status().isForbidden());
        mvc.perform(post(version + "/copy").with(csrf()).with(as(grid))).andExpect(status().isForbidden());
        mvc.perform(post(version + "/in-use").with(csrf()).param("reason", "x").with(as(grid)))
                .andExpect(status().isForbidden());
        mvc.perform(post(version + "/score").with(csrf()).param("landMu", "10").param("taxYuan", "100000")
                        .with(as(grid)))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/evaluation/schemes/" + code + "/versions/1/copy")
                        .with(httpBasic(grid, TestUsers.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/evaluation/schemes/" + code + "/versions/1/in-use")
                        .with(httpBasic(grid, TestUsers.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/evaluation/schemes/versions").with(httpBasic(grid, TestUsers.PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/evaluation/schemes/versions").with(httpBasic(enterprise, TestUsers.PASSWORD)))
                .andExpect(status().isForbidden());
        assertThat(versions(code)).isEqualTo(1);
        assertThat(users.as(officer, () -> catalogue.version(code, 1)).status()).isEqualTo(StoredScheme.Status.DRAFT);
    }

    @Test
    void bandsAreEditedAsNestedRowsAndAnEmptyBandIsNotReadAsZero() throws Exception {
        String officer = users.officer();
        String code = uniqueCode("bands");
        draftCopy(officer, code, "分档测试方案");
        Map<String, String> form = editorForm(officer, code, 1);
        form.put("cohorts[1].indicators[1].scoring.method", "BANDS");
        form.put("_op", "add:cohorts[1].indicators[1].scoring.bands");
        Html page = Html.parse(mvc.perform(postForm(editUrl(code, 1), form).with(as(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.first("input[name=\"cohorts[1].indicators[1].scoring.bands[0].from\"]")).isNotNull();
        form.remove("_op");
        form.put("cohorts[1].indicators[1].scoring.bands[0].from", "");
        form.put("cohorts[1].indicators[1].scoring.bands[0].percent", "");
        page = Html.parse(mvc.perform(postForm(editUrl(code, 1), form).with(as(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.select("#problems li").stream().map(li -> li.attr("data-problem-path")))
                .containsExactlyInAnyOrder("cohorts[1].indicators[1].scoring.bands[0].from",
                        "cohorts[1].indicators[1].scoring.bands[0].percent");
        form.put("cohorts[1].indicators[1].scoring.bands[0].from", "0");
        form.put("cohorts[1].indicators[1].scoring.bands[0].percent", "60");
        form.put("cohorts[1].indicators[1].scoring.bands[1].from", "0.2");
        form.put("cohorts[1].indicators[1].scoring.bands[1].percent", "100");
        mvc.perform(postForm(editUrl(code, 1), form).with(as(officer))).andExpect(status().is3xxRedirection());
        Scoring scoring = users.as(officer, () -> catalogue.version(code, 1)).scheme().cohorts().get(1)
                .indicators().get(1).scoring();
        assertThat(scoring.method()).isEqualTo(Scoring.Method.BANDS);
        assertThat(scoring.bands()).containsExactly(new Scoring.Band(0, 60), new Scoring.Band(0.2, 100));
        String html = mvc.perform(get("/evaluation/schemes/" + code + "/versions/1").with(as(officer)))
                .andReturn().getResponse().getContentAsString();
        assertThat(Html.parse(html).first("[data-indicator=taxPerKwh]").text())
                .contains("分档计分：≥ 0 得 60%；≥ 0.2 得 100%");
    }

    /** The editor's script sends the fields packed in one JSON field; without it, a cut-off form is refused. */
    @Test
    void packedFieldsAreReadAndAFormThatDidNotArriveWholeIsNotSaved() throws Exception {
        String officer = users.officer();
        String code = uniqueCode("packed");
        draftCopy(officer, code, "打包测试方案");
        String before = definition(code, 1);
        Map<String, String> form = editorForm(officer, code, 1);
        assertThat(form).containsKey("_end").doesNotContainKey("_fields");

        Map<String, String> cut = new LinkedHashMap<>(form);
        cut.remove("_end");
        cut.keySet().removeIf(k -> k.startsWith("cohorts[1]"));
        String html = mvc.perform(postForm(editUrl(code, 1), cut).with(as(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Html.parse(html).first("#incomplete").text()).contains("没有完整送达");
        assertThat(Html.parse(html).first("input[name=\"cohorts[1].code\"]").val()).isEqualTo("below-scale");
        assertThat(definition(code, 1)).isEqualTo(before);

        Map<String, String> packed = new LinkedHashMap<>(form);
        packed.remove("_end");
        packed.remove("lockVersion");
        packed.remove("reason");
        packed.put("name", "打包后保存");
        mvc.perform(post(editUrl(code, 1)).with(csrf()).with(as(officer))
                        .param("_fields", TestSchemes.JSON.writeValueAsString(packed))
                        .param("lockVersion", form.get("lockVersion")).param("reason", "脚本打包"))
                .andExpect(redirectedUrl("/evaluation/schemes/" + code + "/versions/1"));
        Scheme saved = users.as(officer, () -> catalogue.version(code, 1)).scheme();
        assertThat(saved.name()).isEqualTo("打包后保存");
        assertThat(saved.cohorts()).isEqualTo(TestSchemes.shipped("reference-huangyan-2022").cohorts());
    }
}
