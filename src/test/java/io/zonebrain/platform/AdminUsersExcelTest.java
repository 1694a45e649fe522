package io.zonebrain.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.zonebrain.enterprise.Enterprise;
import io.zonebrain.fashion.Brand;
import io.zonebrain.fashion.FashionFixtures;
import io.zonebrain.fashion.Factory;
import io.zonebrain.platform.internal.users.UserColumn;
import io.zonebrain.support.TestEnterprises;
import io.zonebrain.support.TestJobs;
import io.zonebrain.support.TestUsers;
import io.zonebrain.support.ZonebrainTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The zone admin's user list: filters narrow the list and the export alike, a zone admin sees only his zone, and the
 * Excel import creates accounts that can sign in (their passwords shown once), changes what it may, names every bad
 * row by row and column while writing nothing, never touches another zone's account, and re-imports an unedited
 * export as "no change".
 */
@ZonebrainTest
class AdminUsersExcelTest {

    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final Pattern ISSUED = Pattern.compile(
            "<td class=\"username\">([^<]+)</td><td><code class=\"secret\">([^<]+)</code></td>");

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired TestEnterprises enterprises;
    @Autowired FashionFixtures fashion;
    @Autowired TestJobs jobs;
    @Autowired UserAccounts accounts;
    @Autowired Zones zones;
    @Autowired PasswordEncoder encoder;
    @Autowired JdbcClient jdbc;
    @Autowired UserDetailsService userDetails;

    private String admin;
    private String prefix;
    private Zones.Grid grid;
    private Zones.Grid otherGrid;

    @BeforeEach
    void setUp() {
        admin = users.admin();
        prefix = "t-ux" + SEQ.incrementAndGet() + "-" + System.nanoTime() % 1_000_000 + "-";
        List<Zones.Grid> grids = zones.grids(users.zoneId());
        grid = grids.get(0);
        otherGrid = grids.get(1);
    }

    private RequestPostProcessor as(String user) {
        return SecurityMockMvcRequestPostProcessors.user(userDetails.loadUserByUsername(user));
    }

    private String account(String name, Role role, Long gridId, Long enterpriseId, Long factoryId, Long brandId) {
        accounts.create(new UserAccounts.NewAccount(prefix + name, "显示 " + name, role, users.zoneId(), gridId,
                enterpriseId, factoryId, brandId), TestUsers.PASSWORD);
        return prefix + name;
    }

    // ---------------------------------------------------------------- filter and export

    @Test
    void filtersNarrowTheListAndTheExportAlike() throws Exception {
        String inGrid = account("grid-officer", Role.OFFICER, grid.id(), null, null, null);
        String elsewhere = account("other-officer", Role.OFFICER, otherGrid.id(), null, null, null);
        String operator = account("operator", Role.CLUSTER_OPERATOR, null, null, null, null);
        String disabled = account("disabled", Role.OFFICER, null, null, null, null);
        accounts.setEnabled(accounts.findByUsername(disabled).orElseThrow().id(), false);

        assertThat(listed(Map.of("q", prefix.toUpperCase(Locale.ROOT))))
                .containsExactlyInAnyOrder(inGrid, elsewhere, operator, disabled);
        assertThat(listed(Map.of("q", prefix, "role", "OFFICER"))).containsExactlyInAnyOrder(inGrid, elsewhere,
                disabled);
        assertThat(listed(Map.of("q", prefix, "grid", String.valueOf(grid.id())))).containsExactly(inGrid);
        assertThat(listed(Map.of("q", prefix, "state", "DISABLED"))).containsExactly(disabled);
        assertThat(listed(Map.of("q", prefix, "state", "ENABLED"))).containsExactlyInAnyOrder(inGrid, elsewhere,
                operator);
        assertThat(listed(Map.of("q", "显示 operator"))).contains(operator).doesNotContain(inGrid);

        assertThat(exportedUsernames(Map.of("q", prefix, "role", "OFFICER")))
                .containsExactlyInAnyOrder(inGrid, elsewhere, disabled);
        assertThat(exportedUsernames(Map.of("q", prefix, "state", "DISABLED"))).containsExactly(disabled);
    }

