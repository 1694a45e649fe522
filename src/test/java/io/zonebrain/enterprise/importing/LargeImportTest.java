package io.zonebrain.enterprise.importing;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonebrain.enterprise.internal.importing.ImportColumn;
import io.zonebrain.platform.BackgroundJobs;
import io.zonebrain.support.TestUsers;
import io.zonebrain.support.ZonebrainTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** 50,000 rows run through both background jobs (check, then apply) in modest time. */
@ZonebrainTest
class LargeImportTest {

    private static final int ROWS = 50_000;

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    ImportFlow flow;
    @Autowired
    JdbcClient jdbc;

    @Test
    void fiftyThousandRowsValidateAndApplyAsBackgroundJobs() throws Exception {
        String admin = users.admin();
        List<Map<ImportColumn, Object>> rows = new ArrayList<>(ROWS);
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (rows.size() < ROWS) {
            String uscc = Xlsx.uscc();
            if (seen.add(uscc)) {
                rows.add(Xlsx.row(uscc, "批量测试企业" + rows.size() + "有限公司"));
            }
        }
        byte[] file = Xlsx.file(rows);
        long started = System.nanoTime();
        long id = flow.uploadAndCheck(mvc, admin, "big.xlsx", file);
        long checked = System.nanoTime();
        assertThat(flow.count("valid_rows", id)).isEqualTo(ROWS);
        assertThat(flow.count("new_rows", id)).isEqualTo(ROWS);

        BackgroundJobs.JobStatus applied = flow.apply(mvc, admin, id, "all");
        long done = System.nanoTime();
        assertThat(applied.status()).as(applied.message()).isEqualTo("SUCCEEDED");
        assertThat(applied.percent()).isEqualTo(100);
        assertThat(flow.count("created_count", id)).isEqualTo(ROWS);
        assertThat(jdbc.sql("select count(*) from enterprise where uscc = any(:u)")
                .param("u", seen.toArray(String[]::new)).query(Integer.class).single()).isEqualTo(ROWS);
        System.out.printf("50k import: check %d ms, apply %d ms%n", (checked - started) / 1_000_000,
                (done - checked) / 1_000_000);
        assertThat(Duration.ofNanos(done - started)).isLessThan(Duration.ofSeconds(120));
    }
}
