package io.zonebrain.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.zonebrain.support.TestEnterprises;
import io.zonebrain.support.TestUsers;
import io.zonebrain.support.ZonebrainTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Scheme files: a version downloaded (page and API) and brought back gives an equal scheme; a new code makes a new
 * scheme, an existing one a new draft version; a file that is not JSON, not shaped like a scheme, too large or
 * against the scheme rules is refused with each problem's place and nothing is stored.
 */
@ZonebrainTest
class SchemeFileTest {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired TestEnterprises enterprises;
    @Autowired UserDetailsService userDetails;
    @Autowired JdbcClient jdbc;
    @Autowired SchemeCatalogue catalogue;

    private RequestPostProcessor as(String username) {
        return user(userDetails.loadUserByUsername(username));
    }

    private static String uniqueCode(String stem) {
        return "test-file-" + stem + "-" + SEQ.incrementAndGet() + "-" + System.nanoTime() % 100_000;
    }

    private int versions(String code) {
        return jdbc.sql("select count(*) from evaluation_scheme where zone_id = :z and code = :c")
                .param("z", users.zoneId()).param("c", code).query(Integer.class).single();
    }

    private int allSchemes() {
        return jdbc.sql("select count(*) from evaluation_scheme where zone_id = :z")
                .param("z", users.zoneId()).query(Integer.class).single();
    }

    private static String huangyanAs(String code) {
        String json = new String(readShipped(), StandardCharsets.UTF_8);
        return json.replace("\"reference-huangyan-2022\"", "\"" + code + "\"");
    }

