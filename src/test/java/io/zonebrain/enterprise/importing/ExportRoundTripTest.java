package io.zonebrain.enterprise.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.zonebrain.enterprise.internal.importing.ImportColumn;
import io.zonebrain.platform.BackgroundJobs;
import io.zonebrain.support.TestUsers;
import io.zonebrain.support.ZonebrainTest;
import java.io.ByteArrayInputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An official exports a filtered list, and the file imports again as it is: the export uses the import template's
 * layout, so an unedited export changes nothing and an edited one changes exactly the edited cell.
 */
@ZonebrainTest
class ExportRoundTripTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired ImportFlow flow;
    @Autowired JdbcClient jdbc;
    @Autowired UserDetailsService userDetails;

    private byte[] exportOfGrid(String admin, String gridCode) throws Exception {
        return mvc.perform(get("/enterprises/export.xlsx").param("grid", String.valueOf(users.gridId(gridCode)))
                        .param("aboveScale", "true").with(user(userDetails.loadUserByUsername(admin))))
                .andReturn().getResponse().getContentAsByteArray();
    }

    @Test
    void anUneditedExportReimportsAsNoChange() throws Exception {
        String admin = users.admin();
        byte[] exported = exportOfGrid(admin, "G5");
        int rows;
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(exported))) {
            rows = wb.getSheetAt(0).getLastRowNum();
        }
        assertThat(rows).as("the demo zone has above-scale firms in grid G5").isPositive();

        long id = flow.uploadAndCheck(mvc, admin, "export.xlsx", exported);
        assertThat(flow.count("invalid_rows", id)).as("every exported row is valid input").isZero();
        assertThat(flow.count("unchanged_rows", id)).isEqualTo(rows);
        assertThat(flow.count("changed_rows", id)).isZero();
        assertThat(flow.count("new_rows", id)).isZero();
    }

    @Test
    void anEditedCellIsTheOnlyChange() throws Exception {
        String admin = users.admin();
        byte[] exported = exportOfGrid(admin, "G4");
        String uscc;
        byte[] edited;
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(exported))) {
            var row = wb.getSheetAt(0).getRow(1);
            uscc = row.getCell(ImportColumn.USCC.ordinal()).getStringCellValue();
            row.getCell(ImportColumn.ADDRESS.ordinal(), org.apache.poi.ss.usermodel.Row.MissingCellPolicy
                    .CREATE_NULL_AS_BLANK).setCellValue("杭州市临平区导出回写路 8 号");
            var out = new java.io.ByteArrayOutputStream();
            wb.write(out);
            edited = out.toByteArray();
        }
        long id = flow.uploadAndCheck(mvc, admin, "export-edited.xlsx", edited);
        assertThat(flow.count("changed_rows", id)).isEqualTo(1);
        BackgroundJobs.JobStatus applied = flow.apply(mvc, admin, id, "all");
        assertThat(applied.status()).as(applied.message()).isEqualTo("SUCCEEDED");
        assertThat(jdbc.sql("select address from enterprise where uscc = :u").param("u", uscc)
                .query(String.class).single()).isEqualTo("杭州市临平区导出回写路 8 号");
    }
}
