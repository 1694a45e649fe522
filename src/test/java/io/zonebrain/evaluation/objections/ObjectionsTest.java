package io.zonebrain.evaluation.objections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.zonebrain.enterprise.Enterprise;
import io.zonebrain.evaluation.EvaluationRun;
import io.zonebrain.evaluation.EvaluationRuns;
import io.zonebrain.evaluation.Objection;
import io.zonebrain.evaluation.ObjectionDraft;
import io.zonebrain.evaluation.Objections;
import io.zonebrain.indicators.AnnualFigures;
import io.zonebrain.indicators.AnnualIndicator;
import io.zonebrain.indicators.AnnualSubmission;
import io.zonebrain.indicators.MoneyUnit;
import io.zonebrain.indicators.ReportSource;
import io.zonebrain.platform.BackgroundJobs;
import io.zonebrain.platform.ValidationException;
import io.zonebrain.support.TestEnterprises;
import io.zonebrain.support.TestUsers;
import io.zonebrain.support.ZonebrainTest;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Objections over hand-made firms in data year 2011, used by no other test: filing within and after the window,
 * one open objection, someone else's run, rejecting and accepting (a new version, the old one untouched),
 * finalising refused while open, and access over the API.
 */
@ZonebrainTest
class ObjectionsTest {

    /** Each test's own copy of the Linping scheme: one test finalises its version, which no other may replace. */
    private String scheme;
    private static final int YEAR = 2011;

    @Autowired
    io.zonebrain.support.TestJobs testJobs;
    @Autowired TestUsers users;
    @Autowired TestEnterprises enterprises;
    @Autowired AnnualFigures annual;
    @Autowired EvaluationRuns runs;
    @Autowired Objections objections;
    @Autowired BackgroundJobs jobs;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired UserDetailsService userDetails;
    @Autowired io.zonebrain.evaluation.SchemeCatalogue schemes;

    @org.junit.jupiter.api.BeforeEach
    void ownScheme() {
        scheme = io.zonebrain.evaluation.TestSchemes.linpingCopy(schemes, users, "test-objections", null);
    }

