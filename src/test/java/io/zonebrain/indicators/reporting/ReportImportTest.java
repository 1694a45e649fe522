package io.zonebrain.indicators.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.zonebrain.enterprise.Enterprise;
import io.zonebrain.indicators.AnnualFigures;
import io.zonebrain.indicators.AnnualIndicator;
import io.zonebrain.indicators.MonthlyIndicator;
import io.zonebrain.indicators.MonthlyReports;
import io.zonebrain.support.TestEnterprises;
import io.zonebrain.support.TestUsers;
import io.zonebrain.support.ZonebrainTest;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The bureau's Excel for the whole zone: preview with problems by row and field, nothing written before confirm. */
@ZonebrainTest
class ReportImportTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired TestEnterprises enterprises;
    @Autowired ReportFiles files;
    @Autowired MonthlyReports reports;
    @Autowired AnnualFigures annual;
    @Autowired JdbcClient jdbc;
    @Autowired UserDetailsService userDetails;

    Enterprise a;
    Enterprise b;
    String officer;

    @BeforeEach
    void twoFirms() {
        a = enterprises.create("甲导入测试有限公司", null);
        b = enterprises.create("乙导入测试有限公司", null);
        officer = users.officer();
    }

    private String preview(long id) throws Exception {
        return mvc.perform(get("/indicators/import/" + id).with(user(userDetails.loadUserByUsername(officer))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private int reportRows(Enterprise e) {
        return jdbc.sql("select count(*) from indicators_monthly_report where enterprise_id = :e").param("e", e.id())
                .query(Integer.class).single();
    }

    @Test
    void aGoodFileIsAppliedInYuanOnlyAfterConfirmation() throws Exception {
        long id = files.upload(mvc, officer, "MONTHLY", ReportFiles.sheet(ReportFiles.MONTHLY_HEADINGS, List.of(
                ReportFiles.monthly(a.uscc(), a.name(), "2016-01", 100),
                ReportFiles.monthly(b.uscc(), b.name(), "2016年1月", 250.5),
                ReportFiles.monthly(a.uscc(), a.name(), "201602", 180))));
        assertThat(reportRows(a)).as("nothing written before confirmation").isZero();
        assertThat(preview(id)).contains("id=\"count-valid\">3<");

        assertThat(files.apply(mvc, officer, id, "all").status()).isEqualTo("SUCCEEDED");
        var feb = users.as(officer, () -> reports.find(a.id(), YearMonth.of(2016, 2))).orElseThrow();
        assertThat(feb.figures().get(MonthlyIndicator.GROSS_OUTPUT)).isEqualByComparingTo("1800000");
        assertThat(feb.source().name()).isEqualTo("IMPORT");
        assertThat(users.as(officer, () -> reports.find(b.id(), YearMonth.of(2016, 1))).orElseThrow().figures()
                .get(MonthlyIndicator.GROSS_OUTPUT)).isEqualByComparingTo("2505000");
        // a second confirmation (a double click) applies nothing more
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                        "/indicators/import/" + id + "/apply").param("mode", "all")
                        .with(user(userDetails.loadUserByUsername(officer)))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(
                        "/indicators/import/" + id));
        assertThat(reportRows(a)).isEqualTo(2);
    }

    @Test
    void badRowsAreListedByRowAndFieldAndNothingIsWritten() throws Exception {
        List<Object> textInNumber = ReportFiles.monthly(a.uscc(), a.name(), "2016-03", "一百");
        long id = files.upload(mvc, officer, "MONTHLY", ReportFiles.sheet(ReportFiles.MONTHLY_HEADINGS, List.of(
                textInNumber,
                ReportFiles.monthly("91330113MA2XXXXX0Q", "不存在的公司", "2016-03", 10),
                ReportFiles.monthly(b.uscc(), b.name(), "2016-03", 10),
                ReportFiles.monthly(b.uscc(), b.name(), "2016-03", 12),
                ReportFiles.monthly(a.uscc(), a.name(), "2099-01", 10))));
        String page = preview(id);
        assertThat(page).contains("id=\"count-invalid\">5<");
        assertThat(page).contains("“一百”不是数字").contains("91330113MA2XXXXX0Q")
                .contains("出现了多次").contains("2099-01 尚未结束");
        List<String> errors = jdbc.sql("select e->>'row' || ':' || (e->>'field') || ':' || (e->>'code') from indicators_import i, "
                + "jsonb_array_elements(i.errors) e where i.id = :id").param("id", id).query(String.class).list();
        assertThat(errors).contains("2:indicator.GROSS_OUTPUT:indicators.value.notANumber",
                "3:uscc:indicators.uscc.unknown", "4:uscc:indicators.row.duplicate", "5:uscc:indicators.row.duplicate",
                "6:period:indicators.period.future");
        assertThat(reportRows(a) + reportRows(b)).isZero();
        // "all" is refused while rows have errors; nothing changes
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                        "/indicators/import/" + id + "/apply").param("mode", "all")
                        .with(user(userDetails.loadUserByUsername(officer)))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(reportRows(a) + reportRows(b)).isZero();
    }

    @Test
    void aMonthFallingBelowAnEarlierMonthOfTheSameFileIsNamedInThePreview() throws Exception {
        long id = files.upload(mvc, officer, "MONTHLY", ReportFiles.sheet(ReportFiles.MONTHLY_HEADINGS, List.of(
                ReportFiles.monthly(a.uscc(), a.name(), "2016-10", 900),
                ReportFiles.monthly(a.uscc(), a.name(), "2016-09", 800),
                ReportFiles.monthly(a.uscc(), a.name(), "2016-11", 850),
                ReportFiles.monthly(b.uscc(), b.name(), "2017-01", 10),
                ReportFiles.monthly(b.uscc(), b.name(), "2016-12", 990))));
        String page = preview(id);
        assertThat(page).contains("id=\"count-invalid\">1<");
        List<String> errors = jdbc.sql("select e->>'row' || ':' || (e->>'field') || ':' || (e->>'code') from indicators_import i, "
                + "jsonb_array_elements(i.errors) e where i.id = :id").param("id", id).query(String.class).list();
        // row 4 (2016-11, 850) falls below row 2 (2016-10, 900); January of a new year starts again from zero
        assertThat(errors).containsExactly("4:indicator.GROSS_OUTPUT:indicators.cumulative.fallsInFile");
        assertThat(page).contains("第 2 行");
        assertThat(reportRows(a) + reportRows(b)).isZero();
    }

    @Test
    void reimportingAMonthShowsTheDifferenceAndReplacesOnlyOnConfirmKeepingHistory() throws Exception {
        long first = files.upload(mvc, officer, "MONTHLY", ReportFiles.sheet(ReportFiles.MONTHLY_HEADINGS, List.of(
                ReportFiles.monthly(a.uscc(), a.name(), "2016-05", 500),
                ReportFiles.monthly(b.uscc(), b.name(), "2016-05", 700))));
        files.apply(mvc, officer, first, "all");

        long second = files.upload(mvc, officer, "MONTHLY", ReportFiles.sheet(ReportFiles.MONTHLY_HEADINGS, List.of(
                ReportFiles.monthly(a.uscc(), a.name(), "2016-05", 520),
                ReportFiles.monthly(b.uscc(), b.name(), "2016-05", 700))));
        String page = preview(second);
        assertThat(page).contains("id=\"count-replacing\">1<").contains("id=\"count-unchanged\">1<")
                .contains("import-changes").contains(">500<").contains(">520<");
        assertThat(users.as(officer, () -> reports.find(a.id(), YearMonth.of(2016, 5))).orElseThrow().figures()
                .get(MonthlyIndicator.GROSS_OUTPUT)).as("not replaced before confirmation").isEqualByComparingTo("5000000");

        files.apply(mvc, officer, second, "all");
        var history = users.as(officer, () -> reports.history(a.id(), YearMonth.of(2016, 5)));
        assertThat(history).hasSize(2);
        assertThat(history.get(0).current()).isTrue();
        assertThat(history.get(0).report().figures().get(MonthlyIndicator.GROSS_OUTPUT)).isEqualByComparingTo("5200000");
        assertThat(history.get(1).current()).isFalse();
        assertThat(users.as(officer, () -> reports.history(b.id(), YearMonth.of(2016, 5)))).as("unchanged, not rewritten")
                .hasSize(1);
    }

    @Test
    void validRowsOnlyLeavesTheBadOnesOut() throws Exception {
        long id = files.upload(mvc, officer, "MONTHLY", ReportFiles.sheet(ReportFiles.MONTHLY_HEADINGS, List.of(
                ReportFiles.monthly(a.uscc(), a.name(), "2016-07", 300),
                ReportFiles.monthly(b.uscc(), b.name(), "2016-07", -3))));
        assertThat(files.apply(mvc, officer, id, "valid").status()).isEqualTo("SUCCEEDED");
        assertThat(reportRows(a)).isEqualTo(1);
        assertThat(reportRows(b)).isZero();
    }

    @Test
    void annualFiguresImportAndApi() throws Exception {
        List<Object> row = Arrays.asList(a.uscc(), a.name(), "2016", 120, 800, 5000, 900.5, 1.25, 0.1, 0.5, 0.8, 60,
                150, 30.5);
        long id = files.upload(mvc, officer, "ANNUAL", ReportFiles.sheet(ReportFiles.ANNUAL_HEADINGS, List.of(row,
                Arrays.asList(b.uscc(), b.name(), "2016", "x", null, null, null, null, null, null, null, null, null, null))));
        String page = preview(id);
        assertThat(page).contains("id=\"count-valid\">1<").contains("“x”不是数字");
        files.apply(mvc, officer, id, "valid");

        var figures = users.as(officer, () -> annual.find(a.id(), 2016)).orElseThrow();
        assertThat(figures.get(AnnualIndicator.TAXES_PAID)).isEqualByComparingTo("1200000");
        assertThat(figures.get(AnnualIndicator.LAND_USED)).isEqualByComparingTo("30.5");
        mvc.perform(get("/api/v1/indicators/annual-figures").param("enterpriseId", String.valueOf(a.id()))
                        .param("year", "2016").with(httpBasic(officer, TestUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].year").value(2016))
                .andExpect(jsonPath("$[0].values.TAXES_PAID").value(1200000))
                .andExpect(jsonPath("$[0].values.COD").value(1.25));
        String userOfB = users.enterpriseUser(b.id());
        mvc.perform(get("/api/v1/indicators/annual-figures").param("enterpriseId", String.valueOf(a.id()))
                .with(httpBasic(userOfB, TestUsers.PASSWORD))).andExpect(status().isNotFound());

        // the next year: a jump without a reason is refused, like the monthly reports
        long next = files.upload(mvc, officer, "ANNUAL", ReportFiles.sheet(ReportFiles.ANNUAL_HEADINGS, List.of(
                Arrays.asList(a.uscc(), a.name(), "2017", 400, 800, 5000, 900.5, 1.25, 0.1, 0.5, 0.8, 60, 150, 30.5))));
        assertThat(preview(next)).contains("id=\"count-invalid\">1<").contains("±50%");
    }
}
