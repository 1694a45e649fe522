package io.zonebrain.indicators.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.zonebrain.platform.BackgroundJobs;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Builds the bureau's files as officials would, and drives upload, preview and confirmation, waiting for jobs. */
@Component
class ReportFiles {

    static final List<String> MONTHLY_HEADINGS = List.of("统一社会信用代码", "企业名称", "报告期", "工业总产值(万元)",
            "销售产值(万元)", "出口交货值(万元)", "营业收入(万元)", "利润总额(万元)", "税金总额(万元)", "工业增加值(万元)",
            "高新技术产业产值(万元)", "新产品产值(万元)", "研发费用(万元)", "用电量(千瓦时)", "综合能耗(吨标准煤)",
            "从业人员平均人数(人)");
    static final List<String> ANNUAL_HEADINGS = List.of("统一社会信用代码", "企业名称", "年度", "实缴税金(万元)",
            "工业增加值(万元)", "营业收入(万元)", "综合能耗(吨标准煤)", "化学需氧量(吨)", "氨氮(吨)", "二氧化硫(吨)",
            "氮氧化物(吨)", "研发费用(万元)", "年平均职工人数(人)", "用地面积(亩)");

    private final UserDetailsService users;
    private final BackgroundJobs jobs;

    ReportFiles(UserDetailsService users, BackgroundJobs jobs) {
        this.users = users;
        this.jobs = jobs;
    }

    /** A monthly row: USCC, name, period, gross output in 万元, then the rest blank except employees. */
    static List<Object> monthly(String uscc, String name, Object period, Object grossWan) {
        return java.util.Arrays.asList(uscc, name, period, grossWan, null, null, null, null, null, null, null, null,
                null, null, null, 50);
    }

    static byte[] sheet(List<String> headers, List<List<Object>> rows) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("sheet1");
            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                header.createCell(i).setCellValue(headers.get(i));
            }
            int n = 1;
            for (List<Object> values : rows) {
                Row row = sheet.createRow(n++);
                for (int i = 0; i < values.size(); i++) {
                    Object v = values.get(i);
                    if (v instanceof Number num) {
                        row.createCell(i).setCellValue(num.doubleValue());
                    } else if (v != null) {
                        row.createCell(i).setCellValue(String.valueOf(v));
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Uploads, waits for the check, returns the import's id. */
    long upload(MockMvc mvc, String username, String kind, byte[] file) throws Exception {
        MvcResult r = mvc.perform(multipart("/indicators/import").param("kind", kind)
                .file(new MockMultipartFile("file", "bureau.xlsx", "application/octet-stream", file))
                .with(user(users.loadUserByUsername(username))).with(csrf())).andReturn();
        String to = r.getResponse().getRedirectedUrl();
        assertThat(to).startsWith("/jobs/");
        BackgroundJobs.JobStatus done = await(UUID.fromString(to.substring("/jobs/".length())));
        assertThat(done.status()).as(done.message()).isEqualTo("SUCCEEDED");
        return Long.parseLong(done.link().substring("/indicators/import/".length()));
    }

    BackgroundJobs.JobStatus apply(MockMvc mvc, String username, long id, String mode) throws Exception {
        MvcResult r = mvc.perform(post("/indicators/import/" + id + "/apply").param("mode", mode)
                .with(user(users.loadUserByUsername(username))).with(csrf())).andReturn();
        String to = r.getResponse().getRedirectedUrl();
        assertThat(to).as("confirming starts a job").startsWith("/jobs/");
        return await(UUID.fromString(to.substring("/jobs/".length())));
    }

    BackgroundJobs.JobStatus await(UUID job) throws InterruptedException {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < deadline) {
            BackgroundJobs.JobStatus s = jobs.find(job).orElseThrow();
            if (s.finished()) {
                return s;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("job " + job + " did not finish");
    }
}
