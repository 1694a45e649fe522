package io.zonebrain.enterprise.importing;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonebrain.enterprise.internal.importing.ImportColumn;
import io.zonebrain.platform.BackgroundJobs;
import io.zonebrain.support.TestUsers;
import io.zonebrain.support.ZonebrainTest;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The import as an official uses it: check, preview, confirm; re-import changes nothing; bad rows are named. */
@ZonebrainTest
class EnterpriseImportTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    ImportFlow flow;
    @Autowired
    JdbcClient jdbc;

    @Test
    void goodFileIsCheckedThenAppliedAndReimportChangesNothing() throws Exception {
        String admin = users.admin();
        String a = Xlsx.uscc();
        String b = Xlsx.uscc();
        Map<ImportColumn, Object> rowB = Xlsx.row(b, "杭州乙测试机械有限公司");
        rowB.put(ImportColumn.TAGS, "高新技术企业、little-giant");
        rowB.put(ImportColumn.GRID, "G2");
        byte[] file = Xlsx.file(List.of(Xlsx.row(a, "杭州甲测试科技有限公司"), rowB));

        long id = flow.uploadAndCheck(mvc, admin, "registry.xlsx", file);
        assertThat(flow.status(id)).isEqualTo("VALIDATED");
        assertThat(flow.count("new_rows", id)).isEqualTo(2);
        assertThat(flow.count("invalid_rows", id)).isZero();
        assertThat(flow.exists(a)).as("nothing is written before confirmation").isFalse();

        MvcResult preview = flow.page(mvc, admin, "/enterprises/import/" + id);
        assertThat(preview.getResponse().getStatus()).isEqualTo(200);
        assertThat(preview.getResponse().getContentAsString()).contains("导入预览", "apply-all");

        BackgroundJobs.JobStatus applied = flow.apply(mvc, admin, id, "all");
        assertThat(applied.status()).as(applied.message()).isEqualTo("SUCCEEDED");
        assertThat(flow.status(id)).isEqualTo("APPLIED");
        assertThat(flow.count("created_count", id)).isEqualTo(2);
        assertThat(flow.exists(a)).isTrue();
        Map<String, Object> stored = jdbc.sql("select name, registered_capital_yuan, own_land_mu, founded_on::text as f, "
                        + "above_scale, grid_id from enterprise where uscc = :u").param("u", b).query().singleRow();
        assertThat(stored.get("name")).isEqualTo("杭州乙测试机械有限公司");
        assertThat((java.math.BigDecimal) stored.get("registered_capital_yuan")).isEqualByComparingTo("5000000");
        assertThat(stored.get("f")).isEqualTo("2015-03-01");
        assertThat(stored.get("above_scale")).isEqualTo(true);
        assertThat(stored.get("grid_id")).isEqualTo(users.gridId("G2"));
        assertThat(jdbc.sql("select tag_code from enterprise_tag t join enterprise e on e.id = t.enterprise_id "
                + "where e.uscc = :u order by 1").param("u", b).query(String.class).list())
                .containsExactly("high-tech", "little-giant");
        assertThat(jdbc.sql("select count(*) from enterprise_contact c join enterprise e on e.id = c.enterprise_id "
                + "where e.uscc = :u and c.chief_data_officer").param("u", a).query(Integer.class).single()).isEqualTo(1);
        assertThat(flow.auditEntries(a)).isEqualTo(1);

        // a second click on the same confirmation applies nothing twice
        MvcResult again = flow.page(mvc, admin, "/enterprises/import/" + id);
        assertThat(again.getResponse().getContentAsString()).doesNotContain("id=\"apply-all\"");

        // the same file again: everything unchanged, no version bump, no audit entry
        int versionBefore = version(a);
        long reimport = flow.uploadAndCheck(mvc, admin, "registry.xlsx", file);
        assertThat(flow.count("unchanged_rows", reimport)).isEqualTo(2);
        assertThat(flow.count("changed_rows", reimport)).isZero();
        assertThat(flow.count("new_rows", reimport)).isZero();
        assertThat(flow.apply(mvc, admin, reimport, "all").status()).isEqualTo("SUCCEEDED");
        assertThat(version(a)).isEqualTo(versionBefore);
        assertThat(flow.auditEntries(a)).isEqualTo(1);
        assertThat(flow.count("updated_count", reimport)).isZero();

        // a changed name updates exactly that enterprise, with an audit entry naming the file
        Map<ImportColumn, Object> renamed = Xlsx.row(a, "杭州甲测试科技股份有限公司");
        renamed.remove(ImportColumn.CDO_NAME);
        renamed.remove(ImportColumn.CDO_PHONE);
        renamed.remove(ImportColumn.CDO_EMAIL);
        long change = flow.uploadAndCheck(mvc, admin, "rename.xlsx", Xlsx.file(List.of(renamed)));
        assertThat(flow.count("changed_rows", change)).isEqualTo(1);
        assertThat(flow.apply(mvc, admin, change, "all").status()).isEqualTo("SUCCEEDED");
        assertThat(version(a)).isEqualTo(versionBefore + 1);
        assertThat(flow.auditEntries(a)).isEqualTo(2);
        assertThat(jdbc.sql("select reason from platform_audit_log where entity_type = 'enterprise' and entity_id = "
                + "(select id::text from enterprise where uscc = :u) order by id desc limit 1").param("u", a)
                .query(String.class).single()).isEqualTo("Excel 导入 rename.xlsx");
        assertThat(jdbc.sql("select count(*) from enterprise_contact c join enterprise e on e.id = c.enterprise_id "
                + "where e.uscc = :u").param("u", a).query(Integer.class).single())
                .as("blank CDO columns keep the contacts on record").isEqualTo(1);
    }

    @Test
    void badRowsAreListedByRowAndColumnAndNothingIsWrittenUntilValidRowsAreChosen() throws Exception {
        String admin = users.admin();
        String good = Xlsx.uscc();
        String dup = Xlsx.uscc();
        List<Map<ImportColumn, Object>> rows = new ArrayList<>();
        rows.add(Xlsx.row(good, "杭州良好测试有限公司"));                          // row 2
        rows.add(Xlsx.row(Xlsx.badCheck(Xlsx.uscc()), "校验码错误公司"));            // row 3
        rows.add(Xlsx.row(dup, "重复一公司"));                                     // row 4
        rows.add(Xlsx.row(dup, "重复二公司"));                                     // row 5
        Map<ImportColumn, Object> industry = Xlsx.row(Xlsx.uscc(), "行业错误公司");
        industry.put(ImportColumn.INDUSTRY_CODE, "9999");
        rows.add(industry);                                                       // row 6
        rows.add(Xlsx.row(Xlsx.uscc(), "<script>alert(1)</script>"));               // row 7
        rows.add(Xlsx.row(Xlsx.uscc(), "x'; drop table enterprise; --"));          // row 8
        rows.add(Xlsx.row(Xlsx.uscc(), "长".repeat(201)));                          // row 9
        Map<ImportColumn, Object> date = Xlsx.row(Xlsx.uscc(), "日期错误公司");
        date.put(ImportColumn.FOUNDED_ON, "2015-13-45");
        rows.add(date);                                                           // row 10
        Map<ImportColumn, Object> number = Xlsx.row(Xlsx.uscc(), "数字错误公司");
        number.put(ImportColumn.REGISTERED_CAPITAL, "五百万");
        rows.add(number);                                                         // row 11
        long id = flow.uploadAndCheck(mvc, admin, "bad.xlsx", Xlsx.file(rows));

        assertThat(flow.count("total_rows", id)).isEqualTo(10);
        assertThat(flow.count("valid_rows", id)).isEqualTo(1);
        assertThat(flow.count("invalid_rows", id)).isEqualTo(9);
        assertThat(flow.exists(good)).isFalse();
        String zh = flow.page(mvc, admin, "/enterprises/import/" + id).getResponse().getContentAsString();
        assertThat(zh).contains("校验码不正确", "在本文件中重复出现", "不是 GB/T 4754-2017 中的行业代码",
                "最多 200 个字符", "不是有效日期", "不是数字", "统一社会信用代码", "成立日期", "注册资本(万元)");
        assertThat(zh).doesNotContain("<script>alert");
        List<String> cells = errorCells(id);
        assertThat(cells).contains("3|统一社会信用代码", "4|统一社会信用代码", "5|统一社会信用代码", "6|行业代码",
                "7|企业名称", "8|企业名称", "9|企业名称", "10|成立日期", "11|注册资本(万元)");
        String en = flow.page(mvc, admin, "/enterprises/import/" + id + "?lang=en").getResponse()
                .getContentAsString();
        assertThat(en).contains("appears more than once", "is not a valid date", "Founded on", "USCC");

        // the whole file is refused while errors remain
        var refused = mvc.perform(flow.as(admin, org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/enterprises/import/" + id + "/apply").param("mode", "all"))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andReturn();
        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/enterprises/import/" + id);
        assertThat(flow.status(id)).isEqualTo("VALIDATED");
        assertThat(flow.exists(good)).isFalse();

        // only the valid rows: one enterprise written, the error report still lists the rest
        assertThat(flow.apply(mvc, admin, id, "valid").status()).isEqualTo("SUCCEEDED");
        assertThat(flow.status(id)).isEqualTo("APPLIED");
        assertThat(flow.exists(good)).isTrue();
        assertThat(flow.exists(dup)).isFalse();
        assertThat(flow.count("created_count", id)).isEqualTo(1);
        assertThat(cells.size()).isGreaterThanOrEqualTo(9);
    }

    @Test
    void gridOfficerCannotOverwriteAnEnterpriseOutsideTheirGrid() throws Exception {
        String admin = users.admin();
        String uscc = Xlsx.uscc();
        Map<ImportColumn, Object> row = Xlsx.row(uscc, "网格二测试企业");
        row.put(ImportColumn.GRID, "G2");
        long first = flow.uploadAndCheck(mvc, admin, "g2.xlsx", Xlsx.file(List.of(row)));
        assertThat(flow.apply(mvc, admin, first, "all").status()).isEqualTo("SUCCEEDED");

        String officer = users.gridOfficer(users.gridId("G1"));
        Map<ImportColumn, Object> takeover = Xlsx.row(uscc, "被改名的企业");
        long id = flow.uploadAndCheck(mvc, officer, "takeover.xlsx", Xlsx.file(List.of(takeover)));
        assertThat(flow.count("invalid_rows", id)).isEqualTo(1);
        assertThat(errorCells(id)).contains("2|统一社会信用代码");
        assertThat(flow.page(mvc, officer, "/enterprises/import/" + id).getResponse().getContentAsString())
                .contains("不在您负责的范围内");
        assertThat(jdbc.sql("select name from enterprise where uscc = :u").param("u", uscc).query(String.class)
                .single()).isEqualTo("网格二测试企业");
    }

    @Test
    void enterpriseUsersMayNotImport() throws Exception {
        String admin = users.admin();
        String uscc = Xlsx.uscc();
        long id = flow.uploadAndCheck(mvc, admin, "own.xlsx", Xlsx.file(List.of(Xlsx.row(uscc, "企业用户测试企业"))));
        flow.apply(mvc, admin, id, "all");
        long enterpriseId = jdbc.sql("select id from enterprise where uscc = :u").param("u", uscc)
                .query(Long.class).single();
        String company = users.enterpriseUser(enterpriseId);
        assertThat(flow.page(mvc, company, "/enterprises/import").getResponse().getStatus()).isEqualTo(403);
        assertThat(flow.page(mvc, company, "/enterprises/import/template.xlsx").getResponse().getStatus())
                .isEqualTo(403);
        assertThat(flow.upload(mvc, company, "x.xlsx", Xlsx.file(List.of(Xlsx.row(Xlsx.uscc(), "某公司"))))
                .getResponse().getStatus()).isEqualTo(403);
        assertThat(flow.page(mvc, company, "/enterprises/import/" + id).getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void templateDownloadsWithTheExpectedHeadings() throws Exception {
        byte[] bytes = flow.page(mvc, users.officer(), "/enterprises/import/template.xlsx").getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Row header = wb.getSheetAt(0).getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("统一社会信用代码");
            assertThat(header.getCell(4).getStringCellValue()).isEqualTo("注册资本(万元)");
            assertThat(header.getLastCellNum()).isEqualTo((short) ImportColumn.values().length);
        }
    }

    private int version(String uscc) {
        return jdbc.sql("select version from enterprise where uscc = :u").param("u", uscc).query(Integer.class)
                .single();
    }

    /** "row|column" of every line of the downloadable error report. */
    private List<String> errorCells(long id) throws Exception {
        String owner = jdbc.sql("select owner from enterprise_import where id = :id").param("id", id)
                .query(String.class).single();
        byte[] bytes = flow.page(mvc, owner, "/enterprises/import/" + id + "/errors.xlsx").getResponse()
                .getContentAsByteArray();
        List<String> cells = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = wb.getSheetAt(0);
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                Row r = sheet.getRow(i);
                String row = r.getCell(0) == null ? "" : String.valueOf((int) r.getCell(0).getNumericCellValue());
                cells.add(row + "|" + r.getCell(1).getStringCellValue());
            }
        }
        return cells;
    }
}