    @Test
    void theListIsPagedAndKeepsItsFiltersInTheForm() throws Exception {
        for (int i = 0; i < 55; i++) {
            account(String.format("paged-%02d", i), Role.OFFICER, null, null, null, null);
        }
        String first = html(get("/admin/users").param("q", prefix + "paged").param("role", "OFFICER"));
        assertThat(usernames(first)).hasSize(50);
        assertThat(first).contains("value=\"" + prefix + "paged\"").contains("page=1");
        String second = html(get("/admin/users").param("q", prefix + "paged").param("page", "1"));
        assertThat(usernames(second)).hasSize(5);
        assertThat(exportedUsernames(Map.of("q", prefix + "paged"))).hasSize(55);
        // the count reads as a sentence in English too: "55 accounts", "1 account", "no accounts"
        assertThat(html(get("/admin/users").param("q", prefix + "paged").param("lang", "en"))).contains(">55 accounts<");
        assertThat(html(get("/admin/users").param("q", prefix + "paged-07").param("lang", "en"))).contains(">1 account<");
        assertThat(html(get("/admin/users").param("q", prefix + "nobody").param("lang", "en"))).contains(">no accounts<");
    }

    @Test
    void aZoneAdminSeesOnlyTheAccountsOfHisZoneInTheListAndTheExport() throws Exception {
        String mine = account("mine", Role.OFFICER, null, null, null, null);
        String theirs = otherZoneAccount("theirs");

        assertThat(listed(Map.of("q", prefix))).containsExactly(mine);
        assertThat(exportedUsernames(Map.of("q", prefix))).containsExactly(mine);
        assertThat(listed(Map.of("q", theirs))).isEmpty();
    }

