package io.zonebrain.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.zonebrain.support.TestEnterprises;
import io.zonebrain.support.TestUsers;
import io.zonebrain.support.ZonebrainTest;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The registry pages as an officer uses them: search, filter, export, the form with its messages, both languages. */
@ZonebrainTest
class RegistryPagesTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired TestEnterprises enterprises;
    @Autowired EnterpriseRegistry registry;
    @Autowired UserDetailsService userDetails;

    private RequestPostProcessor as(String user) {
        return SecurityMockMvcRequestPostProcessors.user(userDetails.loadUserByUsername(user));
    }

    @Test
    void searchFindsByNameAndByUsccInChineseAndEnglish() throws Exception {
        Enterprise e = enterprises.create("壬检索测试精密机械有限公司", null);
        String officer = users.officer();
        mvc.perform(get("/enterprises").param("q", "壬检索测试").with(as(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("壬检索测试精密机械有限公司")))
                .andExpect(content().string(containsString("企业库")));
        mvc.perform(get("/enterprises").param("q", e.uscc().substring(6, 16).toLowerCase()).param("lang", "en")
                        .with(as(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(e.uscc())))
                .andExpect(content().string(containsString("Enterprise registry")));
    }

    @Test
    void shortChineseSearchesAndWildcardsFindExactlyWhatWasTyped() {
        Enterprise precise = enterprises.create("辰精雕短词测试有限公司", null);
        Enterprise percent = enterprises.create("辰百分百短词测试有限公司", null);
        String officer = users.officer();
        var byTwoChars = users.as(officer, () -> registry.list(
                new EnterpriseFilter("精雕", null, null, null, null, null, null, null, false, 0, 50)));
        assertThat(byTwoChars.items()).extracting(EnterpriseSummary::id).contains(precise.id())
                .doesNotContain(percent.id());
        var byOneChar = users.as(officer, () -> registry.list(
                new EnterpriseFilter("辰", null, null, null, null, null, null, null, false, 0, 500)));
        assertThat(byOneChar.items()).extracting(EnterpriseSummary::id).contains(precise.id(), percent.id());
        var wildcard = users.as(officer, () -> registry.list(
                new EnterpriseFilter("%_", null, null, null, null, null, null, null, false, 0, 50)));
        assertThat(wildcard.total()).isZero();
        var uscc = users.as(officer, () -> registry.list(
                new EnterpriseFilter(precise.uscc().substring(8), null, null, null, null, null, null, null, false, 0, 50)));
        assertThat(uscc.items()).extracting(EnterpriseSummary::id).containsExactly(precise.id());
    }

    @Test
    void htmxRequestsGetOnlyTheResults() throws Exception {
        enterprises.create("癸片段测试有限公司", null);
        mvc.perform(get("/enterprises").param("q", "癸片段测试").header("HX-Request", "true").with(as(users.officer())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("癸片段测试有限公司")))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void filtersCombineAndTheExportHoldsExactlyTheFilteredRows() throws Exception {
        long g4 = users.gridId("G4");
        Enterprise inGrid = enterprises.create("子导出测试网格四有限公司", g4);
        Enterprise elsewhere = enterprises.create("子导出测试网格五有限公司", users.gridId("G5"));
        String officer = users.officer();
        byte[] xlsx = mvc.perform(get("/enterprises/export.xlsx").param("q", "子导出测试")
                        .param("grid", String.valueOf(g4)).param("tag", "high-tech").param("aboveScale", "true")
                        .with(as(officer)))
                .andExpect(status().isOk())
                .andExpect(content().contentType(io.zonebrain.platform.ExcelExport.CONTENT_TYPE))
                .andReturn().getResponse().getContentAsByteArray();
        List<String> usccs = new ArrayList<>();
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("统一社会信用代码");
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("企业名称");
            for (Row row : sheet) {
                if (row.getRowNum() > 0) {
                    usccs.add(row.getCell(0).getStringCellValue());
                }
            }
        }
        assertThat(usccs).containsExactly(inGrid.uscc()).doesNotContain(elsewhere.uscc());
    }

    @Test
    void theFormNamesEveryBadFieldAndKeepsWhatWasTyped() throws Exception {
        mvc.perform(post("/enterprises").with(as(users.officer())).with(csrf())
                        .param("uscc", "91330113000000000X").param("name", "丑表单测试有限公司")
                        .param("industryCode", "99"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("统一社会信用代码: ")))
                .andExpect(content().string(containsString("校验码不正确")))
                .andExpect(content().string(containsString("国民经济行业代码: ")))
                .andExpect(content().string(containsString("value=\"丑表单测试有限公司\"")));
    }

    @Test
    void theFormReportsAConcurrentEditInsteadOfOverwriting() throws Exception {
        Enterprise e = enterprises.create("寅并发表单测试有限公司", null);
        String first = users.officer();
        String second = users.officer();
        mvc.perform(post("/enterprises/" + e.id()).with(as(first)).with(csrf())
                        .param("version", "0").param("uscc", e.uscc()).param("name", e.name())
                        .param("industryCode", "3411").param("address", "第一位的地址"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/enterprises/" + e.id()).with(as(second)).with(csrf())
                        .param("version", "0").param("uscc", e.uscc()).param("name", e.name())
                        .param("industryCode", "3411").param("address", "第二位的地址"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("已被他人修改")));
        assertThat(users.as(first, () -> registry.get(e.id())).address()).isEqualTo("第一位的地址");
    }

    @Test
    void anOfficerCreatesAnEnterpriseThroughTheForm() throws Exception {
        String uscc = TestEnterprises.newUscc();
        mvc.perform(post("/enterprises").with(as(users.officer())).with(csrf())
                        .param("uscc", uscc).param("name", "卯表单新建有限公司").param("industryCode", "2710")
                        .param("registeredCapitalWan", "1200.5").param("ownLandMu", "12.5")
                        .param("tags", "little-giant").param("contacts[0].name", "赵首席")
                        .param("contacts[0].chiefDataOfficer", "true").param("reason", "新落户"))
                .andExpect(status().is3xxRedirection());
        var found = users.as(users.officer(), () -> registry.list(
                new EnterpriseFilter(uscc, null, null, null, null, null, null, null, false, 0, 10)));
        assertThat(found.items()).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("卯表单新建有限公司");
            assertThat(s.tags()).containsExactly("little-giant");
        });
        Enterprise e = users.as(users.officer(), () -> registry.get(found.items().get(0).id()));
        assertThat(e.registeredCapitalYuan()).isEqualByComparingTo("12005000");
        assertThat(e.contacts()).singleElement().extracting(Contact::chiefDataOfficer).isEqualTo(true);
    }
}
