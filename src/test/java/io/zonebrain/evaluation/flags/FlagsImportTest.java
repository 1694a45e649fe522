package io.zonebrain.evaluation.flags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.zonebrain.enterprise.Enterprise;
import io.zonebrain.platform.ExcelExport;
import io.zonebrain.support.TestEnterprises;
import io.zonebrain.support.TestJobs;
import io.zonebrain.support.TestUsers;
import io.zonebrain.support.ZonebrainTest;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Excel import of flags for data year 2010 (no other test uses it): a good file, a bad one, a rejected one. */
@ZonebrainTest
class FlagsImportTest {

    private static final int YEAR = 2010;

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired TestEnterprises enterprises;
    @Autowired TestJobs jobs;
    @Autowired UserDetailsService userDetails;
    @Autowired FlagImports imports;
    @Autowired EvaluationFlags flags;
    @Autowired JdbcClient jdbc;

    private static byte[] file(List<String> headings, List<List<?>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExcelExport.write(out, "flags", headings, sink -> rows.forEach(sink));
        return out.toByteArray();
    }

    private static final List<String> HEADINGS = List.of("统一社会信用代码", "企业名称", "标记", "说明");

    private FlagImportSummary checked(String officer, byte[] bytes) {
        FlagImports.Started started = users.as(officer, () -> imports.upload(YEAR, "flags.xlsx", bytes));
        jobs.succeeded(started.jobId(), Duration.ofSeconds(30));
        return users.as(officer, () -> imports.find(started.importId()));
    }

