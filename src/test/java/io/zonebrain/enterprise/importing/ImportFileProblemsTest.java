package io.zonebrain.enterprise.importing;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonebrain.enterprise.internal.importing.ImportColumn;
import io.zonebrain.support.TestUsers;
import io.zonebrain.support.ZonebrainTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Files that cannot be imported as a whole get one clear message each and change nothing. */
@ZonebrainTest
class ImportFileProblemsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    ImportFlow flow;

    private static List<String> headings() {
        return new ArrayList<>(Arrays.stream(ImportColumn.values()).map(ImportColumn::headingZh).toList());
    }

    private static List<Object> values(Map<ImportColumn, Object> row) {
        List<Object> v = new ArrayList<>();
        for (ImportColumn c : ImportColumn.values()) {
            v.add(row.get(c));
        }
        return v;
    }

    /** Uploads, expects the file rejected, and returns the preview page in the given language. */
    private String rejected(byte[] file, String lang, String uscc) throws Exception {
        String admin = users.admin();
        long id = flow.uploadAndCheck(mvc, admin, "problem.xlsx", file);
        assertThat(flow.status(id)).isEqualTo("FAILED");
        if (uscc != null) {
            assertThat(flow.exists(uscc)).isFalse();
        }
        String page = flow.page(mvc, admin, "/enterprises/import/" + id + (lang == null ? "" : "?lang=" + lang))
                .getResponse().getContentAsString();
        assertThat(page).contains("file-rejected").doesNotContain("id=\"apply-all\"");
        return page;
    }

    @Test
    void missingColumn() throws Exception {
        String uscc = Xlsx.uscc();
        List<String> h = headings();
        List<Object> v = values(Xlsx.row(uscc, "缺列公司"));
        h.remove(3);
        v.remove(3);
        assertThat(rejected(Xlsx.sheet(h, List.of(v), s -> { }), null, uscc)).contains("缺少列：成立日期");
    }

    @Test
    void extraColumn() throws Exception {
        String uscc = Xlsx.uscc();
        List<String> h = headings();
        List<Object> v = values(Xlsx.row(uscc, "多列公司"));
        h.add("备注");
        v.add("随便写");
        assertThat(rejected(Xlsx.sheet(h, List.of(v), s -> { }), "en", uscc))
                .contains("Columns not in the template: 备注");
    }

    @Test
    void englishHeadingsAreAccepted() throws Exception {
        String admin = users.admin();
        List<String> h = Arrays.stream(ImportColumn.values()).map(c -> c.heading(java.util.Locale.ENGLISH)).toList();
        long id = flow.uploadAndCheck(mvc, admin, "en.xlsx",
                Xlsx.sheet(h, List.of(values(Xlsx.row(Xlsx.uscc(), "English Heading Test Co"))), s -> { }));
        assertThat(flow.status(id)).isEqualTo("VALIDATED");
        assertThat(flow.count("valid_rows", id)).isEqualTo(1);
    }

    @Test
    void emptySheetAndHeadingsOnly() throws Exception {
        assertThat(rejected(Xlsx.sheet(List.of(), List.of(), s -> { }), null, null)).contains("第一个工作表是空的");
        assertThat(rejected(Xlsx.sheet(headings(), List.of(), s -> { }), null, null)).contains("表头下没有数据行");
    }

    @Test
    void mergedCells() throws Exception {
        String uscc = Xlsx.uscc();
        byte[] file = Xlsx.sheet(headings(), List.of(values(Xlsx.row(uscc, "合并单元格公司")),
                values(Xlsx.row(Xlsx.uscc(), "另一家公司"))), s -> s.addMergedRegion(CellRangeAddress.valueOf("F2:F3")));
        assertThat(rejected(file, null, uscc)).contains("合并单元格 F2:F3");
    }

    @Test
    void formula() throws Exception {
        String uscc = Xlsx.uscc();
        byte[] file = Xlsx.sheet(headings(), List.of(values(Xlsx.row(uscc, "公式公司"))),
                s -> s.getRow(1).createCell(4).setCellFormula("100*5"));
        assertThat(rejected(file, "en", uscc)).contains("Cell E2 holds a formula");
    }

    @Test
    void textFileRenamedXlsx() throws Exception {
        byte[] text = "统一社会信用代码,企业名称\n91330110MA2H0000X1,某公司\n".getBytes(StandardCharsets.UTF_8);
        assertThat(rejected(text, null, null)).contains("不是 Excel 工作簿");
    }

    @Test
    void zipThatIsNotAWorkbook() throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("hello.txt"));
            zip.write("hi".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(rejected(out.toByteArray(), "en", null)).contains("is not an Excel workbook");
    }

    @Test
    void tooLargeIsRefusedBeforeAnythingIsStored() throws Exception {
        byte[] big = new byte[21 * 1024 * 1024];
        big[0] = 'P';
        big[1] = 'K';
        var r = flow.upload(mvc, users.admin(), "big.xlsx", big);
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        assertThat(r.getResponse().getContentAsString()).contains("upload-rejected", "文件过大");
    }
}