    @Test
    void filedWithinTheWindowThenRejectedWithAReasonAndAudited() {
        String officer = users.officer();
        Enterprise a = firm("甲", officer, "1000000");
        firm("乙", officer, "500000");
        long run = publishedRun(officer);
        EvaluationRun published = users.as(officer, () -> runs.get(run));
        assertThat(published.objectionDeadline()).isNotNull().isAfterOrEqualTo(java.time.LocalDate.now());
        String user = users.enterpriseUser(a.id());

        Objection filed = users.as(user, () -> objections.file(run, new ObjectionDraft("税收数据有误", List.of(),
                "完税证明", new ObjectionDraft.Evidence("证明.pdf", "application/pdf", new byte[] {1, 2, 3}))));
        assertThat(filed.status()).isEqualTo(Objection.Status.FILED);
        assertThat(filed.evidenceFileBytes()).isEqualTo(3);
        assertThat(filed.enterpriseId()).isEqualTo(a.id());

        // one open objection per enterprise and run
        assertThatThrownBy(() -> users.as(user, () -> objections.file(run,
                new ObjectionDraft("再次", List.of(), null, null))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(f -> f.messageCode()).containsExactly("objection.alreadyOpen"));
        // a reason is required
        assertThatThrownBy(() -> users.as(users.officer(), () -> objections.decide(filed.id(), false, " ")))
                .isInstanceOf(ValidationException.class);

        Objection rejected = users.as(officer, () -> objections.decide(filed.id(), false, "证明材料不足"));
        assertThat(rejected.status()).isEqualTo(Objection.Status.REJECTED);
        assertThat(rejected.decisionReason()).isEqualTo("证明材料不足");
        assertThat(rejected.newRunId()).isNull();
        assertThat(jdbc.sql("select count(*) from platform_audit_log where entity_type = 'evaluation_objection'"
                        + " and entity_id = :id and action = 'REJECT' and reason = '证明材料不足' and actor = :who")
                .param("id", String.valueOf(filed.id())).param("who", officer).query(Integer.class).single())
                .isEqualTo(1);
        assertThat(users.as(officer, () -> objections.list(run, Objection.Status.REJECTED)))
                .extracting(Objection::id).contains(filed.id());
        assertThat(users.as(officer, () -> objections.list(run, Objection.Status.FILED)))
                .extracting(Objection::id).doesNotContain(filed.id());
    }

    @Test
    void afterTheWindowNothingIsWritten() {
        String officer = users.officer();
        Enterprise a = firm("丙", officer, "1000000");
        long run = publishedRun(officer);
        jdbc.sql("update evaluation_run set objection_deadline = date '2012-01-31' where id = :id")
                .param("id", run).update();
        String user = users.enterpriseUser(a.id());
        int before = count();
        assertThatThrownBy(() -> users.as(user, () -> objections.file(run,
                new ObjectionDraft("太晚了", List.of(), null, null))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(f -> f.messageCode()).containsExactly("objection.windowClosed"));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void acceptingPublishesANewVersionAndLeavesTheOldOneAndFinalisingWaitsForDecisions() {
        String officer = users.officer();
        Enterprise a = firm("丁", officer, "100000");
        firm("戊", officer, "2000000");
        long run = publishedRun(officer);
        String before = snapshot(run);
        String user = users.enterpriseUser(a.id());
        Objection filed = users.as(user, () -> objections.file(run,
                new ObjectionDraft("税收少报", List.of(), null, null)));

        assertThatThrownBy(() -> users.as(officer, () -> runs.finalise(run, "定稿")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(f -> f.messageCode()).containsExactly("objection.finaliseRefused"));
        assertThat(users.as(officer, () -> runs.get(run)).status()).isEqualTo(EvaluationRun.Status.PUBLISHED);

        // the officer corrects the annual figures (kept with history by indicators), then accepts
        submit(a, officer, "3000000");
        Objection accepted = users.as(officer, () -> objections.decide(filed.id(), true, "核实后更正税收"));
        assertThat(accepted.status()).isEqualTo(Objection.Status.ACCEPTED);
        assertThat(accepted.newRunId()).isNotNull().isNotEqualTo(run);
        EvaluationRun newer = users.as(officer, () -> runs.get(accepted.newRunId()));
        EvaluationRun old = users.as(officer, () -> runs.get(run));
        assertThat(newer.version()).isGreaterThan(old.version());
        assertThat(newer.schemeCode()).isEqualTo(old.schemeCode());
        assertThat(newer.dataYear()).isEqualTo(YEAR);
        assertThat(snapshot(run)).isEqualTo(before);
        assertThat(jdbc.sql("select (inputs->>'taxYuan')::numeric from evaluation_result where run_id = :r"
                        + " and enterprise_id = :e").param("r", newer.id()).param("e", a.id())
                .query(BigDecimal.class).single()).isEqualByComparingTo("3000000");

        // the correction took the old version's place: only it can be finalised
        assertThat(old.status()).isEqualTo(EvaluationRun.Status.SUPERSEDED);
        assertThat(newer.status()).isEqualTo(EvaluationRun.Status.PUBLISHED);
        assertThat(users.as(officer, () -> runs.finalise(newer.id(), "定稿")).status())
                .isEqualTo(EvaluationRun.Status.FINAL);
    }

    @Test
    void accessOverTheApi() throws Exception {
        String officer = users.officer();
        Enterprise a = firm("己", officer, "1000000");
        long run = publishedRun(officer);
        Enterprise outsider = enterprises.create("异议测试局外" + UUID.randomUUID().toString().substring(0, 6), null);
        String stranger = users.enterpriseUser(outsider.id());
        String user = users.enterpriseUser(a.id());
        String body = "{\"reason\":\"数据有误\",\"evidenceText\":\"见附件\"}";

        mvc.perform(post("/api/v1/evaluation/runs/" + run + "/objections").contentType("application/json")
                .content(body)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/evaluation/runs/" + run + "/objections")).andExpect(status().isUnauthorized());
        mvc.perform(get("/evaluation/runs/" + run + "/objections")).andExpect(status().is3xxRedirection());
        // an enterprise without a result in the run: not found, nothing written
        int before = count();
        mvc.perform(post("/api/v1/evaluation/runs/" + run + "/objections").with(httpBasic(stranger,
                TestUsers.PASSWORD)).contentType("application/json").content(body)).andExpect(status().isNotFound());
        assertThat(count()).isEqualTo(before);
        // officials do not file; enterprises do not list or decide
        mvc.perform(post("/api/v1/evaluation/runs/" + run + "/objections").with(httpBasic(officer,
                TestUsers.PASSWORD)).contentType("application/json").content(body)).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/evaluation/runs/" + run + "/objections").with(httpBasic(user, TestUsers.PASSWORD))
                .contentType("application/json").content(body)).andExpect(status().isCreated());
        mvc.perform(get("/api/v1/evaluation/runs/" + run + "/objections").with(httpBasic(user, TestUsers.PASSWORD)))
                .andExpect(status().isForbidden());
        long id = jdbc.sql("select id from evaluation_objection where run_id = :r").param("r", run)
                .query(Long.class).single();
        mvc.perform(post("/api/v1/evaluation/objections/" + id + "/decision").with(httpBasic(user,
                TestUsers.PASSWORD)).contentType("application/json").content("{\"accept\":false,\"reason\":\"x\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/evaluation/runs/" + run + "/objections").param("status", "FILED")
                .with(httpBasic(officer, TestUsers.PASSWORD))).andExpect(status().isOk());
        var page = user(userDetails.loadUserByUsername(officer));
        mvc.perform(get("/evaluation/runs/" + run + "/objections").with(page)).andExpect(status().isOk());
        mvc.perform(get("/evaluation/runs/" + run + "/objections/export.xlsx").with(page))
                .andExpect(status().isOk());
        mvc.perform(get("/evaluation/mine").with(user(userDetails.loadUserByUsername(user))))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/evaluation/objections/" + id + "/decision").with(httpBasic(officer,
                TestUsers.PASSWORD)).contentType("application/json")
                .content("{\"accept\":false,\"reason\":\"不予采纳\"}")).andExpect(status().isOk());
    }

    private int count() {
        return jdbc.sql("select count(*) from evaluation_objection").query(Integer.class).single();
    }

    private Enterprise firm(String name, String officer, String tax) {
        Enterprise e = enterprises.create("异议测试" + name + "有限公司" + UUID.randomUUID().toString().substring(0, 6),
                null);
        submit(e, officer, tax);
        return e;
    }

    private void submit(Enterprise e, String officer, String tax) {
        Map<AnnualIndicator, BigDecimal> v = new EnumMap<>(AnnualIndicator.class);
        v.put(AnnualIndicator.LAND_USED, new BigDecimal("10"));
        v.put(AnnualIndicator.TAXES_PAID, new BigDecimal(tax));
        v.put(AnnualIndicator.VALUE_ADDED, new BigDecimal("6000000"));
        v.put(AnnualIndicator.REVENUE, new BigDecimal("10000000"));
        v.put(AnnualIndicator.ENERGY, new BigDecimal("2400"));
        v.put(AnnualIndicator.EMPLOYEES, new BigDecimal("30"));
        v.put(AnnualIndicator.RD_EXPENSE, new BigDecimal("300000"));
        users.as(officer, () -> annual.submit(new AnnualSubmission(e.id(), null, YEAR, v, null, true,
                MoneyUnit.YUAN, ReportSource.API)));
    }

    private long publishedRun(String officer) {
        UUID job = users.as(officer, () -> runs.start(scheme, YEAR));
        long id = testJobs.resultId(job, java.time.Duration.ofSeconds(30));
        users.as(officer, () -> runs.publish(id, "公示"));
        return id;
    }

    private String snapshot(long runId) {
        return jdbc.sql("select string_agg(enterprise_id || ':' || coalesce(grade, '-') || ':'"
                        + " || coalesce(total::text, '') || ':' || inputs::text, '|' order by enterprise_id)"
                        + " from evaluation_result where run_id = :r").param("r", runId).query(String.class).single();
    }
}