    /* Codes or labels in either language; a flag already set keeps its row and takes the file's note. */
    @Test
    void aGoodFileIsPreviewedThenAppliedOnceAndAgainChangesNothing() {
        String officer = users.officer();
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        Enterprise a = enterprises.create("标记导入甲" + suffix, null);
        Enterprise b = enterprises.create("标记导入乙" + suffix, null);
        users.as(officer, () -> flags.add(new FlagDraft(YEAR, b.id(), null, "UTILITY", "旧说明", "已有")));
        byte[] good = file(HEADINGS, List.of(
                Arrays.asList(a.uscc(), a.name(), "SAFETY_ACCIDENT", "事故报告 2010-7"),
                Arrays.asList(a.uscc().toLowerCase(), "", "重大产业项目", null),
                Arrays.asList(b.uscc(), b.name(), "Utility", "供水企业")));

        FlagImportSummary s = checked(officer, good);
        assertThat(s).extracting(FlagImportSummary::status, FlagImportSummary::totalRows,
                FlagImportSummary::validRows, FlagImportSummary::newRows, FlagImportSummary::existingRows)
                .containsExactly("VALIDATED", 3, 3, 2, 1);
        assertThat(users.as(officer, () -> flags.list(YEAR, new FlagFilter(null, a.id(), null)))).isEmpty();

        FlagImports.Started applying = users.as(officer, () -> imports.apply(s.id(), "all"));
        jobs.succeeded(applying.jobId(), Duration.ofSeconds(30));
        assertThat(users.as(officer, () -> imports.apply(s.id(), "all"))).as("a second click").isNull();
        assertThat(users.as(officer, () -> flags.list(YEAR, new FlagFilter(null, a.id(), null))))
                .extracting(EvaluationFlag::flag).containsExactlyInAnyOrder("SAFETY_ACCIDENT", "MAJOR_PROJECT");
        assertThat(users.as(officer, () -> flags.list(YEAR, new FlagFilter(null, b.id(), null))))
                .extracting(EvaluationFlag::note).containsExactly("供水企业");
        assertThat(users.as(officer, () -> imports.find(s.id())).writtenCount()).isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from platform_audit_log where entity_type = 'evaluation_flag'"
                        + " and reason = 'Excel 导入 flags.xlsx' and actor = :who").param("who", officer)
                .query(Integer.class).single()).isEqualTo(3);

        FlagImportSummary again = checked(officer, good);
        assertThat(again.newRows()).isZero();
        FlagImports.Started second = users.as(officer, () -> imports.apply(again.id(), "all"));
        jobs.succeeded(second.jobId(), Duration.ofSeconds(30));
        assertThat(users.as(officer, () -> imports.find(again.id())).writtenCount()).isZero();
    }

    @Test
    void badRowsAreNamedByRowAndFieldAndNothingIsWrittenUnlessOnlyValidRowsAreConfirmed() {
        String officer = users.officer();
        Enterprise a = enterprises.create("标记导入丙" + UUID.randomUUID().toString().substring(0, 6), null);
        byte[] bad = file(HEADINGS, List.of(
                Arrays.asList(a.uscc(), a.name(), "MAJOR_PROJECT", null),
                Arrays.asList("91330113999999999X", "无此企业", "UTILITY", null),
                Arrays.asList(a.uscc(), a.name(), "NO_SUCH_FLAG", null),
                Arrays.asList(a.uscc(), a.name(), "UNDER_TWO_YEARS", null),
                Arrays.asList(a.uscc(), a.name(), "NEW_FIRM", null),
                Arrays.asList(a.uscc(), a.name(), "NEW_FIRM", null),
                Arrays.asList(null, "", "UTILITY", null)));
        FlagImportSummary s = checked(officer, bad);
        assertThat(s).extracting(FlagImportSummary::totalRows, FlagImportSummary::validRows,
                FlagImportSummary::invalidRows).containsExactly(7, 1, 6);
        List<String> problems = users.as(officer, () -> imports.problems(s.id())).stream()
                .map(p -> p.row() + " " + p.field() + " " + p.code()).toList();
        assertThat(problems).containsExactlyInAnyOrder(
                "3 uscc flags.unknownUscc",
                "4 flagCode flags.unknownFlag",
                "5 flagCode flags.derived",
                "6 uscc flags.import.duplicate",
                "7 uscc flags.import.duplicate",
                "8 uscc flags.enterpriseRequired");
        assertThat(users.as(officer, () -> imports.apply(s.id(), "all"))).as("refused while rows are bad").isNull();
        assertThat(users.as(officer, () -> flags.list(YEAR, new FlagFilter(null, a.id(), null)))).isEmpty();

        FlagImports.Started valid = users.as(officer, () -> imports.apply(s.id(), "valid"));
        jobs.succeeded(valid.jobId(), Duration.ofSeconds(30));
        assertThat(users.as(officer, () -> flags.list(YEAR, new FlagFilter(null, a.id(), null))))
                .extracting(EvaluationFlag::flag).containsExactly("MAJOR_PROJECT");
    }

    @Test
    void aFileWithoutTheColumnsIsRejectedAndThePagesShowIt() throws Exception {
        String officer = users.officer();
        byte[] wrong = file(List.of("统一社会信用代码", "等级"), List.of(List.of("91330113000000001X", "A")));
        FlagImportSummary s = checked(officer, wrong);
        assertThat(s.fileRejected()).isTrue();
        assertThat(s.status()).isEqualTo("FAILED");

        var page = user(userDetails.loadUserByUsername(officer));
        mvc.perform(get("/evaluation/flags/import/" + s.id()).with(page)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("file-rejected")));
        mvc.perform(multipart("/evaluation/flags/import").file(new MockMultipartFile("file", "f.xlsx",
                        ExcelExport.CONTENT_TYPE, wrong)).param("year", String.valueOf(YEAR)).with(csrf()).with(page))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/evaluation/flags/import").with(page)).andExpect(status().isOk());
        mvc.perform(get("/evaluation/flags/import/template.xlsx").with(page)).andExpect(status().isOk());
        // another official cannot see this import; an enterprise user cannot import at all
        var stranger = user(userDetails.loadUserByUsername(users.officer()));
        mvc.perform(get("/evaluation/flags/import/" + s.id()).with(stranger)).andExpect(status().isNotFound());
        Enterprise e = enterprises.create("标记导入丁" + UUID.randomUUID().toString().substring(0, 6), null);
        var enterprise = user(userDetails.loadUserByUsername(users.enterpriseUser(e.id())));
        mvc.perform(get("/evaluation/flags/import").with(enterprise)).andExpect(status().isForbidden());
    }
}
