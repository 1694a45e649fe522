package io.zonebrain.evaluation.objections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
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
import io.zonebrain.platform.ConcurrentEditException;
import io.zonebrain.platform.ValidationException;
import io.zonebrain.support.TestEnterprises;
import io.zonebrain.support.TestJobs;
import io.zonebrain.support.TestUsers;
import io.zonebrain.support.ZonebrainTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
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
 * The corrected version after an accepted objection continues the publication (data year 2006, used by no other
 * test): published at once with the same deadline, naming the version it supersedes; the old version SUPERSEDED and
 * untouched; another open objection carried to the correction; the enterprise's own view shows the correction at
 * once; finalising, publishing and filing against the superseded version refused with nothing written.
 */
@ZonebrainTest
class CorrectedVersionTest {

    /** This test's own copy of the Linping scheme, so no other test's publication stands in its way. */
    private String scheme;
    private static final int YEAR = 2006;

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
        scheme = io.zonebrain.evaluation.TestSchemes.linpingCopy(schemes, users, "test-corrected", null);
    }

    /**
     * Three above-scale firms on 10 亩: 甲 at 1 万元/亩 is D by the absolute rule; 乙 (15) and 丙 (10) split A/B.
     * 甲's tax corrected to 300 万元 (30 万元/亩) makes it the best of three: A (20% of 3 rounds to 1).
     */
    @Test
    void theCorrectionIsPublishedInPlaceOfTheOldVersionAndOpenObjectionsFollowIt() throws Exception {
        String officer = users.officer();
        Enterprise a = firm("甲", officer, "100000");
        Enterprise b = firm("乙", officer, "1500000");
        Enterprise c = firm("丙", officer, "1000000");
        long v1 = publishedRun(officer);
        LocalDate deadline = LocalDate.now().plusDays(3);
        jdbc.sql("update evaluation_run set objection_deadline = :d where id = :id").param("d", deadline)
                .param("id", v1).update();
        String before = snapshot(v1);
        String userA = users.enterpriseUser(a.id());
        String userB = users.enterpriseUser(b.id());
        String userC = users.enterpriseUser(c.id());
        mvc.perform(get("/api/v1/evaluation/my-result").with(httpBasic(userA, TestUsers.PASSWORD)))
                .andExpect(jsonPath("$.runId").value(v1)).andExpect(jsonPath("$.grade").value("D"));

        Objection fromA = users.as(userA, () -> objections.file(v1, new ObjectionDraft("税收少报", List.of(), null,
                null)));
        Objection fromB = users.as(userB, () -> objections.file(v1, new ObjectionDraft("用地面积有误", List.of(),
                null, null)));

        submit(a, officer, "3000000");
        Objection accepted = users.as(officer, () -> objections.decide(fromA.id(), true, "核实后更正税收"));
        long v2 = accepted.newRunId();

        // the correction: published now, same deadline, names v1; v1 superseded and exactly as it was
        EvaluationRun corrected = users.as(officer, () -> runs.get(v2));
        EvaluationRun old = users.as(officer, () -> runs.get(v1));
        assertThat(corrected.status()).isEqualTo(EvaluationRun.Status.PUBLISHED);
        assertThat(corrected.objectionDeadline()).isEqualTo(deadline);
        assertThat(corrected.supersedes()).isEqualTo(v1);
        assertThat(corrected.publishedBy()).isEqualTo(officer);
        assertThat(old.status()).isEqualTo(EvaluationRun.Status.SUPERSEDED);
        assertThat(old.supersededBy()).isEqualTo(v2);
        assertThat(old.publishedAt()).isNotNull();
        assertThat(snapshot(v1)).isEqualTo(before);
        assertThat(audits("evaluation_run", v2, "PUBLISH")).isEqualTo(1);
        assertThat(audits("evaluation_run", v1, "SUPERSEDE")).isEqualTo(1);
        assertThat(audits("evaluation_objection", fromA.id(), "ACCEPT")).isEqualTo(1);

        // 甲 was D in v1 and got a remediation case; the correction lifts it to A, so the case is withdrawn
        // (not "lifted": nothing was remediated, the grade was wrong)
        assertThat(jdbc.sql("select status from evaluation_remediation where enterprise_id = :e and run_id = :r")
                .param("e", a.id()).param("r", v1).query(String.class).single()).isEqualTo("WITHDRAWN");

        // 乙's objection was open on v1: carried to v2, still open, still naming v1 as what it objected to
        Objection carried = users.as(officer, () -> objections.get(fromB.id()));
        assertThat(carried.status()).isEqualTo(Objection.Status.FILED);
        assertThat(carried.runId()).isEqualTo(v2);
        assertThat(carried.filedRunId()).isEqualTo(v1);
        assertThat(carried.carried()).isTrue();
        assertThat(audits("evaluation_objection", fromB.id(), "CARRY")).isEqualTo(1);
        assertThat(users.as(officer, () -> objections.list(v2, Objection.Status.FILED))).extracting(Objection::id)
                .containsExactly(fromB.id());
        assertThat(users.as(officer, () -> objections.list(v1, null))).extracting(Objection::id)
                .containsExactly(fromA.id());

        // the enterprise sees the corrected result right away, and the objection that produced it
        mvc.perform(get("/api/v1/evaluation/my-result").with(httpBasic(userA, TestUsers.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.runId").value(v2))
                .andExpect(jsonPath("$.grade").value("A"));
        mvc.perform(get("/evaluation/mine").with(user(userDetails.loadUserByUsername(userA))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("corrected-note")))
                .andExpect(content().string(containsString("A类（优先发展类）")))
                .andExpect(content().string(containsString("税收少报")));
        assertThat(users.as(userA, () -> objections.mine(v2))).extracting(Objection::id).contains(fromA.id());

        // the pages: v1 says it was superseded by v2, v2 that it corrects v1
        var page = user(userDetails.loadUserByUsername(officer));
        mvc.perform(get("/evaluation/runs/" + v1).with(page)).andExpect(status().isOk())
                .andExpect(content().string(containsString("superseded-banner")))
                .andExpect(content().string(containsString("已被第 " + corrected.version() + " 版取代")));
        mvc.perform(get("/evaluation/runs/" + v2).with(page)).andExpect(status().isOk())
                .andExpect(content().string(containsString("supersedes-banner")))
                .andExpect(content().string(not(containsString("superseded-banner"))));
        mvc.perform(get("/evaluation/runs/" + v2 + "/objections").with(page)).andExpect(status().isOk())
                .andExpect(content().string(containsString("原针对第 " + old.version() + " 版提出")));

        // the superseded version: no finalising, no publishing, no filing, nothing written
        String runsBefore = runRows();
        int objectionsBefore = objectionCount();
        assertThatThrownBy(() -> users.as(officer, () -> runs.finalise(v1, "定稿")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(f -> f.messageCode()).containsExactly("runs.finalise.superseded"));
        assertThatThrownBy(() -> users.as(officer, () -> runs.publish(v1, "公示")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(f -> f.messageCode()).containsExactly("runs.publish.superseded"));
        assertThatThrownBy(() -> users.as(userC, () -> objections.file(v1, new ObjectionDraft("迟到", List.of(),
                null, null))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(f -> f.messageCode()).containsExactly("runs.objection.superseded"));
        mvc.perform(post("/api/v1/evaluation/runs/" + v1 + "/publish").with(httpBasic(officer, TestUsers.PASSWORD)))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/api/v1/evaluation/runs/" + v1 + "/finalise").with(httpBasic(officer,
                TestUsers.PASSWORD))).andExpect(status().isUnprocessableContent());
        // correcting the superseded version again (a second officer on a stale page) is a conflict
        assertThatThrownBy(() -> users.as(officer, () -> runs.publishCorrection(v1, "再次更正")))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(runRows()).isEqualTo(runsBefore);
        assertThat(objectionCount()).isEqualTo(objectionsBefore);

        // the correction is finalised once the carried objection is decided
        assertThatThrownBy(() -> users.as(officer, () -> runs.finalise(v2, "定稿")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(f -> f.messageCode()).containsExactly("objection.finaliseRefused"));
        users.as(officer, () -> objections.decide(fromB.id(), false, "用地面积以不动产登记为准"));
        assertThat(users.as(officer, () -> runs.finalise(v2, "定稿")).status()).isEqualTo(EvaluationRun.Status.FINAL);
        assertThat(users.as(officer, () -> runs.get(v1)).status()).isEqualTo(EvaluationRun.Status.SUPERSEDED);
        assertThat(snapshot(v1)).isEqualTo(before);
        // the database itself refuses to revive a superseded version
        assertThatThrownBy(() -> jdbc.sql("update evaluation_run set status = 'PUBLISHED' where id = :r")
                .param("r", v1).update()).hasMessageContaining("cannot go from SUPERSEDED to PUBLISHED");
    }

    private int audits(String type, long id, String action) {
        return jdbc.sql("select count(*) from platform_audit_log where entity_type = :t and entity_id = :id"
                        + " and action = :a").param("t", type).param("id", String.valueOf(id)).param("a", action)
                .query(Integer.class).single();
    }

    private String runRows() {
        return jdbc.sql("select string_agg(id || ':' || status || ':' || coalesce(supersedes_run_id::text, '-'), ','"
                + " order by id) from evaluation_run").query(String.class).single();
    }

    private int objectionCount() {
        return jdbc.sql("select count(*) from evaluation_objection").query(Integer.class).single();
    }

    private Enterprise firm(String name, String officer, String tax) {
        Enterprise e = enterprises.create("更正版本测试" + name + "有限公司" + UUID.randomUUID().toString().substring(0, 6),
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
        long id = testJobs.resultId(job, Duration.ofSeconds(30));
        users.as(officer, () -> runs.publish(id, "公示"));
        return id;
    }

    private String snapshot(long runId) {
        return jdbc.sql("select string_agg(enterprise_id || ':' || coalesce(grade, '-') || ':'"
                        + " || coalesce(total::text, '') || ':' || inputs::text || trace::text, '|'"
                        + " order by enterprise_id) from evaluation_result where run_id = :r")
                .param("r", runId).query(String.class).single();
    }
}
