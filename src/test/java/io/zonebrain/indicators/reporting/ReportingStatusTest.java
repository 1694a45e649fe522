package io.zonebrain.indicators.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.zonebrain.enterprise.Enterprise;
import io.zonebrain.indicators.MonthlyIndicator;
import io.zonebrain.indicators.MonthlyReports;
import io.zonebrain.platform.ExcelExport;
import io.zonebrain.support.TestEnterprises;
import io.zonebrain.support.TestUsers;
import io.zonebrain.support.ZonebrainTest;
import java.io.ByteArrayInputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** 漏报: who in the officer's scope has reported a month and who has not; reminders reach the enterprise. */
@ZonebrainTest
class ReportingStatusTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired TestEnterprises enterprises;
    @Autowired MonthlyReports reports;
    @Autowired UserDetailsService userDetails;
    @Autowired JdbcClient jdbc;

    Enterprise reported;
    Enterprise late;
    String officer;

    @BeforeEach
    void twoFirms() {
        // names unique per test: the suite shares one database, and each test adds its own pair
        String tag = String.valueOf(System.nanoTime() % 1_000_000);
        reported = enterprises.create("已报状态测试" + tag + "有限公司", users.gridId("G3"));
        late = enterprises.create("漏报状态测试" + tag + "有限公司", users.gridId("G3"));
        officer = users.officer();
        users.as(officer, () -> reports.submit(Figures.submission(reported.id(), "2015-11",
                Figures.of(MonthlyIndicator.GROSS_OUTPUT, 1000))));
    }

    private String page(String who, String query) throws Exception {
        return mvc.perform(get("/indicators/status" + query).with(user(userDetails.loadUserByUsername(who))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void lateEnterprisesAreListedAndFilterable() throws Exception {
        String missing = page(officer, "?period=2015-11&show=MISSING&q=状态测试");
        assertThat(missing).contains(late.name()).doesNotContain(reported.name());
        String done = page(officer, "?period=2015-11&show=REPORTED&q=状态测试");
        assertThat(done).contains(reported.name()).doesNotContain(late.name());
        // a grid officer of another grid sees neither
        String otherGrid = users.gridOfficer(users.gridId("G1"));
        assertThat(page(otherGrid, "?period=2015-11&q=状态测试")).doesNotContain(late.name())
                .doesNotContain(reported.name());
    }

    @Test
    void remindersAreRecordedAndShownToTheEnterprise() throws Exception {
        mvc.perform(post("/indicators/status/remind").param("period", "2015-11")
                        .param("enterpriseId", String.valueOf(late.id()))
                        .with(user(userDetails.loadUserByUsername(officer))).with(csrf()))
                .andExpect(status().is3xxRedirection());
        Integer rows = jdbc.sql("select count(*) from indicators_reminder where enterprise_id = :e and period = :p "
                        + "and reminded_by = :by").param("e", late.id()).param("p", java.time.LocalDate.of(2015, 11, 1))
                .param("by", officer).query(Integer.class).single();
        assertThat(rows).isEqualTo(1);

        String gridOfficer = users.gridOfficer(users.gridId("G3"));
        mvc.perform(post("/indicators/status/remind").param("period", "2015-11")
                .with(user(userDetails.loadUserByUsername(gridOfficer))).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from indicators_reminder where enterprise_id = :e")
                .param("e", reported.id()).query(Integer.class).single()).as("reported firms are not reminded").isZero();
        assertThat(jdbc.sql("select count(*) from indicators_reminder where enterprise_id = :e")
                .param("e", late.id()).query(Integer.class).single()).isEqualTo(2);

        String userOfLate = users.enterpriseUser(late.id());
        String form = mvc.perform(get("/indicators/report").param("period", "2015-11")
                        .with(user(userDetails.loadUserByUsername(userOfLate))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("id=\"reminders\"").contains("2015-11");

        // once reported, the banner goes
        users.as(userOfLate, () -> reports.submit(Figures.submission(late.id(), "2015-11",
                Figures.of(MonthlyIndicator.GROSS_OUTPUT, 500))));
        String after = mvc.perform(get("/indicators/report").param("period", "2015-11")
                        .with(user(userDetails.loadUserByUsername(userOfLate))))
                .andReturn().getResponse().getContentAsString();
        assertThat(after).doesNotContain("id=\"reminders\"");
    }

    @Test
    void statusExportsToExcel() throws Exception {
        var response = mvc.perform(get("/indicators/status/export.xlsx").param("period", "2015-11")
                        .param("q", "状态测试").with(user(userDetails.loadUserByUsername(officer))))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentType()).isEqualTo(ExcelExport.CONTENT_TYPE);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            var sheet = wb.getSheetAt(0);
            java.util.List<String> names = new java.util.ArrayList<>();
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                names.add(sheet.getRow(i).getCell(1).getStringCellValue() + "/"
                        + sheet.getRow(i).getCell(2).getStringCellValue());
            }
            assertThat(names).contains(late.name() + "/未报", reported.name() + "/已报");
        }
    }
}
