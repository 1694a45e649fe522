package io.zonebrain.evaluation.policies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.zonebrain.platform.NotFoundException;
import io.zonebrain.platform.ValidationException;
import io.zonebrain.support.TestUsers;
import io.zonebrain.support.ZonebrainTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The demo zone's measures and remediation cases, what an enterprise and an officer see, and who may see what. */
@ZonebrainTest
class PoliciesAndRemediationTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired UserDetailsService userDetails;
    @Autowired JdbcClient jdbc;
    @Autowired PolicyMeasures measures;
    @Autowired Remediation remediation;

    private RequestPostProcessor as(String username) {
        return user(userDetails.loadUserByUsername(username));
    }

    private long demoRun() {
        return jdbc.sql("select id from evaluation_run where zone_id = :z and scheme_code = 'linping-demo-2022'"
                        + " and data_year = 2022 and version = 1")
                .param("z", users.zoneId()).query(Long.class).single();
    }

    private List<Long> withGrade(String grade) {
        return jdbc.sql("select enterprise_id from evaluation_result where run_id = :r and grade = :g"
                + " order by enterprise_id").param("r", demoRun()).param("g", grade).query(Long.class).list();
    }

    @Test
    void theDemoRunHasACaseForExactlyEachOfItsDFirms() {
        List<Long> cases = jdbc.sql("select enterprise_id from evaluation_remediation where run_id = :r"
                + " order by enterprise_id").param("r", demoRun()).query(Long.class).list();
        assertThat(cases).isNotEmpty().isEqualTo(withGrade("D"));
        // the officer's button for the same run opens nothing more
        String officer = users.officer();
        assertThat(users.as(officer, () -> remediation.openCasesFor(demoRun()))).isZero();
        RemediationCase.Totals totals = users.as(officer, () -> remediation.totals());
        assertThat(totals.remediated()).isPositive();
        assertThat(totals.freedLandMu()).isPositive();
    }

    @Test
    void closingACaseWithFreedLandAddsToTheZonesTally() {
        String officer = users.officer();
        RemediationCase open = users.as(officer, () -> remediation.list(
                new RemediationCase.Filter(RemediationCase.Status.OPEN, null, null, demoRun(), null))).stream()
                .filter(c -> c.landMu() != null && c.landMu().compareTo(BigDecimal.ONE) > 0).findFirst().orElseThrow();
        RemediationCase.Totals before = users.as(officer, () -> remediation.totals());

        assertThatThrownBy(() -> users.as(officer, () -> remediation.close(open.id(), open.version(),
                RemediationCase.Status.EXITED, open.landMu().add(BigDecimal.TEN), "too much")))
                .isInstanceOf(ValidationException.class);
        users.as(officer, () -> {
            remediation.addNote(open.id(), "已签订退出协议");
            return null;
        });
        RemediationCase closed = users.as(officer, () -> remediation.close(open.id(), open.version(),
                RemediationCase.Status.EXITED, new BigDecimal("1.00"), "退出"));
        assertThat(closed.status()).isEqualTo(RemediationCase.Status.EXITED);
        assertThat(closed.closedBy()).isEqualTo(officer);

        RemediationCase.Totals after = users.as(officer, () -> remediation.totals());
        assertThat(after.exited()).isEqualTo(before.exited() + 1);
        assertThat(after.open()).isEqualTo(before.open() - 1);
        assertThat(after.freedLandMu()).isEqualByComparingTo(before.freedLandMu().add(BigDecimal.ONE));
        assertThat(users.as(officer, () -> remediation.notes(open.id()))).extracting(RemediationCase.Note::note)
                .contains("已签订退出协议");
        assertThat(jdbc.sql("select count(*) from platform_audit_log where entity_type = 'evaluation_remediation'"
                + " and entity_id = :id and action = 'CLOSE'").param("id", String.valueOf(open.id()))
                .query(Integer.class).single()).isEqualTo(1);
        // closed is closed
        assertThatThrownBy(() -> users.as(officer, () -> remediation.close(open.id(), closed.version(),
                RemediationCase.Status.LIFTED, null, "again"))).isInstanceOf(ValidationException.class);
    }

    @Test
    void aDFirmSeesItsOwnMeasuresAndWhyAndNobodyElses() throws Exception {
        long dFirm = withGrade("D").get(0);
        long other = withGrade("A").get(0);
        String me = users.enterpriseUser(dFirm);
        EnterpriseMeasures mine = users.as(me, () -> measures.forEnterprise(dFirm, LocalDate.now()));
        assertThat(mine.grade()).isEqualTo("D");
        assertThat(mine.dataYear()).isEqualTo(2022);
        assertThat(mine.runId()).isEqualTo(demoRun());
        assertThat(mine.consecutiveYears()).isEqualTo(1);
        assertThat(mine.measures()).filteredOn(m -> m.kind() == PolicyMeasure.Kind.PRICE_SURCHARGE).singleElement()
                .satisfies(m -> assertThat(m.amount()).isEqualByComparingTo("0.05"));
        assertThat(mine.measures()).filteredOn(m -> m.kind() == PolicyMeasure.Kind.SUBSIDY).singleElement()
                .satisfies(m -> assertThat(m.eligible()).isFalse());
        assertThatThrownBy(() -> users.as(me, () -> measures.forEnterprise(other, LocalDate.now())))
                .isInstanceOf(NotFoundException.class);

        mvc.perform(get("/evaluation/mine").with(as(me))).andExpect(status().isOk())
                .andExpect(content().string(containsString("0.05")));
        mvc.perform(get("/api/v1/evaluation/enterprises/" + other + "/measures")
                .with(httpBasic(me, TestUsers.PASSWORD))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/evaluation/my-result/measures").with(httpBasic(me, TestUsers.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.grade").value("D"));
        mvc.perform(get("/evaluation/enterprises/" + other).with(as(me))).andExpect(status().isNotFound());
        mvc.perform(get("/evaluation/remediation").with(as(me))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/evaluation/enterprises/" + other + "/measures")).andExpect(status().isUnauthorized());
        mvc.perform(get("/evaluation/remediation")).andExpect(status().is3xxRedirection());

        // the what-if: a D firm by the 2 万元/亩 rule reaches C no lower than 2 万元/亩
        mvc.perform(get("/api/v1/evaluation/my-result/what-if").param("indicator", "taxPerMu")
                        .with(httpBasic(me, TestUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.input").value("TAX_YUAN"))
                .andExpect(jsonPath("$.steps[0].grade").value("C"))
                .andExpect(jsonPath("$.steps[0].reachable").value(true))
                .andExpect(jsonPath("$.steps[0].indicatorValue").value(org.hamcrest.Matchers
                        .greaterThanOrEqualTo(2.0)));
        mvc.perform(get("/evaluation/mine").param("indicator", "taxPerMu").with(as(me))).andExpect(status().isOk())
                .andExpect(content().string(containsString("万元/亩，即可升至 C 类")));
        mvc.perform(get("/api/v1/evaluation/my-result/what-if").param("indicator", "taxPerMu")
                .with(httpBasic(users.officer(), TestUsers.PASSWORD))).andExpect(status().isForbidden());
    }

    @Test
    void officersSeeAnEnterprisesMeasuresAndCasesWithinTheirScope() throws Exception {
        long dFirm = withGrade("D").get(0);
        String officer = users.officer();
        mvc.perform(get("/evaluation/enterprises/" + dFirm).with(as(officer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("0.05")));
        mvc.perform(get("/evaluation/remediation").with(as(officer))).andExpect(status().isOk());
        long caseId = jdbc.sql("select id from evaluation_remediation where run_id = :r and enterprise_id = :e")
                .param("r", demoRun()).param("e", dFirm).query(Long.class).single();
        mvc.perform(get("/evaluation/remediation/" + caseId).with(as(officer))).andExpect(status().isOk());
        mvc.perform(get("/evaluation/remediation/export.xlsx").with(as(officer))).andExpect(status().isOk());

        long firmGrid = jdbc.sql("select grid_id from enterprise_published_dimensions where enterprise_id = :e")
                .param("e", dFirm).query(Long.class).single();
        long otherGrid = jdbc.sql("select id from platform_grid where zone_id = :z and id <> :g order by id limit 1")
                .param("z", users.zoneId()).param("g", firmGrid).query(Long.class).single();
        String gridOfficer = users.gridOfficer(otherGrid);
        mvc.perform(get("/evaluation/enterprises/" + dFirm).with(as(gridOfficer))).andExpect(status().isNotFound());
        mvc.perform(get("/evaluation/remediation/" + caseId).with(as(gridOfficer))).andExpect(status().isNotFound());
    }

    @Test
    void administratorsAddMeasuresAuditedAndOthersMayNot() throws Exception {
        String admin = users.admin();
        mvc.perform(get("/admin/evaluation/policies").with(as(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("0.15")));
        mvc.perform(get("/admin/evaluation/policies").with(as(users.officer()))).andExpect(status().isForbidden());
        int before = jdbc.sql("select count(*) from platform_audit_log where entity_type = 'evaluation_policy_measure'")
                .query(Integer.class).single();
        mvc.perform(post("/admin/evaluation/policies").with(as(admin)).with(csrf())
                        .param("grade", "Z").param("kind", "PRICE_SURCHARGE").param("resource", "WATER")
                        .param("minConsecutiveYears", "1").param("amount", "0.8")
                        .param("effectiveFrom", "2030-01-01").param("reason", "测试"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from platform_audit_log where entity_type = 'evaluation_policy_measure'")
                .query(Integer.class).single()).isEqualTo(before + 1);
        mvc.perform(post("/admin/evaluation/policies").with(as(admin)).with(csrf())
                        .param("grade", "Z").param("kind", "LAND_DEPOSIT").param("amount", "150")
                        .param("effectiveFrom", "2030-01-01"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("alert error")));
    }
}
