package io.zonebrain.evaluation.flags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.zonebrain.enterprise.Enterprise;
import io.zonebrain.support.TestEnterprises;
import io.zonebrain.support.TestUsers;
import io.zonebrain.support.ZonebrainTest;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Who may see and change flags, on the page and the API, in data year 2009 (no other test uses it): zone-wide
 * officials change them with a reason (audited); grid officers read their grid; an enterprise user reads its own
 * flags only and changes nothing; anonymous gets nothing.
 */
@ZonebrainTest
class FlagsAccessTest {

    private static final int YEAR = 2009;

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired TestEnterprises enterprises;
    @Autowired UserDetailsService userDetails;
    @Autowired EvaluationFlags flags;
    @Autowired JdbcClient jdbc;

    private Enterprise mine;
    private Enterprise other;
    private String officer;

    @BeforeEach
    void setUp() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        mine = enterprises.create("标记测试甲" + suffix + "有限公司", users.gridId("G1"));
        other = enterprises.create("标记测试乙" + suffix + "有限公司", users.gridId("G2"));
        officer = users.officer();
    }

    private RequestPostProcessor as(String username) {
        return user(userDetails.loadUserByUsername(username));
    }

    private long add(Enterprise e, String flag) {
        return users.as(officer, () -> flags.add(new FlagDraft(YEAR, e.id(), null, flag, "证明", "测试"))).id();
    }

    @Test
    void zoneOfficialsAddAndRemoveWithAReasonAndEveryChangeIsAudited() throws Exception {
        String body = "{\"year\": " + YEAR + ", \"uscc\": \"" + mine.uscc() + "\", \"flag\": \"MAJOR_PROJECT\","
                + " \"note\": \"省重大项目清单\", \"reason\": \"年度清单\"}";
        String created = mvc.perform(post("/api/v1/evaluation/flags").contentType("application/json").content(body)
                        .with(httpBasic(officer, TestUsers.PASSWORD)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.flag").value("MAJOR_PROJECT"))
                .andExpect(jsonPath("$.enterpriseId").value(mine.id()))
                .andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(created.replaceAll("^\\{\"id\":(\\d+),.*$", "$1"));
        mvc.perform(post("/api/v1/evaluation/flags").contentType("application/json").content(body)
                        .with(httpBasic(officer, TestUsers.PASSWORD)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("flagCode"));
        mvc.perform(get("/api/v1/evaluation/flags").param("year", String.valueOf(YEAR))
                        .param("enterpriseId", String.valueOf(mine.id())).with(httpBasic(officer, TestUsers.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].note").value("省重大项目清单"));

        mvc.perform(delete("/api/v1/evaluation/flags/" + id).with(httpBasic(officer, TestUsers.PASSWORD)))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(delete("/api/v1/evaluation/flags/" + id).param("reason", "项目取消")
                        .with(httpBasic(officer, TestUsers.PASSWORD)))
                .andExpect(status().isNoContent());
        assertThat(jdbc.sql("select action || ':' || reason from platform_audit_log where entity_type = 'evaluation_flag'"
                        + " and entity_id = :id order by id").param("id", String.valueOf(id)).query(String.class).list())
                .containsExactly("CREATE:年度清单", "DELETE:项目取消");
        assertThat(users.as(officer, () -> flags.list(YEAR, new FlagFilter(null, mine.id(), null)))).isEmpty();
    }

    @Test
    void badFlagsAreRefusedNamingEachField() throws Exception {
        mvc.perform(post("/api/v1/evaluation/flags").contentType("application/json")
                        .content("{\"year\": " + YEAR + ", \"uscc\": \"" + mine.uscc() + "\", \"flag\": \"NO_SUCH\"}")
                        .with(httpBasic(officer, TestUsers.PASSWORD)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", hasItem("flagCode")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("reason")));
        mvc.perform(post("/api/v1/evaluation/flags").contentType("application/json")
                        .content("{\"year\": " + YEAR + ", \"enterpriseId\": " + mine.id()
                                + ", \"flag\": \"UNDER_TWO_YEARS\", \"reason\": \"x\"}")
                        .header("Accept-Language", "en").with(httpBasic(officer, TestUsers.PASSWORD)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message", containsString("founding date")));
        mvc.perform(post("/api/v1/evaluation/flags").contentType("application/json")
                        .content("{\"year\": " + YEAR + ", \"uscc\": \"91330113000000000X\", \"flag\": \"UTILITY\","
                                + " \"reason\": \"x\"}").with(httpBasic(officer, TestUsers.PASSWORD)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("uscc"));
        assertThat(users.as(officer, () -> flags.list(YEAR, new FlagFilter(null, mine.id(), null)))).isEmpty();
        // the codes list offers the shipped flags and the schemes' own, never the derived one
        mvc.perform(get("/api/v1/evaluation/flags/codes").with(httpBasic(officer, TestUsers.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$[*].code", hasItem("SAFETY_ACCIDENT")))
                .andExpect(jsonPath("$[*].code", not(hasItem("UNDER_TWO_YEARS"))));
    }

    @Test
    void anEnterpriseSeesOnlyItsOwnFlagsAndChangesNothing() throws Exception {
        add(mine, "NEW_ABOVE_SCALE");
        long others = add(other, "SAFETY_ACCIDENT");
        String me = users.enterpriseUser(mine.id());
        mvc.perform(get("/api/v1/evaluation/flags").param("year", String.valueOf(YEAR))
                        .with(httpBasic(me, TestUsers.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].enterpriseId").value(mine.id()));
        mvc.perform(get("/api/v1/evaluation/flags").param("year", String.valueOf(YEAR))
                        .param("enterpriseId", String.valueOf(other.id())).with(httpBasic(me, TestUsers.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/evaluation/flags").contentType("application/json")
                        .content("{\"year\": " + YEAR + ", \"enterpriseId\": " + mine.id()
                                + ", \"flag\": \"MAJOR_PROJECT\", \"reason\": \"自报\"}")
                        .with(httpBasic(me, TestUsers.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/api/v1/evaluation/flags/" + others).param("reason", "x")
                        .with(httpBasic(me, TestUsers.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/evaluation/flags").param("year", String.valueOf(YEAR)).with(as(me)))
                .andExpect(status().isOk()).andExpect(content().string(containsString(mine.name())))
                .andExpect(content().string(not(containsString(other.name()))))
                .andExpect(content().string(not(containsString("flag-add"))));
        mvc.perform(post("/evaluation/flags").param("year", String.valueOf(YEAR)).param("uscc", mine.uscc())
                        .param("flag", "MAJOR_PROJECT").param("reason", "x").with(csrf()).with(as(me)))
                .andExpect(status().isForbidden());
        assertThat(users.as(officer, () -> flags.list(YEAR, new FlagFilter(null, other.id(), null)))).hasSize(1);
    }

    @Test
    void gridOfficersReadTheirGridOnly() throws Exception {
        add(mine, "UTILITY");
        add(other, "UTILITY");
        String g1 = users.gridOfficer(users.gridId("G1"));
        mvc.perform(get("/api/v1/evaluation/flags").param("year", String.valueOf(YEAR)).param("flag", "UTILITY")
                        .with(httpBasic(g1, TestUsers.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$[*].enterpriseId", hasItem((int) mine.id())))
                .andExpect(jsonPath("$[*].enterpriseId", not(hasItem((int) other.id()))));
        mvc.perform(post("/api/v1/evaluation/flags").contentType("application/json")
                        .content("{\"year\": " + YEAR + ", \"enterpriseId\": " + mine.id()
                                + ", \"flag\": \"MAJOR_PROJECT\", \"reason\": \"x\"}")
                        .with(httpBasic(g1, TestUsers.PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void anonymousGetsNothing() throws Exception {
        mvc.perform(get("/api/v1/evaluation/flags").param("year", String.valueOf(YEAR)))
                .andExpect(status().isUnauthorized());
        mvc.perform(delete("/api/v1/evaluation/flags/1")).andExpect(status().isUnauthorized());
        mvc.perform(get("/evaluation/flags")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/evaluation/flags/export.xlsx").param("year", String.valueOf(YEAR)))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void thePageAddsRemovesFiltersAndExports() throws Exception {
        mvc.perform(post("/evaluation/flags").param("year", String.valueOf(YEAR)).param("uscc", mine.uscc())
                        .param("flag", "FUTURE_FACTORY").param("note", "省级未来工厂").param("reason", "名单公布")
                        .with(csrf()).with(as(officer)))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/evaluation/flags?year=" + YEAR));
        mvc.perform(post("/evaluation/flags").param("year", String.valueOf(YEAR)).param("uscc", mine.uscc())
                        .param("flag", "FUTURE_FACTORY").with(csrf()).with(as(officer)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("flag-errors")));
        mvc.perform(get("/evaluation/flags").param("year", String.valueOf(YEAR)).param("flag", "FUTURE_FACTORY")
                        .param("q", mine.name()).with(as(officer)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("省级未来工厂")))
                .andExpect(content().string(containsString("未来工厂")))
                .andExpect(content().string(containsString("flag-add")));
        byte[] xlsx = mvc.perform(get("/evaluation/flags/export.xlsx").param("year", String.valueOf(YEAR))
                        .param("q", mine.name()).with(as(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<String> header = new ArrayList<>();
            wb.getSheetAt(0).getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            assertThat(header).containsExactly("统一社会信用代码", "企业名称", "标记", "说明");
            assertThat(wb.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo(mine.uscc());
            assertThat(wb.getSheetAt(0).getRow(1).getCell(2).getStringCellValue()).isEqualTo("FUTURE_FACTORY");
        }
        long id = users.as(officer, () -> flags.list(YEAR, new FlagFilter("FUTURE_FACTORY", mine.id(), null)))
                .get(0).id();
        mvc.perform(post("/evaluation/flags/" + id + "/remove").param("year", String.valueOf(YEAR))
                        .param("reason", "名单更正").with(csrf()).with(as(officer)))
                .andExpect(status().is3xxRedirection());
        assertThat(users.as(officer, () -> flags.list(YEAR, new FlagFilter(null, mine.id(), null)))).isEmpty();
    }
}
