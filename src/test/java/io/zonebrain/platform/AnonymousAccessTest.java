package io.zonebrain.platform;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.zonebrain.support.ZonebrainTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Anonymous callers get the login page and the health check, and nothing else. */
@ZonebrainTest
class AnonymousAccessTest {

    @Autowired
    MockMvc mvc;

    @Test
    void healthIsUpWithoutLogin() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void loginPageIsPublicAndChineseByDefault() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("登录")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/enterprises", "/enterprises/1", "/enterprises/export.xlsx", "/admin/users",
            "/admin/audit", "/account/tokens", "/swagger-ui.html", "/v3/api-docs"})
    void pagesRedirectToLogin(String path) throws Exception {
        mvc.perform(get(path)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/enterprises", "/api/v1/enterprises/1"})
    void apiAnswers401(String path) throws Exception {
        mvc.perform(get(path)).andExpect(status().isUnauthorized());
    }

    @Test
    void anonymousCannotCreateThroughTheApi() throws Exception {
        mvc.perform(post("/api/v1/enterprises").contentType("application/json").content("{}"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void formPostsWithoutCsrfAreRejected() throws Exception {
        mvc.perform(post("/enterprises").param("name", "x")).andExpect(status().isForbidden());
    }
}
