package io.zonebrain.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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
import java.math.BigDecimal;
import java.time.Duration;
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
 * One version of a scheme and data year stands at a time (a copy of the Linping scheme of its own): publishing a second
 * draft replaces the published one with a new window; it is refused while objections to the published one are open
 * and once a version is final — each refusal leaving the database as it was.
 */
@ZonebrainTest
class RepublishTest {

    /** This test's own copy of the Linping scheme, so no other test's publication stands in its way. */
    private String scheme;
    private static final int YEAR = 2011;

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
        scheme = io.zonebrain.evaluation.TestSchemes.linpingCopy(schemes, users, "test-republish", null);
    }

    private String runsOfTheYear() {
        return jdbc.sql("""
                select coalesce(string_agg(id || ':' || status || ':' || republished, ',' order by id), '')
                from evaluation_run where scheme_code = :code and data_year = :year
                """).param("code", scheme).param("year", YEAR).query(String.class).single();
    }

    @Test
    void aSecondPublicationReplacesTheFirstUntilObjectionsAreOpenOrAVersionIsFinal() throws Exception {
        String officer = users.officer();
        Enterprise a = firm("甲", officer, "10", "100000", "6000000");
        firm("乙", officer, "10", "1500000", "6000000");
        long first = run(officer);
        users.as(officer, () -> runs.publish(first, "公示"));
        long second = run(officer);
        EvaluationRun published = users.as(officer, () -> runs.publish(second, "数据更正后重新公示"));

        assertThat(published.status()).isEqualTo(EvaluationRun.Status.PUBLISHED);
        assertThat(published.republished()).isTrue();
        assertThat(published.supersedes()).isEqualTo(first);
        assertThat(published.objectionDeadline()).isNotNull();
        EvaluationRun old = users.as(officer, () -> runs.get(first));
        assertThat(old.status()).isEqualTo(EvaluationRun.Status.SUPERSEDED);
        assertThat(old.supersededBy()).isEqualTo(second);
        assertThat(jdbc.sql("select count(*) from platform_audit_log where entity_type = 'evaluation_run'"
                + " and entity_id = :id and action = 'SUPERSEDE'").param("id", String.valueOf(first))
                .query(Integer.class).single()).isEqualTo(1);
        // only one version of the scheme and year stands published
        assertThat(jdbc.sql("select count(*) from evaluation_run where scheme_code = :code and data_year = :year"
                        + " and status in ('PUBLISHED', 'FINAL')").param("code", scheme).param("year", YEAR)
                .query(Integer.class).single()).isEqualTo(1);
        var officerLogin = user(userDetails.loadUserByUsername(officer));
        mvc.perform(get("/evaluation/runs/" + second).with(officerLogin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"supersedes-banner\"")))
                .andExpect(content().string(containsString("重新公示")));
        mvc.perform(get("/evaluation/runs/" + first).with(officerLogin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("（重新公示）")));

        // an objection is open on the standing version: a third publication must wait for it to be decided
        Objection o = users.as(users.enterpriseUser(a.id()), () -> objections.file(second,
                new ObjectionDraft("用地面积有误", List.of(), null, null)));
        long third = run(officer);
        String before = runsOfTheYear();
        assertThatThrownBy(() -> users.as(officer, () -> runs.publish(third, "公示")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(f -> f.messageCode()).containsExactly("runs.publish.openObjections"));
        assertThat(runsOfTheYear()).isEqualTo(before);

        // decided (rejected) and finalised: the final version is never replaced
        users.as(officer, () -> objections.decide(o.id(), false, "核实无误"));
        users.as(officer, () -> runs.finalise(second, "定稿"));
        String beforeFinal = runsOfTheYear();
        assertThatThrownBy(() -> users.as(officer, () -> runs.publish(third, "公示")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(f -> f.messageCode()).containsExactly("runs.publish.finalStands"));
        assertThat(runsOfTheYear()).isEqualTo(beforeFinal);
        assertThat(users.as(officer, () -> runs.get(third)).status()).isEqualTo(EvaluationRun.Status.DRAFT);
    }

    private long run(String officer) {
        return testJobs.resultId(users.as(officer, () -> runs.start(scheme, YEAR)), Duration.ofSeconds(30));
    }

    private Enterprise firm(String name, String officer, String land, String tax, String valueAdded) {
        Enterprise e = enterprises.create("重新公示测试" + name + "有限公司" + UUID.randomUUID().toString().substring(0, 6),
                null);
        Map<AnnualIndicator, BigDecimal> v = new EnumMap<>(AnnualIndicator.class);
        v.put(AnnualIndicator.LAND_USED, new BigDecimal(land));
        v.put(AnnualIndicator.TAXES_PAID, new BigDecimal(tax));
        v.put(AnnualIndicator.VALUE_ADDED, new BigDecimal(valueAdded));
        v.put(AnnualIndicator.REVENUE, new BigDecimal("10000000"));
        v.put(AnnualIndicator.ENERGY, new BigDecimal("2400"));
        v.put(AnnualIndicator.EMPLOYEES, new BigDecimal("30"));
        v.put(AnnualIndicator.RD_EXPENSE, new BigDecimal("300000"));
        users.as(officer, () -> annual.submit(new AnnualSubmission(e.id(), null, YEAR, v, null, true,
                MoneyUnit.YUAN, ReportSource.API)));
        return e;
    }
}
