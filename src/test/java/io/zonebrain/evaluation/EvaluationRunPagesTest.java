package io.zonebrain.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.zonebrain.support.TestUsers;
import io.zonebrain.support.ZonebrainTest;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The demo zone's published 2022 run: its D class, pages, the 公示 export, and who may see what. */
@ZonebrainTest
class EvaluationRunPagesTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired UserDetailsService userDetails;
    @Autowired JdbcClient jdbc;

    private RequestPostProcessor as(String username) {
        return user(userDetails.loadUserByUsername(username));
    }

    private long demoRun() {
        return jdbc.sql("select id from evaluation_run where zone_id = :z and scheme_code = 'linping-demo-2022'"
                        + " and data_year = 2022 and version = 1")
                .param("z", users.zoneId()).query(Long.class).single();
    }

    @Test
    void theDemoZoneHasAPublished2022RunWhoseDClassIsExactlyTaxPerMuBelowTwo() {
        // except the firms a flag keeps out of D (a floor, or class T): see DemoFlags
        long run = demoRun();
        assertThat(jdbc.sql("select status from evaluation_run where id = :r").param("r", run).query(String.class)
                .single()).isEqualTo("PUBLISHED");
        List<Long> dGrades = jdbc.sql("select enterprise_id from evaluation_result where run_id = :r and grade = 'D'"
                + " order by enterprise_id").param("r", run).query(Long.class).list();
        List<Long> lowTax = jdbc.sql("""
                select a.enterprise_id from evaluation_result x
                join indicators_published_annual a on a.enterprise_id = x.enterprise_id and a.year = 2022
                where x.run_id = :r and a.land_used_mu > 0 and a.taxes_paid_yuan / a.land_used_mu * 0.0001 < 2
                  and not x.trace::jsonb -> 'gradeReasons' @> '[{"kind": "FLOOR"}]'
                  and not x.trace::jsonb -> 'gradeReasons' @> '[{"kind": "FORCED_CLASS"}]'
                order by a.enterprise_id
                """).param("r", run).query(Long.class).list();
        assertThat(dGrades).isNotEmpty().isEqualTo(lowTax);
        assertThat(jdbc.sql("select count(*) from evaluation_result where run_id = :r").param("r", run)
                .query(Integer.class).single()).isGreaterThanOrEqualTo(1_385);
        assertThat(jdbc.sql("select count(distinct grade) from evaluation_result where run_id = :r and grade in"
                + " ('A', 'B', 'C')").param("r", run).query(Integer.class).single()).isEqualTo(3);
    }

    @Test
    void officialsSeeTheRunsTheRunPageAndTheExportInThePublicNoticeFormat() throws Exception {
        String officer = users.officer();
        long run = demoRun();
        mvc.perform(get("/evaluation/runs").with(as(officer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/evaluation/runs/" + run)));
        mvc.perform(get("/evaluation/runs/" + run).with(as(officer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("grade-chart")))
                .andExpect(content().string(containsString("规上工业企业")));
        mvc.perform(get("/evaluation/runs/" + run).param("grade", "D").with(as(officer))).andExpect(status().isOk());
        byte[] xlsx = mvc.perform(get("/evaluation/runs/" + run + "/export.xlsx").with(as(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var header = wb.getSheetAt(0).getRow(0);
            List<String> headers = new ArrayList<>();
            header.forEach(c -> headers.add(c.getStringCellValue()));
            assertThat(headers).containsExactly("序号", "企业名称", "统一社会信用代码", "类别/分组", "综合得分", "排名", "评价等级");
            assertThat(wb.getSheetAt(0).getLastRowNum()).isGreaterThanOrEqualTo(1_385);
            assertThat(wb.getSheetAt(0).getRow(1).getCell(0).getNumericCellValue()).isEqualTo(1);
        }
        mvc.perform(get("/api/v1/evaluation/runs").with(httpBasic(officer, TestUsers.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$[?(@.id == " + run + ")].status").value("PUBLISHED"));
        mvc.perform(get("/api/v1/evaluation/runs/" + run + "/results").param("grade", "D")
                        .with(httpBasic(officer, TestUsers.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].grade").value("D"));
        mvc.perform(post("/api/v1/evaluation/runs").contentType("application/json")
                        .content("{\"schemeCode\": \"linping-demo-2022\", \"dataYear\": 2012}")
                        .with(httpBasic(officer, TestUsers.PASSWORD)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("dataYear"));
        // publishing the published run again is refused with the reason; it stays as it was
        mvc.perform(post("/api/v1/evaluation/runs/" + run + "/publish").with(httpBasic(officer, TestUsers.PASSWORD)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
        mvc.perform(get("/api/v1/evaluation/runs/" + run).with(httpBasic(officer, TestUsers.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PUBLISHED"));
    }

    @Test
    void anEnterpriseSeesOnlyItsOwnResult() throws Exception {
        long run = demoRun();
        long mine = jdbc.sql("select enterprise_id from evaluation_result where run_id = :r and grade = 'B'"
                + " order by enterprise_id limit 1").param("r", run).query(Long.class).single();
        String otherName = jdbc.sql("select enterprise_name from evaluation_result where run_id = :r"
                + " and enterprise_id <> :e order by enterprise_id limit 1").param("r", run).param("e", mine)
                .query(String.class).single();
        String firm = users.enterpriseUser(mine);
        mvc.perform(get("/api/v1/evaluation/my-result").with(httpBasic(firm, TestUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.runId").value(run))
                .andExpect(jsonPath("$.grade").value("B"))
                .andExpect(jsonPath("$.indicators[0].trace").value(containsString("÷ 基准 15 × 40")));
        mvc.perform(get("/evaluation/mine").with(as(firm))).andExpect(status().isOk())
                .andExpect(content().string(containsString("÷ 基准 15 × 40")))
                .andExpect(content().string(not(containsString(otherName))));
        mvc.perform(get("/api/v1/evaluation/runs").with(httpBasic(firm, TestUsers.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/evaluation/runs/" + run + "/results").with(httpBasic(firm, TestUsers.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/evaluation/runs").with(as(firm))).andExpect(status().isForbidden());
        mvc.perform(get("/evaluation/runs/" + run + "/export.xlsx").with(as(firm))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/evaluation/my-result").with(httpBasic(users.officer(), TestUsers.PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void anonymousCallersAreSentAway() throws Exception {
        mvc.perform(get("/api/v1/evaluation/runs")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/evaluation/my-result")).andExpect(status().isUnauthorized());
        mvc.perform(get("/evaluation/runs")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/evaluation/mine")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }
}
