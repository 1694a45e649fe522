package io.zonebrain.cockpit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.zonebrain.indicators.Target;
import io.zonebrain.indicators.Targets;
import io.zonebrain.support.TestUsers;
import io.zonebrain.support.ZonebrainTest;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The cockpit over the demo zone: pages, chart data, drill-downs, big screen, an enterprise's own view, targets. */
@ZonebrainTest
class CockpitPagesTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired UserDetailsService userDetails;
    @Autowired JdbcClient jdbc;
    @Autowired Targets targets;

    private RequestPostProcessor as(String username) {
        return user(userDetails.loadUserByUsername(username));
    }

    @Test
    void officialsSeeTheHeadlineFiguresOfTheChosenMonth() throws Exception {
        mvc.perform(get("/cockpit").param("period", "2023-12").with(as(users.officer())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1,214.")))
                .andExpect(content().string(containsString("同比 +5.0%")))
                .andExpect(content().string(containsString("/cockpit/firms?period=2023-12&amp;kind=ABOVE_100M")))
                .andExpect(content().string(containsString("全年红")))
                .andExpect(content().string(containsString("/js/cockpit.js")));
    }

    @Test
    void theDefaultPeriodIsTheLatestReportedMonthAndTheBigScreenIsDark() throws Exception {
        mvc.perform(get("/cockpit").with(as(users.officer()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-period=\"2025-12\"")));
        mvc.perform(get("/cockpit").param("period", "2023-12").param("screen", "big").param("lang", "en")
                        .with(as(users.officer())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("big-screen")))
                .andExpect(content().string(containsString("data-theme=\"dark\"")))
                .andExpect(content().string(containsString("Above-scale industrial output")));
    }

    @Test
    void chartDataAndDrillDowns() throws Exception {
        mvc.perform(get("/cockpit/data").param("period", "2023-12").with(as(users.officer())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.months.length()").value(12))
                .andExpect(jsonPath("$.clusters.length()").value(org.hamcrest.Matchers.greaterThanOrEqualTo(5)))
                .andExpect(jsonPath("$.buckets.length()").value(7));
        String page = mvc.perform(get("/cockpit/firms").param("period", "2023-12").param("kind", "ABOVE_100M")
                        .with(as(users.officer())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page.split("href=\"/enterprises/").length - 1).isEqualTo(100); // first page of ~125
        String second = mvc.perform(get("/cockpit/firms").param("period", "2023-12").param("kind", "ABOVE_100M")
                        .param("page", "1").with(as(users.officer())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(second.split("href=\"/enterprises/").length - 1).isBetween(23, 27);
        byte[] xlsx = mvc.perform(get("/cockpit/firms.xlsx").param("period", "2023-12").param("kind", "ABOVE_100M")
                        .with(as(users.officer())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = wb.getSheetAt(0);
            // every firm behind the tile, not just the first page; amounts in 亿元, each at least 1
            assertThat(sheet.getLastRowNum()).isBetween(123, 127);
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                assertThat(sheet.getRow(r).getCell(2).getNumericCellValue()).isGreaterThanOrEqualTo(1.0);
            }
        }
        mvc.perform(get("/cockpit/firms.xlsx").param("period", "2023-12").with(as(
                users.enterpriseUser(anyFirm()))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/cockpit").param("period", "2023-12").param("by", "DIVISION").with(as(users.officer())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("34 通用设备制造业")))
                .andExpect(content().string(containsString("dimension=DIVISION&amp;key=34")));
        mvc.perform(get("/cockpit").param("period", "2023-12").param("by", "GRID").with(as(users.officer())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("红丰创新带网格")));
        mvc.perform(get("/cockpit/firms").param("period", "2023-12").param("dimension", "CLUSTER")
                        .param("key", "biomed").with(as(users.officer())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("生物医药")));
    }

    private long anyFirm() {
        return jdbc.sql("select enterprise_id from indicators_monthly_report where zone_id = :z limit 1")
                .param("z", users.zoneId()).query(Long.class).single();
    }

    @Test
    void anEnterpriseGetsItsOwnCockpitWithItsRankOnly() throws Exception {
        long firm = jdbc.sql("select enterprise_id from indicators_monthly_report where zone_id = :z "
                        + "and period = date '2025-12-01' and current order by gross_output_yuan desc limit 1")
                .param("z", users.zoneId()).query(Long.class).single();
        String user = users.enterpriseUser(firm);
        mvc.perform(get("/cockpit").with(as(user))).andExpect(redirectedUrl("/cockpit/mine"));
        mvc.perform(get("/cockpit/mine").with(as(user))).andExpect(status().isOk())
                .andExpect(content().string(containsString("集群内产值排名")))
                .andExpect(content().string(containsString("<strong>1</strong>")))
                // its own months as a chart series: twelve months, this year and last, nothing of other firms
                .andExpect(content().string(containsString("data-own-months")))
                .andExpect(content().string(org.hamcrest.Matchers.matchesPattern(
                        "(?s).*data-series=\"\\[\\{&quot;month&quot;:1,&quot;thisYear&quot;:[0-9.]+,.*")));
        mvc.perform(get("/cockpit/data").param("period", "2023-12").with(as(user))).andExpect(status().isForbidden());
        mvc.perform(get("/cockpit/firms").param("period", "2023-12").with(as(user)))
                .andExpect(status().isForbidden());
    }

    @Test
    void strangersAreSentToLoginOrRefused() throws Exception {
        for (String page : new String[] {"/cockpit", "/cockpit/mine", "/cockpit/data?period=2023-12",
                "/cockpit/firms?period=2023-12", "/admin/targets"}) {
            mvc.perform(get(page)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        }
        for (String api : new String[] {"/api/v1/indicators/rollups?period=2023-12&dimension=CLUSTER",
                "/api/v1/indicators/months?period=2023-12", "/api/v1/indicators/alerts?period=2023-12"}) {
            mvc.perform(get(api)).andExpect(status().isUnauthorized());
        }
    }

    @Test
    void onlyZoneAdminsEditTargets() throws Exception {
        String admin = users.admin();
        mvc.perform(get("/admin/targets").param("year", "2023").with(as(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("工业总产值")))
                .andExpect(content().string(containsString("2023 年度目标")));
        mvc.perform(get("/admin/targets").with(as(users.officer()))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/targets").with(as(admin)).with(csrf()).param("year", "2031")
                        .param("indicator", "TAXES").param("growthPercent", "7.5").param("reason", "test"))
                .andExpect(status().is3xxRedirection());
        assertThat(users.as(admin, () -> targets.list(2031)))
                .containsExactly(new Target(2031, "TAXES", null, null, new BigDecimal("0.0750")));
        mvc.perform(get("/cockpit").with(as(users.officer())))
                .andExpect(content().string(not(containsString("/admin/targets"))));
    }
}