    private static byte[] readShipped() {
        try (var in = SchemeFileTest.class.getResourceAsStream("/evaluation/schemes/reference-huangyan-2022.json")) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static MockMultipartFile file(String name, String content) {
        return new MockMultipartFile("file", name, "application/json", content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void downloadThenUploadGivesAnEqualSchemeAsTheNextDraftVersion() throws Exception {
        String officer = users.officer();
        String code = uniqueCode("round");
        mvc.perform(multipart("/evaluation/schemes/upload").file(file(code + ".json", huangyanAs(code)))
                        .param("reason", "导入黄岩参考").with(csrf()).with(as(officer)))
                .andExpect(redirectedUrl("/evaluation/schemes/" + code + "/versions/1"));
        StoredScheme first = users.as(officer, () -> catalogue.version(code, 1));
        assertThat(first.status()).isEqualTo(StoredScheme.Status.DRAFT);
        Scheme shipped = TestSchemes.shipped("reference-huangyan-2022");
        assertThat(first.scheme().cohorts()).isEqualTo(shipped.cohorts());

        var response = mvc.perform(get("/evaluation/schemes/" + code + "/versions/1/file").with(as(officer)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString(code + "-v1.json")))
                .andReturn().getResponse();
        assertThat(response.getContentType()).startsWith("application/json").containsIgnoringCase("utf-8");
        String downloaded = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(downloaded).contains("\n  \"code\" : \"" + code + "\"", "亩均税收", "24.097")
                .doesNotContain("null");
        assertThat(TestSchemes.JSON.readValue(downloaded, Scheme.class)).isEqualTo(first.scheme());

        // the same file back: a new draft version 2, equal to version 1 but for its number
        mvc.perform(multipart("/evaluation/schemes/upload").file(file("back.json", downloaded)).with(csrf())
                        .with(as(officer)))
                .andExpect(redirectedUrl("/evaluation/schemes/" + code + "/versions/2"));
        Scheme second = users.as(officer, () -> catalogue.version(code, 2)).scheme();
        assertThat(second).isEqualTo(first.scheme().withVersion(2));

        // and through the API, the same bytes
        byte[] api = mvc.perform(get("/api/v1/evaluation/schemes/" + code + "/versions/2/file")
                        .with(httpBasic(officer, TestUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString(code + "-v2.json")))
                .andReturn().getResponse().getContentAsByteArray();
        mvc.perform(multipart("/api/v1/evaluation/schemes/file")
                        .file(new MockMultipartFile("file", "x.json", "application/json", api))
                        .with(httpBasic(officer, TestUsers.PASSWORD)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.version").value(3))
                .andExpect(jsonPath("$.status").value("DRAFT"));
        assertThat(users.as(officer, () -> catalogue.version(code, 3)).scheme())
                .isEqualTo(first.scheme().withVersion(3));
    }

    @Test
    void theShippedReferenceFileReadsAsTheStoredScheme() throws Exception {
        String officer = users.officer();
        String downloaded = mvc.perform(get("/api/v1/evaluation/schemes/reference-huangyan-2022/versions/1/file")
                        .with(httpBasic(officer, TestUsers.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Scheme stored = users.as(officer, () -> catalogue.version("reference-huangyan-2022", 1)).scheme();
        assertThat(TestSchemes.JSON.readValue(downloaded, Scheme.class)).isEqualTo(stored);
        assertThat(TestSchemes.JSON.readValue(downloaded, Scheme.class))
                .isEqualTo(TestSchemes.shipped("reference-huangyan-2022"));
    }

    @Test
    void badFilesAreRefusedWithThePlaceOfEachProblemAndNothingIsStored() throws Exception {
        String officer = users.officer();
        String code = uniqueCode("bad");
        int before = allSchemes();

        String page = upload(officer, "not-json.json", "{\"code\": \"" + code + "\", \"name\": ");
        assertThat(Html.parse(page).first("#upload-errors").text()).contains("not-json.json", "不是有效的 JSON", "第 1 行");

        page = upload(officer, "shape.json", huangyanAs(code).replace("\"weight\": 30", "\"weight\": \"thirty\""));
        assertThat(Html.parse(page).select("#upload-errors li").stream().map(li -> li.attr("data-problem-path")))
                .containsExactly("cohorts[0].indicators[0].weight");

        page = upload(officer, "typo.json", huangyanAs(code).replace("\"benchmark\"", "\"benchmarks\""));
        assertThat(Html.parse(page).first("#upload-errors").text()).contains("benchmarks", "没有");

        page = upload(officer, "list.json", "[1, 2]");
        assertThat(Html.parse(page).first("#upload-errors li").attr("data-problem-path")).isEqualTo("file");

        page = upload(officer, "big.json", "{\"notes\": \"" + "x".repeat(SchemeFiles.MAX_BYTES) + "\"}");
        assertThat(Html.parse(page).first("#upload-errors").text()).contains("文件过大", "1024 KB");

        // well-formed but against the rules: every problem, each with its path
        String invalid = huangyanAs(code).replace("\"weight\": 30", "\"weight\": 35")
                .replace("valueAddedYuan / energyTce", "valueAddedYuan / energy")
                .replace("\"value\": 11.5932", "\"value\": 0");
        page = upload(officer, "rules.json", invalid);
        assertThat(Html.parse(page).select("#upload-errors li").stream().map(li -> li.attr("data-problem-path")))
                .containsExactlyInAnyOrder("cohorts[0].totalWeight", "cohorts[0].indicators[2].formula",
                        "cohorts[1].indicators[0].benchmark.value");
        assertThat(allSchemes()).isEqualTo(before);
        assertThat(versions(code)).isZero();

        // the API answers 422 with the same paths
        mvc.perform(multipart("/api/v1/evaluation/schemes/file").file(file("rules.json", invalid))
                        .with(httpBasic(officer, TestUsers.PASSWORD)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "cohorts[0].totalWeight", "cohorts[0].indicators[2].formula",
                        "cohorts[1].indicators[0].benchmark.value")));
        mvc.perform(multipart("/api/v1/evaluation/schemes/file").file(file("x.json", "<xml/>"))
                        .with(httpBasic(officer, TestUsers.PASSWORD)).header("Accept-Language", "en"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("not valid JSON")));
        assertThat(allSchemes()).isEqualTo(before);
    }

    private String upload(String officer, String name, String content) throws Exception {
        return mvc.perform(multipart("/evaluation/schemes/upload").file(file(name, content)).with(csrf())
                        .with(as(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void onlyZoneWideOfficialsBringFilesInAndOnlyOfficialsTakeThemOut() throws Exception {
        String code = uniqueCode("access");
        String grid = users.gridOfficer(users.gridId("G1"));
        long firm = enterprises.create("方案文件测试有限公司", null).id();
        String enterprise = users.enterpriseUser(firm);
        for (String who : List.of(grid, enterprise)) {
            mvc.perform(multipart("/evaluation/schemes/upload").file(file("a.json", huangyanAs(code))).with(csrf())
                            .with(as(who)))
                    .andExpect(status().isForbidden());
            mvc.perform(multipart("/api/v1/evaluation/schemes/file").file(file("a.json", huangyanAs(code)))
                            .with(httpBasic(who, TestUsers.PASSWORD)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(multipart("/api/v1/evaluation/schemes/file").file(file("a.json", huangyanAs(code))))
                .andExpect(status().isUnauthorized());
        assertThat(versions(code)).isZero();
        mvc.perform(get("/api/v1/evaluation/schemes/reference-huangyan-2022/versions/1/file")
                        .with(httpBasic(grid, TestUsers.PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/evaluation/schemes/reference-huangyan-2022/versions/1/file")
                        .with(httpBasic(enterprise, TestUsers.PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void theFileEndpointsAreInTheOpenApiDocument() throws Exception {
        mvc.perform(get("/v3/api-docs").with(as(users.officer())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/evaluation/schemes/file'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/evaluation/schemes/{code}/versions/{version}/file'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/evaluation/schemes/{code}/versions/{version}'].put").exists())
                .andExpect(jsonPath("$.paths['/api/v1/evaluation/schemes/{code}/versions/{version}/copy'].post")
                        .exists());
    }
}
