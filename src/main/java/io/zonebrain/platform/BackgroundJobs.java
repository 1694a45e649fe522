package io.zonebrain.platform;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Long work (imports, evaluation runs, allocation) runs here. Progress is written to the database, so a page can
 * poll it and a reload finds the job again. The job runs with the starter's identity, so audit entries name them.
 */
@Service
public class BackgroundJobs implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(BackgroundJobs.class);

    private final JdbcClient jdbc;
    private final ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "zonebrain-job");
        t.setDaemon(true);
        return t;
    });

    public BackgroundJobs(JdbcClient jdbc) {
        this.jdbc = jdbc;
        // Jobs that were running when the server stopped will never finish; say so instead of spinning forever.
        jdbc.sql("update platform_job set status = 'FAILED', message = 'interrupted by a server restart', "
                + "finished_at = now() where status = 'RUNNING'").update();
    }

    public UUID start(String kind, Work work) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into platform_job (id, kind, owner, status) values (:id, :kind, :owner, 'RUNNING')")
                .param("id", id).param("kind", kind).param("owner", CallerContext.actorName()).update();
        SecurityContext starter = SecurityContextHolder.getContext();
        executor.submit(() -> run(id, work, starter));
        return id;
    }

    private void run(UUID id, Work work, SecurityContext starter) {
        SecurityContextHolder.setContext(starter);
        try {
            Outcome outcome = work.run(new Progress(id));
            jdbc.sql("update platform_job set status = 'SUCCEEDED', message = :m, result_link = :l, "
                            + "done = greatest(done, total), finished_at = now() where id = :id")
                    .param("m", outcome.message()).param("l", outcome.link()).param("id", id).update();
        } catch (RuntimeException | Error e) {
            log.warn("job {} failed", id, e);
            jdbc.sql("update platform_job set status = 'FAILED', message = :m, finished_at = now() where id = :id")
                    .param("m", truncate(String.valueOf(e.getMessage()))).param("id", id).update();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    public Optional<JobStatus> find(UUID id) {
        return jdbc.sql("select id, kind, owner, status, done, total, message, result_link, started_at, finished_at "
                        + "from platform_job where id = :id")
                .param("id", id)
                .query((rs, n) -> new JobStatus(rs.getObject("id", UUID.class), rs.getString("kind"),
                        rs.getString("owner"), rs.getString("status"), rs.getInt("done"), rs.getInt("total"),
                        rs.getString("message"), rs.getString("result_link"),
                        rs.getTimestamp("started_at").toInstant(),
                        rs.getTimestamp("finished_at") == null ? null : rs.getTimestamp("finished_at").toInstant()))
                .optional();
    }

    private static String truncate(String s) {
        return s.length() > 1900 ? s.substring(0, 1900) : s;
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }

    /** The work of a job; it reports progress and returns what to show when done. */
    @FunctionalInterface
    public interface Work {
        Outcome run(Progress progress);
    }

    public record Outcome(String message, String link) {
    }

    /** Handed to running work. Writes are cheap single-row updates; call it every few hundred items. */
    public final class Progress {
        private final UUID id;

        private Progress(UUID id) {
            this.id = id;
        }

        public UUID jobId() {
            return id;
        }

        public void update(int done, int total) {
            jdbc.sql("update platform_job set done = :d, total = :t where id = :id")
                    .param("d", done).param("t", total).param("id", id).update();
        }

        public void message(String message) {
            jdbc.sql("update platform_job set message = :m where id = :id")
                    .param("m", truncate(message)).param("id", id).update();
        }
    }

    public record JobStatus(UUID id, String kind, String owner, String status, int done, int total, String message,
                            String link, Instant startedAt, Instant finishedAt) {

        public int percent() {
            return total <= 0 ? (finished() ? 100 : 0) : (int) Math.min(100, done * 100L / total);
        }

        public boolean finished() {
            return !"RUNNING".equals(status);
        }
    }
}
