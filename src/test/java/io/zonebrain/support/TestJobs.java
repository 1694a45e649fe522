package io.zonebrain.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonebrain.platform.BackgroundJobs;
import java.time.Duration;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Waits for a background job the way its progress page does: by polling its stored status. */
@Component
public class TestJobs {

    private final BackgroundJobs jobs;

    public TestJobs(BackgroundJobs jobs) {
        this.jobs = jobs;
    }

    /** The finished job, asserted to have succeeded; fails the test when it does not finish in time. */
    public BackgroundJobs.JobStatus succeeded(UUID job, Duration max) {
        long deadline = System.nanoTime() + max.toNanos();
        while (System.nanoTime() < deadline) {
            BackgroundJobs.JobStatus s = jobs.find(job).orElseThrow();
            if (s.finished()) {
                assertThat(s.status()).as(s.message()).isEqualTo("SUCCEEDED");
                return s;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("job " + job + " did not finish within " + max);
    }

    /** The id at the end of the finished job's result link (e.g. /evaluation/runs/42 → 42). */
    public long resultId(UUID job, Duration max) {
        String link = succeeded(job, max).link();
        return Long.parseLong(link.substring(link.lastIndexOf('/') + 1));
    }
}
