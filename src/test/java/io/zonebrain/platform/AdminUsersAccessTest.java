package io.zonebrain.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.zonebrain.fashion.FashionFixtures;
import io.zonebrain.support.TestEnterprises;
import io.zonebrain.support.TestUsers;
import io.zonebrain.support.ZonebrainTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Who may reach the user list, its export and its import: zone admins only. Anonymous callers are sent to the login
 * page; officers, enterprise users, factory users and brand users are refused (403), pages and files alike.
 */
@ZonebrainTest
class AdminUsersAccessTest {

    private static final List<String> PAGES = List.of("/admin/users", "/admin/users/export.xlsx",
            "/admin/users/import", "/admin/users/import/template.xlsx", "/admin/users/import/1",
            "/admin/users/import/1/errors.xlsx");

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired TestEnterprises enterprises;
    @Autowired FashionFixtures fashion;
    @Autowired UserDetailsService userDetails;

    private RequestPostProcessor as(String user) {
        return SecurityMockMvcRequestPostProcessors.user(userDetails.loadUserByUsername(user));
    }

    private static AbstractMockHttpServletRequestBuilder<?> upload() {
        return multipart("/admin/users/import").file(new MockMultipartFile("file", "users.xlsx",
                "application/octet-stream", new byte[] {1, 2, 3}));
    }

    @Test
    void anonymousCallersAreSentToTheLoginPage() throws Exception {
        for (String page : PAGES) {
            MvcResult r = mvc.perform(get(page)).andExpect(status().is3xxRedirection()).andReturn();
            assertThat(r.getResponse().getRedirectedUrl()).as(page).endsWith("/login");
        }
        for (AbstractMockHttpServletRequestBuilder<?> write
                : List.<AbstractMockHttpServletRequestBuilder<?>>of(upload(), post("/admin/users/import/1/apply"),
                        post("/admin/users/import/1/passwords"), post("/admin/users/import/1/passwords.xlsx"))) {
            MvcResult r = mvc.perform(write.with(csrf())).andExpect(status().is3xxRedirection()).andReturn();
            assertThat(r.getResponse().getRedirectedUrl()).endsWith("/login");
        }
    }

    @Test
    void officersEnterpriseFactoryAndBrandUsersAreRefused() throws Exception {
        List<String> callers = List.of(users.officer(),
                users.enterpriseUser(enterprises.create("用户导入权限测试企业", null).id()),
                fashion.factoryUser(fashion.factory("用户导入权限测试工厂").id()),
                fashion.brandUser(fashion.brand("用户导入权限测试品牌").id()), fashion.operator());
        for (String caller : callers) {
            for (String page : PAGES) {
                mvc.perform(get(page).with(as(caller))).andExpect(status().isForbidden());
            }
            mvc.perform(upload().with(as(caller)).with(csrf())).andExpect(status().isForbidden());
            mvc.perform(post("/admin/users/import/1/apply").param("mode", "all").with(as(caller)).with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/admin/users/import/1/passwords.xlsx").with(as(caller)).with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/admin/users/import/1/passwords").with(as(caller)).with(csrf()))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void anotherAdminsImportIsNotFound() throws Exception {
        mvc.perform(get("/admin/users/import/999999999").with(as(users.admin()))).andExpect(status().isNotFound());
        mvc.perform(post("/admin/users/import/999999999/passwords.xlsx").with(as(users.admin())).with(csrf()))
                .andExpect(status().isNotFound());
    }
}
