package io.zonebrain.indicators.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.zonebrain.enterprise.Enterprise;
import io.zonebrain.indicators.MonthlyIndicator;
import io.zonebrain.indicators.MonthlyReports;
import io.zonebrain.support.TestEnterprises;
import io.zonebrain.support.TestUsers;
import io.zonebrain.support.ZonebrainTest;
import java.time.YearMonth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The form and the API: an enterprise reports for itself only; anonymous callers get nothing. */
@ZonebrainTest
class ReportAccessTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired TestEnterprises enterprises;
    @Autowired UserDetailsService userDetails;
    @Autowired MonthlyReports reports;

    Enterprise a;
    Enterprise b;
    String userOfA;
    String userOfB;

    @BeforeEach
    void twoFirms() {
        a = enterprises.create("甲月报测试有限公司", users.gridId("G1"));
        b = enterprises.create("乙月报测试有限公司", users.gridId("G2"));
        userOfA = users.enterpriseUser(a.id());
        userOfB = users.enterpriseUser(b.id());
    }

    private RequestPostProcessor as(String user) {
        return SecurityMockMvcRequestPostProcessors.user(userDetails.loadUserByUsername(user));
    }

    private static RequestPostProcessor api(String user) {
        return httpBasic(user, TestUsers.PASSWORD);
    }

    @Test
    void enterpriseFillsItsOwnFormInWanYuanAndSeesLastYearBesideEachField() throws Exception {
        mvc.perform(post("/indicators/report").with(as(userOfA)).with(csrf()).param("period", "2016-01")
                        .param("GROSS_OUTPUT", "120.5").param("EMPLOYEES", "80"))
                .andExpect(status().is3xxRedirection());
        var stored = users.as(userOfA, () -> reports.find(a.id(), YearMonth.of(2016, 1))).orElseThrow();
        assertThat(stored.figures().get(MonthlyIndicator.GROSS_OUTPUT)).as("万元 stored as yuan")
                .isEqualByComparingTo("1205000");
        assertThat(stored.source().name()).isEqualTo("FORM");

        String page = mvc.perform(get("/indicators/report").param("period", "2017-01").with(as(userOfA)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("row-GROSS_OUTPUT").contains("120.5");

        // text in a number field and a jump without reason come back on the form, nothing stored
        String refused = mvc.perform(post("/indicators/report").with(as(userOfA)).with(csrf())
                        .param("period", "2017-01").param("GROSS_OUTPUT", "300").param("REVENUE", "abc"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("abc").contains("form-errors");
        String jump = mvc.perform(post("/indicators/report").with(as(userOfA)).with(csrf())
                        .param("period", "2017-01").param("GROSS_OUTPUT", "300"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(jump).contains("±50%");
        assertThat(users.as(userOfA, () -> reports.find(a.id(), YearMonth.of(2017, 1)))).isEmpty();
        mvc.perform(post("/indicators/report").with(as(userOfA)).with(csrf()).param("period", "2017-01")
                        .param("GROSS_OUTPUT", "300").param("jumpReason", "新增订单"))
                .andExpect(status().is3xxRedirection());
        assertThat(users.as(userOfA, () -> reports.find(a.id(), YearMonth.of(2017, 1)))).isPresent();
    }

    @Test
    void enterpriseCannotReportForOrReadAnotherEnterprise() throws Exception {
        users.as(userOfB, () -> reports.submit(Figures.submission(b.id(), "2016-02",
                Figures.of(MonthlyIndicator.GROSS_OUTPUT, 1000))));
        mvc.perform(get("/indicators/report").param("enterpriseId", String.valueOf(b.id())).with(as(userOfA)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/indicators/monthly-reports").param("enterpriseId", String.valueOf(b.id()))
                        .param("from", "2016-01").param("to", "2016-12").with(api(userOfA)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/indicators/monthly-reports").with(api(userOfA)).contentType("application/json")
                        .content("{\"enterpriseId\":" + b.id() + ",\"period\":\"2016-03\",\"figures\":{\"GROSS_OUTPUT\":5}}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/indicators/monthly-reports").with(api(userOfA)).contentType("application/json")
                        .content("{\"uscc\":\"" + b.uscc() + "\",\"period\":\"2016-03\",\"figures\":{\"GROSS_OUTPUT\":5}}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("uscc"));
        mvc.perform(get("/indicators/status").with(as(userOfA))).andExpect(status().isForbidden());
        assertThat(users.as(userOfB, () -> reports.find(b.id(), YearMonth.of(2016, 3)))).isEmpty();
    }

    @Test
    void anonymousCallersGetNothing() throws Exception {
        mvc.perform(get("/indicators/report")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/indicators/status")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/indicators/monthly-reports").param("enterpriseId", String.valueOf(a.id()))
                .param("from", "2016-01").param("to", "2016-12")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/indicators/monthly-reports").contentType("application/json").content("{}"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void apiTakesYuanByUsccAndListsWithDerivedMonths() throws Exception {
        String officer = users.officer();
        mvc.perform(post("/api/v1/indicators/monthly-reports").with(api(officer)).contentType("application/json")
                        .content("{\"uscc\":\"" + a.uscc() + "\",\"period\":\"2016-01\",\"figures\":{\"GROSS_OUTPUT\":1000000}}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.period").value("2016-01"));
        mvc.perform(post("/api/v1/indicators/monthly-reports").with(api(officer)).contentType("application/json")
                        .content("{\"enterpriseId\":" + a.id() + ",\"period\":\"2016-02\",\"figures\":{\"GROSS_OUTPUT\":2500000}}"))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/indicators/monthly-reports").with(api(userOfA)).param("enterpriseId",
                        String.valueOf(a.id())).param("from", "2016-02").param("to", "2016-12"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].figures.GROSS_OUTPUT").value(2500000))
                .andExpect(jsonPath("$[0].singleMonth.GROSS_OUTPUT").value(1500000));
        // last year's same month exists: 万元 typed into the yuan API is named as such
        mvc.perform(post("/api/v1/indicators/monthly-reports").with(api(officer)).contentType("application/json")
                        .header("Accept-Language", "en")
                        .content("{\"enterpriseId\":" + a.id() + ",\"period\":\"2017-01\",\"figures\":{\"GROSS_OUTPUT\":100}}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("indicator.GROSS_OUTPUT"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("10k yuan")));
        mvc.perform(post("/api/v1/indicators/monthly-reports").with(api(officer)).contentType("application/json")
                        .content("{\"enterpriseId\":" + a.id() + ",\"period\":\"2099-01\",\"figures\":{\"GROSS_OUTPUT\":100}}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("period"));
    }
}
