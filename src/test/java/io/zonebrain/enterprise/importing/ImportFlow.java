package io.zonebrain.enterprise.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.zonebrain.platform.BackgroundJobs;
import java.time.Duration;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/** Drives the import pages as a signed-in user (a real principal from the user store) and waits for jobs. */
@Component
class ImportFlow {

    private final UserDetailsService users;
    private final BackgroundJobs jobs;
    private final JdbcClient jdbc;

    ImportFlow(UserDetailsService users, BackgroundJobs jobs, JdbcClient jdbc) {
        this.users = users;
        this.jobs = jobs;
        this.jdbc = jdbc;
    }

    <B extends AbstractMockHttpServletRequestBuilder<B>> B as(String username, B request) {
        return request.with(user(users.loadUserByUsername(username)));
    }

    MvcResult upload(MockMvc mvc, String username, String fileName, byte[] bytes) throws Exception {
        return mvc.perform(as(username, multipart("/enterprises/import")
                .file(new MockMultipartFile("file", fileName, "application/octet-stream", bytes))).with(csrf()))
                .andReturn();
    }

    /** Uploads, waits for the check, and returns the import's id. */
    long uploadAndCheck(MockMvc mvc, String username, String fileName, byte[] bytes) throws Exception {
        MvcResult r = upload(mvc, username, fileName, bytes);
        assertThat(r.getResponse().getRedirectedUrl()).startsWith("/jobs/");
        UUID job = UUID.fromString(r.getResponse().getRedirectedUrl().substring("/jobs/".length()));
        BackgroundJobs.JobStatus done = await(job, Duration.ofSeconds(120));
        assertThat(done.status()).as(done.message()).isEqualTo("SUCCEEDED");
        assertThat(done.link()).startsWith("/enterprises/import/");
        return Long.parseLong(done.link().substring("/enterprises/import/".length()));
    }

    /** Confirms and waits; returns the finished job. */
    BackgroundJobs.JobStatus apply(MockMvc mvc, String username, long importId, String mode) throws Exception {
        MvcResult r = mvc.perform(as(username, post("/enterprises/import/" + importId + "/apply").param("mode", mode))
                .with(csrf())).andReturn();
        String to = r.getResponse().getRedirectedUrl();
        assertThat(to).as("apply should start a job").startsWith("/jobs/");
        return await(UUID.fromString(to.substring("/jobs/".length())), Duration.ofSeconds(120));
    }

    MvcResult page(MockMvc mvc, String username, String path) throws Exception {
        return mvc.perform(as(username, get(path))).andReturn();
    }

    BackgroundJobs.JobStatus await(UUID job, Duration max) throws InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        while (System.nanoTime() < deadline) {
            BackgroundJobs.JobStatus s = jobs.find(job).orElseThrow();
            if (s.finished()) {
                return s;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("job " + job + " did not finish in " + max);
    }

    String status(long importId) {
        return jdbc.sql("select status from enterprise_import where id = :id").param("id", importId)
                .query(String.class).single();
    }

    int count(String column, long importId) {
        return jdbc.sql("select " + column + " from enterprise_import where id = :id").param("id", importId)
                .query(Integer.class).single();
    }

    boolean exists(String uscc) {
        return jdbc.sql("select count(*) from enterprise where uscc = :u").param("u", uscc)
                .query(Integer.class).single() > 0;
    }

    long auditEntries(String uscc) {
        return jdbc.sql("select count(*) from platform_audit_log where entity_type = 'enterprise' and entity_id = "
                        + "(select id::text from enterprise where uscc = :u)")
                .param("u", uscc).query(Long.class).single();
    }
}
