package io.zonebrain.land;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.zonebrain.land.internal.importing.LandColumn;
import io.zonebrain.platform.BackgroundJobs;
import io.zonebrain.support.TestJobs;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Drives the land import pages as a signed-in user, waits for its jobs, and builds workbooks as Excel would. */
@Component
class LandImportFlow {

    private final UserDetailsService users;
    private final TestJobs jobs;
    private final JdbcClient jdbc;

    LandImportFlow(UserDetailsService users, TestJobs jobs, JdbcClient jdbc) {
        this.users = users;
        this.jobs = jobs;
        this.jdbc = jdbc;
    }

    /** Uploads, waits for the check, returns the import's id. */
    long check(MockMvc mvc, String username, byte[] xlsx) throws Exception {
        MvcResult r = mvc.perform(multipart("/land/import")
                        .file(new MockMultipartFile("file", "land.xlsx", "application/octet-stream", xlsx))
                        .with(user(users.loadUserByUsername(username))).with(csrf()))
                .andReturn();
        String to = r.getResponse().getRedirectedUrl();
        assertThat(to).as("upload should start a job").startsWith("/jobs/");
        return jobs.resultId(UUID.fromString(to.substring("/jobs/".length())), Duration.ofSeconds(120));
    }

    /** Confirms; returns the finished job, or null when the confirmation was refused (back to the preview). */
    BackgroundJobs.JobStatus apply(MockMvc mvc, String username, long importId, String mode) throws Exception {
        MvcResult r = mvc.perform(post("/land/import/" + importId + "/apply").param("mode", mode)
                .with(user(users.loadUserByUsername(username))).with(csrf())).andReturn();
        String to = r.getResponse().getRedirectedUrl();
        if (to == null || !to.startsWith("/jobs/")) {
            return null;
        }
        return jobs.succeeded(UUID.fromString(to.substring("/jobs/".length())), Duration.ofSeconds(120));
    }

    Map<String, Object> counts(long importId) {
        return jdbc.sql("select status, total_rows, valid_rows, invalid_rows, new_rows, changed_rows, unchanged_rows, "
                        + "created_count, updated_count from land_import where id = :id")
                .param("id", importId).query().singleRow();
    }

    /** One row per entry; values by column, typed numbers and dates as an official's Excel holds them. */
    static byte[] workbook(List<Map<LandColumn, Object>> rows) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Sheet sheet = wb.createSheet("宗地");
            Row header = sheet.createRow(0);
            List<LandColumn> columns = Arrays.asList(LandColumn.values());
            for (int i = 0; i < columns.size(); i++) {
                header.createCell(i).setCellValue(columns.get(i).headingZh());
            }
            int n = 1;
            for (Map<LandColumn, Object> values : rows) {
                Row row = sheet.createRow(n++);
                for (int i = 0; i < columns.size(); i++) {
                    Object v = values.get(columns.get(i));
                    if (v == null) {
                        continue;
                    }
                    Cell cell = row.createCell(i);
                    if (v instanceof Number num) {
                        cell.setCellValue(num.doubleValue());
                    } else if (v instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(date);
                    } else {
                        cell.setCellValue(String.valueOf(v));
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
