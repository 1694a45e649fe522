package io.zonebrain.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.zonebrain.platform.internal.ApiTokens;
import io.zonebrain.support.TestUsers;
import io.zonebrain.support.ZonebrainTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Passwords, lockout after repeated failures, personal API tokens and the first admin. */
@ZonebrainTest
class LoginAndTokensTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired JdbcClient jdbc;
    @Autowired ApiTokens tokens;
    @Autowired UserAccounts accounts;

    @Test
    void firstAdminUsesTheConfiguredPasswordAndItIsStoredHashed() throws Exception {
        mvc.perform(formLogin("/login").user("admin").password("test-admin-password-1")).andExpect(authenticated());
        String hash = jdbc.sql("select password_hash from platform_user where username = 'admin'")
                .query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}$2").doesNotContain("test-admin-password-1");
    }

    @Test
    void wrongPasswordIsRefused() throws Exception {
        String officer = users.officer();
        mvc.perform(formLogin("/login").user(officer).password("wrong-password")).andExpect(unauthenticated());
    }

    @Test
    void repeatedFailuresLockTheAccountEvenAgainstTheRightPassword() throws Exception {
        String officer = users.officer();
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user(officer).password("guess-" + i)).andExpect(unauthenticated());
        }
        mvc.perform(formLogin("/login").user(officer).password(TestUsers.PASSWORD)).andExpect(unauthenticated());
        mvc.perform(get("/api/v1/enterprises").with(httpBasic(officer, TestUsers.PASSWORD)))
                .andExpect(status().isUnauthorized());
        assertThat(accounts.findByUsername(officer).orElseThrow().locked()).isTrue();

        // once the lock expires, the right password works again
        jdbc.sql("update platform_user set locked_until = now() - interval '1 second' where username = :u")
                .param("u", officer).update();
        mvc.perform(formLogin("/login").user(officer).password(TestUsers.PASSWORD)).andExpect(authenticated());
    }

    @Test
    void apiTokensWorkUntilRevoked() throws Exception {
        String officer = users.officer();
        long userId = accounts.findByUsername(officer).orElseThrow().id();
        String token = tokens.create(userId, "district system");
        assertThat(token).startsWith("zb_");
        assertThat(jdbc.sql("select count(*) from platform_api_token where secret_sha256 = :t or prefix = :t")
                .param("t", token).query(Long.class).single()).as("the secret itself is never stored").isZero();

        mvc.perform(get("/api/v1/enterprises").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk());
        long tokenId = tokens.of(userId).get(0).id();
        tokens.revoke(userId, tokenId);
        mvc.perform(get("/api/v1/enterprises").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/enterprises").header("Authorization", "Bearer zb_made_up"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aUserCannotRevokeSomeoneElsesToken() {
        long owner = accounts.findByUsername(users.officer()).orElseThrow().id();
        long intruder = accounts.findByUsername(users.officer()).orElseThrow().id();
        tokens.create(owner, "mine");
        long tokenId = tokens.of(owner).get(0).id();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> tokens.revoke(intruder, tokenId))
                .isInstanceOf(NotFoundException.class);
        assertThat(tokens.of(owner).get(0).revokedAt()).isNull();
    }

    @Test
    void disabledUsersCannotSignIn() throws Exception {
        String officer = users.officer();
        accounts.setEnabled(accounts.findByUsername(officer).orElseThrow().id(), false);
        mvc.perform(formLogin("/login").user(officer).password(TestUsers.PASSWORD)).andExpect(unauthenticated());
    }

    @Test
    void openApiDescribesTheEnterpriseApiForSignedInUsers() throws Exception {
        mvc.perform(get("/v3/api-docs").with(httpBasic("admin", "test-admin-password-1")))
                .andExpect(status().is3xxRedirection()); // the docs live in the web UI: sign in with the form
        var session = mvc.perform(formLogin("/login").user("admin").password("test-admin-password-1"))
                .andReturn().getRequest().getSession();
        mvc.perform(get("/v3/api-docs").session((org.springframework.mock.web.MockHttpSession) session))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/api/v1/enterprises")));
    }
}
