package io.zonebrain.evaluation.policies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.zonebrain.enterprise.Enterprise;
import io.zonebrain.evaluation.Cohort;
import io.zonebrain.evaluation.EvaluationRuns;
import io.zonebrain.evaluation.Grade;
import io.zonebrain.evaluation.GradingRule;
import io.zonebrain.evaluation.Scheme;
import io.zonebrain.evaluation.SchemeCatalogue;
import io.zonebrain.evaluation.Scoring;
import io.zonebrain.indicators.AnnualFigures;
import io.zonebrain.indicators.AnnualIndicator;
import io.zonebrain.indicators.AnnualSubmission;
import io.zonebrain.indicators.MoneyUnit;
import io.zonebrain.indicators.ReportSource;
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
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The enterprise's own what-if through the real run (data year 2009, used by no other test) under a min–max scheme:
 * the other members' low and high are read from the run server-side and the answer is exact (the case of
 * {@link WhatIfTest}: B at 13.75, A at 20.00 万元/亩), yet the answer carries none of their figures.
 */
@ZonebrainTest
class MyWhatIfTest {

    private static final int YEAR = 2009;

    @Autowired TestJobs testJobs;
    @Autowired TestUsers users;
    @Autowired TestEnterprises enterprises;
    @Autowired AnnualFigures annual;
    @Autowired EvaluationRuns runs;
    @Autowired SchemeCatalogue schemes;
    @Autowired MockMvc mvc;
    @Autowired UserDetailsService userDetails;

    @Test
    void theAnswerIsExactAgainstTheRunAndShowsNoOtherFigures() throws Exception {
        String officer = users.officer();
        String code = "what-if-min-max-" + UUID.randomUUID().toString().substring(0, 8);
        users.as(officer, () -> schemes.save(minMax(code), "测试"));
        users.as(officer, () -> schemes.putInUse(code, 1, "测试"));
        firm("甲", officer, "500000");
        firm("乙", officer, "1000000");
        Enterprise top = firm("丙", officer, "2000000");
        Enterprise me = firm("丁", officer, "800000");
        long run = testJobs.resultId(users.as(officer, () -> runs.start(code, YEAR)), Duration.ofSeconds(30));
        users.as(officer, () -> runs.publish(run, "公示"));

        String firm = users.enterpriseUser(me.id());
        String body = mvc.perform(get("/api/v1/evaluation/my-result/what-if").param("indicator", "taxPerMu")
                        .with(httpBasic(firm, TestUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.steps[0].grade").value("B"))
                .andExpect(jsonPath("$.steps[0].indicatorValue").value(13.75))
                .andExpect(jsonPath("$.steps[1].grade").value("A"))
                .andExpect(jsonPath("$.steps[1].indicatorValue").value(20.0))
                .andExpect(jsonPath("$.inputWasMissing").value(false))
                .andReturn().getResponse().getContentAsString();
        // the other members' low (5) and high (20) served the solver only: not in the answer
        assertThat(body).doesNotContain("sortedValues").doesNotContain("\"low\"").doesNotContain("\"high\"")
                .doesNotContain(top.name());
        mvc.perform(get("/evaluation/mine").param("indicator", "taxPerMu").with(user(userDetails
                        .loadUserByUsername(firm))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("what-if-frozen")))
                .andExpect(content().string(containsString("13.75 万元/亩，即可升至 B 类")))
                .andExpect(content().string(containsString("20 万元/亩，即可升至 A 类")));
    }

    /** Tax per 亩 min–max scaled to 20–100% of 60 points, revenue per 亩 against 100 for 40; A ≥ 80, B ≥ 60. */
    private static Scheme minMax(String code) {
        var tax = new io.zonebrain.evaluation.Indicator("taxPerMu", "亩均税收", "taxYuan / landMu", "万元/亩", 0.0001,
                60, new Scoring(Scoring.Method.MIN_MAX, 20.0, 100.0, null), null, null, null, null, null, null);
        var revenue = new io.zonebrain.evaluation.Indicator("revenuePerMu", "亩均营业收入", "revenueYuan / landMu",
                "万元/亩", 0.0001, 40, Scoring.ratio(), io.zonebrain.evaluation.Benchmark.fixed(100), null, null, null,
                null, null);
        GradingRule grading = new GradingRule(GradingRule.Method.SCORE_THRESHOLDS, List.of(
                new GradingRule.Cut("A", null, 80.0), new GradingRule.Cut("B", null, 60.0),
                new GradingRule.Cut("C", null, null)));
        Cohort all = new Cohort("all", "全部企业", null, 100.0, List.of(tax, revenue), List.of(), grading);
        return new Scheme(code, 1, "最小最大法测试方案", "测试", "无", YEAR,
                List.of(new Grade("A", "A类"), new Grade("B", "B类"), new Grade("C", "C类")), List.of(),
                List.of(all), List.of(), List.of(), null);
    }

    private Enterprise firm(String name, String officer, String tax) {
        Enterprise e = enterprises.create("假如测试" + name + "有限公司" + UUID.randomUUID().toString().substring(0, 6),
                null);
        Map<AnnualIndicator, BigDecimal> v = new EnumMap<>(AnnualIndicator.class);
        v.put(AnnualIndicator.LAND_USED, new BigDecimal("10"));
        v.put(AnnualIndicator.TAXES_PAID, new BigDecimal(tax));
        v.put(AnnualIndicator.REVENUE, new BigDecimal("5000000"));
        users.as(officer, () -> annual.submit(new AnnualSubmission(e.id(), null, YEAR, v, null, true,
                MoneyUnit.YUAN, ReportSource.API)));
        return e;
    }
}