    @Test
    void theTemplateHasTheExportsColumnsAsTextAndExplainsEachOne() throws Exception {
        byte[] template = mvc.perform(get("/admin/users/import/template.xlsx").with(as(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(template))) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("用户名");
            assertThat(sheet.getRow(0).getCell(5).getStringCellValue()).isEqualTo("工厂编码");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getColumnStyle(5).getDataFormatString()).as("codes keep what was typed").isEqualTo("@");
            var help = wb.getSheetAt(1);
            assertThat(help.getLastRowNum()).as("a first line and one per column").isEqualTo(9);
            assertThat(help.getRow(6).getCell(0).getStringCellValue()).isEqualTo("工厂编码");
            assertThat(help.getRow(6).getCell(1).getStringCellValue()).isNotBlank();
        }
    }

    @Test
    void theExportNamesPartiesByCodeAndHasNoPasswords() throws Exception {
        Enterprise firm = enterprises.create("用户导出测试企业", null);
        Factory factory = fashion.factory("用户导出测试工厂");
        Brand brand = fashion.brand("用户导出测试品牌");
        String ent = account("ent", Role.ENTERPRISE, null, firm.id(), null, null);
        String fac = account("fac", Role.FACTORY, null, null, factory.id(), null);
        String bra = account("bra", Role.BRAND, null, null, null, brand.id());
        String off = account("off", Role.OFFICER, grid.id(), null, null, null);

        List<List<String>> sheet = exported(Map.of("q", prefix), null);
        assertThat(sheet.get(0)).containsExactly("用户名", "姓名", "角色", "服务网格", "企业统一社会信用代码", "工厂编码",
                "品牌编码", "启用(是/否)", "已锁定(是/否)");
        Map<String, List<String>> byName = new LinkedHashMap<>();
        sheet.subList(1, sheet.size()).forEach(r -> byName.put(r.get(0), r));
        assertThat(byName.get(ent)).containsExactly(ent, "显示 ent", "企业用户", "", firm.uscc(), "", "", "是", "否");
        assertThat(byName.get(fac)).containsExactly(fac, "显示 fac", "工厂用户", "", "", factory.code(), "", "是", "否");
        assertThat(byName.get(bra)).containsExactly(bra, "显示 bra", "品牌用户", "", "", "", brand.code(), "是", "否");
        assertThat(byName.get(off)).containsExactly(off, "显示 off", "服务专员", grid.name(), "", "", "", "是", "否");
        assertThat(sheet.stream().flatMap(List::stream)).noneMatch(v -> v.contains("bcrypt") || v.contains(
                TestUsers.PASSWORD));

        List<List<String>> english = exported(Map.of("q", prefix + "off"), "en");
        assertThat(english.get(0).get(0)).isEqualTo("Username");
        assertThat(english.get(1)).containsExactly(off, "显示 off", "Officer", grid.name(), "", "", "", "yes", "no");
    }

    // ---------------------------------------------------------------- import

    @Test
    void anImportCreatesAccountsThatCanSignInAndShowsTheirPasswordsOnce() throws Exception {
        Enterprise firm = enterprises.create("用户导入测试企业", null);
        Factory factory = fashion.factory("用户导入测试工厂");
        Brand brand = fashion.brand("用户导入测试品牌");
        List<Map<UserColumn, Object>> rows = List.of(
                row(prefix + "officer", "导入专员", "服务专员", grid.name(), null, null, null, "是"),
                row(prefix + "admin", "Imported admin", "Zone admin", null, null, null, null, null),
                row(prefix + "firm", "导入企业用户", "企业用户", null, firm.uscc().toLowerCase(Locale.ROOT), null, null, null),
                row(prefix + "factory", "导入工厂用户", "FACTORY", null, null, factory.code(), null, "yes"),
                row(prefix + "brand", "导入品牌用户", "品牌用户", null, null, null, brand.code(), "否"));
        long id = check(workbook(rows));
        assertThat(counts(id)).containsEntry("status", "VALIDATED").containsEntry("new_rows", 5)
                .containsEntry("invalid_rows", 0);
        assertThat(accounts.findByUsername(prefix + "officer")).as("nothing written before confirming").isEmpty();

        apply(id, "all");
        assertThat(counts(id)).containsEntry("status", "APPLIED").containsEntry("created_count", 5);
        // opening the page offers the passwords (download or show) without handing them out
        String offer = html(get("/admin/users/import/" + id));
        assertThat(offer).contains("passwords-waiting").contains("download-passwords").doesNotContain("issued-table");
        assertThat(html(get("/admin/users/import/" + id))).as("still waiting after a reload").contains("passwords-waiting");
        String page = mvc.perform(post("/admin/users/import/" + id + "/passwords").with(as(admin)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Map<String, String> issued = new LinkedHashMap<>();
        Matcher m = ISSUED.matcher(page);
        while (m.find()) {
            issued.put(m.group(1), m.group(2));
        }
        assertThat(issued).containsOnlyKeys(prefix + "officer", prefix + "admin", prefix + "firm", prefix + "factory",
                prefix + "brand");
        for (Map.Entry<String, String> e : issued.entrySet()) {
            String hash = jdbc.sql("select password_hash from platform_user where username = :u")
                    .param("u", e.getKey()).query(String.class).single();
            assertThat(encoder.matches(e.getValue(), hash)).as(e.getKey()).isTrue();
            assertThat(hash).doesNotContain(e.getValue());
        }
        mvc.perform(formLogin("/login").user(prefix + "officer").password(issued.get(prefix + "officer")))
                .andExpect(authenticated());

        UserAccounts.Account officer = accounts.findByUsername(prefix + "officer").orElseThrow();
        assertThat(officer.role()).isEqualTo(Role.OFFICER);
        assertThat(officer.gridId()).isEqualTo(grid.id());
        assertThat(officer.zoneId()).isEqualTo(users.zoneId());
        assertThat(accounts.findByUsername(prefix + "admin").orElseThrow().role()).isEqualTo(Role.ZONE_ADMIN);
        assertThat(accounts.findByUsername(prefix + "firm").orElseThrow().enterpriseId()).isEqualTo(firm.id());
        assertThat(accounts.findByUsername(prefix + "factory").orElseThrow().factoryId()).isEqualTo(factory.id());
        UserAccounts.Account brandLogin = accounts.findByUsername(prefix + "brand").orElseThrow();
        assertThat(brandLogin.brandId()).isEqualTo(brand.id());
        assertThat(brandLogin.enabled()).isFalse();

        String again = html(get("/admin/users/import/" + id));
        assertThat(again).doesNotContain("issued-passwords").doesNotContain("passwords-waiting").contains("passwords-gone");
        mvc.perform(post("/admin/users/import/" + id + "/passwords.xlsx").with(as(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        for (String password : issued.values()) {
            assertThat(again).doesNotContain(password);
            assertThat(storedText(id)).doesNotContain(password);
        }
        assertThat(jdbc.sql("select count(*) from platform_audit_log where entity_type = 'user' and action = 'CREATE' "
                        + "and entity_id = :id and reason like 'Excel%'").param("id", String.valueOf(officer.id()))
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void thePasswordsCanBeTakenOnceAsAnExcelFileToHandOver() throws Exception {
        List<Map<UserColumn, Object>> rows = List.of(
                row(prefix + "xa", "导入专员甲", "服务专员", null, null, null, null, "是"),
                row(prefix + "xb", "导入专员乙", "服务专员", null, null, null, null, "是"));
        long id = check(workbook(rows));
        apply(id, "all");
        byte[] file = mvc.perform(post("/admin/users/import/" + id + "/passwords.xlsx").with(as(admin)).with(csrf()))
                .andExpect(status().isOk()).andExpect(header().string("Cache-Control", "no-store"))
                .andReturn().getResponse().getContentAsByteArray();
        Map<String, String> passwords = new LinkedHashMap<>();
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(file))) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("初始密码");
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                passwords.put(sheet.getRow(r).getCell(0).getStringCellValue(),
                        sheet.getRow(r).getCell(1).getStringCellValue());
            }
        }
        assertThat(passwords).containsOnlyKeys(prefix + "xa", prefix + "xb");
        passwords.forEach((user, password) -> assertThat(encoder.matches(password, jdbc.sql(
                "select password_hash from platform_user where username = :u").param("u", user).query(String.class)
                .single())).as(user).isTrue());
        // taken: neither the file nor the page gives them again
        mvc.perform(post("/admin/users/import/" + id + "/passwords.xlsx").with(as(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String page = mvc.perform(post("/admin/users/import/" + id + "/passwords").with(as(admin)).with(csrf()))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("issued-table").contains("passwords-gone");
        passwords.values().forEach(p -> assertThat(page).doesNotContain(p));
    }

    @Test
    void badRowsAreNamedByRowAndColumnAndNothingIsWritten() throws Exception {
        Factory factory = fashion.factory("用户导入错误测试工厂");
        String existing = account("existing", Role.OFFICER, null, null, null, null);
        List<Map<UserColumn, Object>> rows = List.of(
                row(prefix + "good", "好的一行", "服务专员", null, null, null, null, null),     // row 2
                row("a", "名字", "服务专员", null, null, null, null, null),                    // row 3
                row(prefix + "role", "名字", "超级用户", null, null, null, null, null),          // row 4
                row(prefix + "grid", "名字", "服务专员", "没有这个网格", null, null, null, null),   // row 5
                row(prefix + "fac", "名字", "工厂用户", null, null, "NO-SUCH-CODE", null, null),  // row 6
                row(prefix + "fac2", "名字", "工厂用户", null, TestEnterprises.newUscc(), factory.code(), null,
                        null),                                                                     // row 7
                row(prefix + "twice", "名字", "服务专员", null, null, null, null, null),          // row 8
                row(prefix + "twice", "名字", "服务专员", null, null, null, null, null),          // row 9
                row(existing, "显示 existing", "园区管理员", null, null, null, null, null),       // row 10
                row(prefix + "brand", "名字", "品牌用户", null, null, null, null, null),          // row 11
                row(prefix + "yes", "", "服务专员", null, null, null, null, "也许"),              // row 12
                row(prefix + "ent", "名字", "企业用户", null, "91330113000000000X", null, null, null));  // row 13
        long id = check(workbook(rows));
        assertThat(counts(id)).containsEntry("status", "VALIDATED").containsEntry("total_rows", 12)
                .containsEntry("valid_rows", 1).containsEntry("invalid_rows", 11);
        assertThat(problems(id)).contains(
                "3 USERNAME user.username.invalid",
                "4 ROLE users.import.unknownRole",
                "5 GRID users.import.unknownGrid",
                "6 FACTORY users.import.unknownFactory",
                "7 ENTERPRISE users.import.linkNotForRole",
                "8 USERNAME users.import.repeated",
                "9 USERNAME users.import.repeated",
                "10 ROLE users.import.roleOrLinkFixed",
                "11 BRAND users.import.brandRequired",
                "12 DISPLAY_NAME validation.required",
                "12 ENABLED users.import.notYesNo",
                "13 ENTERPRISE users.import.unknownEnterprise");
        String preview = html(get("/admin/users/import/" + id));
        assertThat(preview).contains("没有编码为 NO-SUCH-CODE 的工厂").contains("工厂编码").contains("id=\"apply-all\"");

        MvcResult refused = mvc.perform(post("/admin/users/import/" + id + "/apply").param("mode", "all")
                .with(as(admin)).with(csrf())).andReturn();
        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/admin/users/import/" + id);
        assertThat(accounts.findByUsername(prefix + "good")).isEmpty();
        assertThat(accounts.findByUsername(existing).orElseThrow().role()).isEqualTo(Role.OFFICER);

        apply(id, "valid");
        assertThat(accounts.findByUsername(prefix + "good")).isPresent();
        assertThat(accounts.findByUsername(prefix + "twice")).isEmpty();
        assertThat(accounts.findByUsername(prefix + "role")).isEmpty();
        assertThat(accounts.findByUsername(existing).orElseThrow().role()).isEqualTo(Role.OFFICER);
    }

    @Test
    void anImportCannotTouchAnAccountOfAnotherZone() throws Exception {
        String theirs = otherZoneAccount("theirs");
        UserAccounts.Account before = accounts.findByUsername(theirs).orElseThrow();
        long id = check(workbook(List.of(row(theirs, "改掉别人的名字", "服务专员", null, null, null, null, "否"),
                row(prefix + "ours", "本园区的人", "服务专员", null, null, null, null, null))));
        assertThat(problems(id)).containsExactly("2 USERNAME user.username.taken");
        assertThat(html(get("/admin/users/import/" + id))).contains("用户名 " + theirs + " 已被使用")
                .doesNotContain(before.displayName());
        apply(id, "valid");
        assertThat(accounts.findByUsername(prefix + "ours")).isPresent();
        assertThat(accounts.findByUsername(theirs).orElseThrow()).isEqualTo(before);
    }

    @Test
    void anUneditedExportImportsAsNoChangeAndAnEditedOneChangesOnlyWhatItMay() throws Exception {
        Enterprise firm = enterprises.create("用户往返测试企业", null);
        Factory factory = fashion.factory("用户往返测试工厂");
        Brand brand = fashion.brand("用户往返测试品牌");
        account("ent", Role.ENTERPRISE, null, firm.id(), null, null);
        account("fac", Role.FACTORY, null, null, factory.id(), null);
        account("bra", Role.BRAND, null, null, null, brand.id());
        account("off", Role.OFFICER, grid.id(), null, null, null);
        String off = prefix + "off";
        String disabled = account("dis", Role.CLUSTER_OPERATOR, null, null, null, null);
        accounts.setEnabled(accounts.findByUsername(disabled).orElseThrow().id(), false);
        Map<String, Integer> versions = versions();

        for (String lang : new String[] {null, "en"}) {
            long id = check(export(Map.of("q", prefix), lang));
            assertThat(counts(id)).as(lang).containsEntry("total_rows", 5).containsEntry("unchanged_rows", 5)
                    .containsEntry("new_rows", 0).containsEntry("changed_rows", 0).containsEntry("invalid_rows", 0);
            apply(id, "all");
            assertThat(counts(id)).containsEntry("created_count", 0).containsEntry("updated_count", 0);
        }
        assertThat(versions()).isEqualTo(versions);

        long id = check(workbook(List.of(
                row(off, "改名的专员", "服务专员", otherGrid.code(), null, null, null, "否"),
                row(disabled, "显示 dis", "时尚E家运营方", null, null, null, null, "是"))));
        assertThat(counts(id)).containsEntry("changed_rows", 2).containsEntry("invalid_rows", 0);
        apply(id, "all");
        UserAccounts.Account changed = accounts.findByUsername(off).orElseThrow();
        assertThat(changed.displayName()).isEqualTo("改名的专员");
        assertThat(changed.gridId()).isEqualTo(otherGrid.id());
        assertThat(changed.enabled()).isFalse();
        assertThat(accounts.findByUsername(disabled).orElseThrow().enabled()).isTrue();
        assertThat(jdbc.sql("select count(*) from platform_audit_log where entity_type = 'user' and action = 'UPDATE' "
                        + "and entity_id = :id").param("id", String.valueOf(changed.id())).query(Integer.class)
                .single()).isEqualTo(1);

        long linkChange = check(workbook(List.of(
                row(prefix + "fac", "显示 fac", "工厂用户", null, null, fashion.factory("另一家工厂").code(), null, null))));
        assertThat(problems(linkChange)).containsExactly("2 FACTORY users.import.roleOrLinkFixed");
    }

    // ---------------------------------------------------------------- helpers

    private String otherZoneAccount(String name) {
        String code = "tux" + System.nanoTime();
        Zones.Zone other = zones.create(code, "另一园区 " + code, false);
        accounts.create(new UserAccounts.NewAccount(prefix + name, "别的园区的人", Role.OFFICER, other.id(), null,
                null), TestUsers.PASSWORD);
        return prefix + name;
    }

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(as(admin))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private List<String> listed(Map<String, String> params) throws Exception {
        var request = get("/admin/users");
        params.forEach(request::param);
        return usernames(html(request));
    }

    private static List<String> usernames(String html) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile("<td class=\"username\">([^<]+)</td>").matcher(html);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private byte[] export(Map<String, String> params, String lang) throws Exception {
        var request = get("/admin/users/export.xlsx");
        params.forEach(request::param);
        if (lang != null) {
            request.param("lang", lang);
        }
        return mvc.perform(request.with(as(admin))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
    }

    private List<List<String>> exported(Map<String, String> params, String lang) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(export(params, lang)))) {
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter f = new DataFormatter();
            for (Row r : sheet) {
                List<String> values = new ArrayList<>();
                for (int c = 0; c < UserColumn.values().length; c++) {
                    values.add(r.getCell(c) == null ? "" : f.formatCellValue(r.getCell(c)));
                }
                rows.add(values);
            }
        }
        return rows;
    }

    private List<String> exportedUsernames(Map<String, String> params) throws Exception {
        List<List<String>> rows = exported(params, null);
        return rows.subList(1, rows.size()).stream().map(r -> r.get(0)).toList();
    }

    private static Map<UserColumn, Object> row(String username, String name, String role, String grid, String uscc,
                                               String factory, String brand, String enabled) {
        Map<UserColumn, Object> r = new EnumMap<>(UserColumn.class);
        r.put(UserColumn.USERNAME, username);
        r.put(UserColumn.DISPLAY_NAME, name);
        r.put(UserColumn.ROLE, role);
        r.put(UserColumn.GRID, grid);
        r.put(UserColumn.ENTERPRISE, uscc);
        r.put(UserColumn.FACTORY, factory);
        r.put(UserColumn.BRAND, brand);
        r.put(UserColumn.ENABLED, enabled);
        return r;
    }

    private static byte[] workbook(List<Map<UserColumn, Object>> rows) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("用户");
            Row header = sheet.createRow(0);
            UserColumn[] columns = UserColumn.values();
            for (int i = 0; i < columns.length; i++) {
                header.createCell(i).setCellValue(columns[i].heading(Locale.CHINA));
            }
            for (int n = 0; n < rows.size(); n++) {
                Row row = sheet.createRow(n + 1);
                for (int i = 0; i < columns.length; i++) {
                    Object v = rows.get(n).get(columns[i]);
                    if (v != null) {
                        row.createCell(i).setCellValue(String.valueOf(v));
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** Uploads, waits for the check, returns the import's id. */
    private long check(byte[] xlsx) throws Exception {
        MvcResult r = mvc.perform(multipart("/admin/users/import")
                        .file(new MockMultipartFile("file", "users.xlsx", "application/octet-stream", xlsx))
                        .with(as(admin)).with(csrf()))
                .andReturn();
        String to = r.getResponse().getRedirectedUrl();
        assertThat(to).as("upload should start a job").startsWith("/jobs/");
        return jobs.resultId(UUID.fromString(to.substring("/jobs/".length())), Duration.ofSeconds(120));
    }

    private void apply(long id, String mode) throws Exception {
        MvcResult r = mvc.perform(post("/admin/users/import/" + id + "/apply").param("mode", mode)
                .with(as(admin)).with(csrf())).andReturn();
        String to = r.getResponse().getRedirectedUrl();
        assertThat(to).as("confirming should start a job").startsWith("/jobs/");
        jobs.succeeded(UUID.fromString(to.substring("/jobs/".length())), Duration.ofSeconds(120));
    }

    private Map<String, Object> counts(long id) {
        return jdbc.sql("select status, total_rows, valid_rows, invalid_rows, new_rows, changed_rows, unchanged_rows, "
                + "created_count, updated_count from platform_user_import where id = :id").param("id", id)
                .query().singleRow();
    }

    /** "row FIELD code" for each stored problem. */
    private List<String> problems(long id) {
        return jdbc.sql("select (e->>'row') || ' ' || (e->>'field') || ' ' || (e->>'code') from platform_user_import i, "
                        + "jsonb_array_elements(i.errors) e where i.id = :id").param("id", id)
                .query(String.class).list();
    }

    /** Everything the import and its jobs wrote as text, where a password must never appear. */
    private String storedText(long id) {
        return jdbc.sql("select i.errors::text || coalesce(i.message, '') || coalesce(string_agg(j.message, ' '), '') "
                        + "from platform_user_import i left join platform_job j on j.kind like 'user-import%' "
                        + "where i.id = :id group by i.id").param("id", id).query(String.class).single()
                + String.join(" ", jdbc.sql("select coalesce(after_state::text, '') from platform_audit_log "
                + "where entity_type = 'user' order by id desc limit 50").query(String.class).list());
    }

    private Map<String, Integer> versions() {
        Map<String, Integer> v = new LinkedHashMap<>();
        jdbc.sql("select username, version from platform_user where username like :p order by username")
                .param("p", prefix + "%").query(rs -> {
                    v.put(rs.getString(1), rs.getInt(2));
                });
        return v;
    }
}
