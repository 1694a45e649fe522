package io.zonebrain.fashion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.zonebrain.fashion.internal.calendar.CalendarStore;
import io.zonebrain.support.TestEnterprises;
import io.zonebrain.support.TestUsers;
import io.zonebrain.support.ZonebrainTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The calendar page and API over HTTP: who reads, who changes, conflicts, the import's messages, the export. */
@ZonebrainTest
class CalendarWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    TestEnterprises enterprises;
    @Autowired
    FashionFixtures fixtures;
    @Autowired
    CalendarStore store;
    @Autowired
    UserDetailsService userDetails;

    RequestPostProcessor as(String user) {
        return SecurityMockMvcRequestPostProcessors.user(userDetails.loadUserByUsername(user));
    }

    @Test
    void everyParticipantReadsThePageOnlyTheOperatorGetsTheForms() throws Exception {
        Factory f = fixtures.factory("测试 日历网页工厂");
        String factoryUser = fixtures.factoryUser(f.id());
        mvc.perform(get("/fashion/calendar?year=2026").with(as(factoryUser))).andExpect(status().isOk())
                .andExpect(content().string(containsString("国庆节")))
                .andExpect(content().string(containsString("/fashion/calendar\"")))
                .andExpect(content().string(not(containsString("id=\"add-day\""))))
                .andExpect(content().string(not(containsString("id=\"import-form\""))));
        mvc.perform(get("/fashion/calendar?year=2026").with(as(users.officer()))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"add-day\""))));
        mvc.perform(get("/fashion/calendar?year=2026&lang=en").with(as(fixtures.operator())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"add-day\"")))
                .andExpect(content().string(containsString("Working days per month")))
                .andExpect(content().string(not(containsString("id=\"built-in-notice\""))));
        mvc.perform(get("/fashion/calendar?year=2060").with(as(factoryUser)))
                .andExpect(content().string(containsString("id=\"built-in-notice\"")));
    }

    @Test
    void outsidersAndAnonymousGetNothing() throws Exception {
        String outsider = users.enterpriseUser(enterprises.create("日历网页范围企业", null).id());
        mvc.perform(get("/fashion/calendar").with(as(outsider))).andExpect(status().isNotFound());
        mvc.perform(get("/fashion/calendar/export.xlsx?year=2026").with(as(outsider)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/fashion/calendar?year=2026").with(httpBasic(outsider, TestUsers.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/fashion/calendar/days").with(as(outsider)).with(csrf()).param("day", "2051-05-06")
                .param("kind", "HOLIDAY").param("name", "x")).andExpect(status().isForbidden());
        mvc.perform(get("/fashion/calendar")).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", containsString("/login")));
        mvc.perform(get("/api/v1/fashion/calendar?year=2026")).andExpect(status().isUnauthorized());
        assertThat(store.find(users.zoneId(), LocalDate.of(2051, 5, 6))).isEmpty();
    }

    @Test
    void theApiPutsAndDeletesDaysWithVersions() throws Exception {
        String operator = fixtures.operator();
        String factoryUser = fixtures.factoryUser(fixtures.factory("测试 日历接口工厂").id());
        String body = "{\"kind\":\"WORKDAY\",\"name\":\"调休上班\"}";
        mvc.perform(put("/api/v1/fashion/calendar/2052-09-26").with(httpBasic(factoryUser, TestUsers.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/fashion/calendar/2052-09-26").with(httpBasic(operator, TestUsers.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.kind").value("WORKDAY"));
        mvc.perform(put("/api/v1/fashion/calendar/2052-09-26").with(httpBasic(operator, TestUsers.PASSWORD))
                .header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\":\"WORKDAY\",\"name\":\"国庆调休\"}")).andExpect(status().isOk());
        mvc.perform(put("/api/v1/fashion/calendar/2052-09-26").with(httpBasic(operator, TestUsers.PASSWORD))
                .header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isConflict());
        mvc.perform(put("/api/v1/fashion/calendar/2052-09-27").with(httpBasic(operator, TestUsers.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"SOMETIMES\",\"name\":\"\"}"))
                .andExpect(status().is4xxClientError());
        mvc.perform(get("/api/v1/fashion/calendar?year=2052").with(httpBasic(factoryUser, TestUsers.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.builtIn").value(false))
                .andExpect(jsonPath("$.days[?(@.day=='2052-09-26')].name").value("国庆调休"))
                .andExpect(jsonPath("$.workingDays.length()").value(12));
        mvc.perform(delete("/api/v1/fashion/calendar/2052-09-26").with(httpBasic(operator, TestUsers.PASSWORD))
                .header("If-Match", "\"0\"")).andExpect(status().isConflict());
        mvc.perform(delete("/api/v1/fashion/calendar/2052-09-26").with(httpBasic(operator, TestUsers.PASSWORD))
                .header("If-Match", "\"1\"")).andExpect(status().isNoContent());
        assertThat(store.find(users.zoneId(), LocalDate.of(2052, 9, 26))).isEmpty();
    }

    @Test
    void theFormReportsAConflictAndTheImportItsRows() throws Exception {
        String operator = fixtures.operator();
        mvc.perform(post("/fashion/calendar/days").with(as(operator)).with(csrf()).param("day", "2053-05-06")
                .param("kind", "HOLIDAY").param("name", "测试")).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("done", true));
        mvc.perform(post("/fashion/calendar/days").with(as(operator)).with(csrf()).param("day", "2053-05-06")
                .param("kind", "WORKDAY").param("name", "测试").param("version", "7"))
                .andExpect(flash().attribute("conflict", true));
        // the first change to 2053 adopted its built-in holidays; a bad sheet leaves them exactly as they are
        java.util.List<CalendarDay> before = store.year(users.zoneId(), 2053);
        byte[] bad = CalendarTest.sheet(new String[][] {{"2053-10-01", "放假", "国庆节"}, {"明天", "放假", "x"}});
        mvc.perform(multipart("/fashion/calendar/import").file(new MockMultipartFile("file", "c.xlsx", null, bad))
                        .param("year", "2053").with(as(operator)).with(csrf()))
                .andExpect(flash().attributeExists("importErrors"));
        assertThat(store.year(users.zoneId(), 2053)).isEqualTo(before).hasSizeGreaterThan(10);
        String page = mvc.perform(multipart("/fashion/calendar/import")
                        .file(new MockMultipartFile("file", "c.xlsx", null, bad)).param("year", "2053")
                        .with(as(operator)).with(csrf()))
                .andReturn().getFlashMap().get("importErrors").toString();
        assertThat(page).contains("row=3", "calendar.day");
        byte[] good = CalendarTest.sheet(new String[][] {{"2053-10-01", "放假", "国庆节"}});
        mvc.perform(multipart("/fashion/calendar/import").file(new MockMultipartFile("file", "c.xlsx", null, good))
                        .param("year", "2053").with(as(operator)).with(csrf()))
                .andExpect(flash().attribute("imported", 1));
        assertThat(store.year(users.zoneId(), 2053)).extracting(CalendarDay::day)
                .containsExactly(LocalDate.of(2053, 10, 1));
        mvc.perform(get("/fashion/calendar/export.xlsx?year=2053").with(as(operator))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("spreadsheetml")));
    }

    @Test
    void theYearGridColoursDaysTheWayCapacityCountsThem() throws Exception {
        String operator = fixtures.operator();
        LocalDate sunday = LocalDate.of(2055, 9, 1).with(java.time.temporal.TemporalAdjusters.nextOrSame(
                java.time.DayOfWeek.SUNDAY));
        mvc.perform(put("/api/v1/fashion/calendar/" + sunday).with(httpBasic(operator, TestUsers.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"WORKDAY\",\"name\":\"国庆调休\"}"))
                .andExpect(status().isCreated());
        String factoryUser = fixtures.factoryUser(fixtures.factory("测试 日历网格工厂").id());
        String page = mvc.perform(get("/fashion/calendar?year=2055").with(as(factoryUser)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"year-grid\"")
                .contains("class=\"cal-day makeup\" data-day=\"" + sunday + "\" title=\"国庆调休\"")
                .contains("class=\"cal-day holiday\" data-day=\"2055-10-01\" title=\"国庆节\"")
                .contains("class=\"cal-day rest\" data-day=\"" + sunday.plusWeeks(1) + "\"")
                .contains("class=\"cal-day work\" data-day=\"" + sunday.plusDays(1) + "\"")
                .doesNotContain("calendar-editable");
        // years are written as years in every sentence, never with a thousands separator
        assertThat(mvc.perform(get("/fashion/calendar?year=2055").with(as(operator))).andReturn().getResponse()
                .getContentAsString()).doesNotContain("2,055");
        // every day of the year is in the grid once, and its worked days add up to the year's total
        assertThat(page.split("class=\"cal-day (work|rest|holiday|makeup)\"", -1)).hasSize(366);
        int worked = page.split("class=\"cal-day (work|makeup)\"", -1).length - 1;
        assertThat(page).contains("id=\"total-working-days\">" + worked + "<");
        mvc.perform(get("/fashion/calendar?year=2055").with(as(operator)))
                .andExpect(content().string(containsString("calendar-editable")));
    }
}
