import io.zonebrain.ZonebrainApplication;
import io.zonebrain.evaluation.EnterpriseResult;
import io.zonebrain.evaluation.ScoringKernel;
import io.zonebrain.evaluation.StoredScheme;
import io.zonebrain.evaluation.internal.RunExecution;
import io.zonebrain.evaluation.internal.RunInput;
import io.zonebrain.evaluation.internal.RunInputs;
import io.zonebrain.evaluation.internal.RunWriter;
import io.zonebrain.evaluation.internal.SchemeStore;
import io.zonebrain.platform.Zones;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An evaluation run end to end over N enterprises (default 100,000, a large city), against a plain COPY of the same
 * input rows measured in the same process on the same database.
 * <ol>
 * <li>Boots Zonebrain on a fresh embedded PostgreSQL (demo off) and creates a scratch zone, which gets the shipped
 *     schemes. The fixture — N enterprises and their annual figures for 2024 — is generated deterministically with
 *     SQL straight into the enterprise and indicators tables behind the published views (a benchmark fixture, not how
 *     data enters Zonebrain: the registry and the annual-figure services validate row by row).</li>
 * <li>Baseline: the N annual-input rows of the published view, copied out once to memory, then COPYed into a
 *     scratch table (timed, truncated before each repeat).</li>
 * <li>The run: {@code RunExecution.run} (read through the views, score and grade with the kernel in FULL mode,
 *     write the versioned run and its N results with the audit entry), timed end to end; then the same three steps
 *     called one by one for the breakdown (each repeat makes two run versions).</li>
 * </ol>
 * Prints every repeat, the medians and {@code RESULT run_seconds=… copy_seconds=… ratio=…}. Run with
 * bench/evaluation/run-bench.sh.
 */
public class RunBench {

    private static final int YEAR = 2024;
    private static final String SCHEME = "linping-demo-2022";

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        String dir = args.length > 2 ? args[2] : "target/bench-run-pg-" + System.currentTimeMillis();
        // command-line arguments, so they win over application.properties (default properties would not)
        ConfigurableApplicationContext ctx = new SpringApplicationBuilder(ZonebrainApplication.class)
                .run("--server.port=0", "--zonebrain.demo.enabled=false", "--zonebrain.db.embedded-dir=" + dir,
                        "--zonebrain.admin-password=bench-" + System.nanoTime(), "--logging.level.root=WARN",
                        "--logging.level.io.zonebrain.evaluation=INFO",
                        "--logging.level.io.zonebrain.evaluation.internal.RunStore=DEBUG", "--spring.main.banner-mode=off");
        try {
            bench(ctx, n, repeats);
        } finally {
            ctx.close();
        }
    }

    private static void bench(ConfigurableApplicationContext ctx, int n, int repeats) throws Exception {
        JdbcClient jdbc = ctx.getBean(JdbcClient.class);
        DataSource dataSource = ctx.getBean(DataSource.class);
        long zoneId = ctx.getBean(Zones.class).create("bench-run-" + System.currentTimeMillis(),
                "评价基准测试区（生成数据）", false).id();

        long t0 = System.nanoTime();
        fixture(jdbc, zoneId, n);
        System.out.printf("fixture: %,d enterprises and annual figures for %d in %.2f s%n", n, YEAR, secs(t0));

        byte[] rows = copyOut(dataSource, zoneId);
        jdbc.sql("create table bench_copy_baseline as select * from indicators_published_annual with no data")
                .update();
        StoredScheme scheme = ctx.getBean(SchemeStore.class).latestInUse(zoneId, SCHEME).orElseThrow();
        RunExecution execution = ctx.getBean(RunExecution.class);
        RunInputs inputs = ctx.getBean(RunInputs.class);
        RunWriter writer = ctx.getBean(RunWriter.class);

        double[] copy = new double[repeats];
        double[] run = new double[repeats];
        double[] read = new double[repeats];
        double[] score = new double[repeats];
        double[] write = new double[repeats];
        for (int r = 0; r < repeats; r++) {
            jdbc.sql("truncate bench_copy_baseline").update();
            long c = System.nanoTime();
            long copied = copyIn(dataSource, rows);
            copy[r] = secs(c);

            long e = System.nanoTime();
            execution.run(zoneId, scheme, YEAR, (done, total) -> { });
            run[r] = secs(e);

            long s1 = System.nanoTime();
            List<RunInput> in = inputs.read(zoneId, YEAR);
            read[r] = secs(s1);
            long s2 = System.nanoTime();
            List<EnterpriseResult> results = ScoringKernel.compile(scheme.scheme())
                    .score(in.stream().map(RunInput::year).toList(), ScoringKernel.Mode.FULL);
            score[r] = secs(s2);
            long s3 = System.nanoTime();
            writer.write(zoneId, scheme, YEAR, in, results);
            write[r] = secs(s3);
            System.out.printf("repeat %d: copy %.3f s (%,d rows, %,d bytes) | run %.3f s | read %.3f s, score %.3f s,"
                    + " write %.3f s%n", r + 1, copy[r], copied, rows.length, run[r], read[r], score[r], write[r]);
        }
        long results = jdbc.sql("select count(*) from evaluation_result x join evaluation_run r on r.id = x.run_id"
                + " where r.zone_id = :z").param("z", zoneId).query(Long.class).single();
        System.out.printf("%,d runs written, %,d results in all%n", 2 * repeats, results);
        double runMedian = median(run);
        double copyMedian = median(copy);
        System.out.printf("median of %d: run %.3f s (read %.3f, score %.3f, write %.3f), copy %.3f s%n", repeats,
                runMedian, median(read), median(score), median(write), copyMedian);
        System.out.printf("RESULT run_seconds=%.3f copy_seconds=%.3f ratio=%.1f read_seconds=%.3f score_seconds=%.3f"
                        + " write_seconds=%.3f enterprises=%d%n", runMedian, copyMedian, runMedian / copyMedian,
                median(read), median(score), median(write), n);
    }

    /**
     * N enterprises and one year of annual figures, deterministic: every "random" number is a hash of the row
     * number and a salt. ~39% above-scale (656 of 1,695 in 临平 2022), land 2–122 亩, tax per 亩 log-spread around a
     * few 万元 (about 5% below the 2 万元/亩 D line), 95% with emission figures.
     */
    private static void fixture(JdbcClient jdbc, long zoneId, int n) {
        jdbc.sql(u("""
                insert into enterprise (zone_id, uscc, name, founded_on, industry_code, above_scale, own_land_mu)
                select :zone, 'BENCH' || lpad(i::text, 13, '0'), '评价基准企业' || i, date '2010-01-01',
                       (array['3411', '2710', '3511', '2611'])[1 + (i % 4)], pg_temp.u(i, 'scale') < 0.387,
                       round((2 + pg_temp.u(i, 'land') * 120)::numeric, 2)
                from generate_series(1, :n) i
                """)).param("zone", zoneId).param("n", n).update();
        jdbc.sql(u("""
                insert into indicators_annual_figure (enterprise_id, zone_id, year, taxes_paid_yuan, value_added_yuan,
                       revenue_yuan, energy_tce, cod_t, ammonia_nitrogen_t, so2_t, nox_t, rd_expense_yuan, employees,
                       land_used_mu, source, reported_by)
                select e.id, e.zone_id, :year, round((land * 10000 * exp(2.3 * pg_temp.u(e.id, 'tax') + 0.2))::numeric, 2),
                       round(va::numeric, 2), round((va * 3.5)::numeric, 2), round((va / 10000 / 3)::numeric, 3),
                       case when pg_temp.u(e.id, 'em') < 0.95 then round((va / 1e8)::numeric, 4) end,
                       case when pg_temp.u(e.id, 'em') < 0.95 then round((va / 1e9)::numeric, 4) end,
                       case when pg_temp.u(e.id, 'em') < 0.95 then round((va / 5e8)::numeric, 4) end,
                       case when pg_temp.u(e.id, 'em') < 0.95 then round((va / 5e8)::numeric, 4) end,
                       round((va * 3.5 * 0.03 * pg_temp.u(e.id, 'rd'))::numeric, 2),
                       greatest(5, round(va / 10000 / 20)), land, 'DEMO', 'bench'
                from (select id, zone_id, own_land_mu as land,
                             own_land_mu * 10000 * exp(3 + 1.5 * pg_temp.u(id, 'va')) as va
                      from enterprise where zone_id = :zone) e
                """)).param("zone", zoneId).param("year", YEAR).update();
        jdbc.sql("analyze enterprise").update();
        jdbc.sql("analyze indicators_annual_figure").update();
    }

    /** Writes out pg_temp.u(x, 'salt'): a uniform number in [0, 1) from the md5 of the row number and a salt. */
    private static String u(String sql) {
        return java.util.regex.Pattern.compile("pg_temp\\.u\\(([a-z.]+), '([a-z]+)'\\)").matcher(sql)
                .replaceAll("(('x' || substr(md5(($1)::text || '$2'), 1, 8))::bit(32)::bigint / 4294967296.0)");
    }

    private static byte[] copyOut(DataSource dataSource, long zoneId) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            c.unwrap(PGConnection.class).getCopyAPI().copyOut("copy (select * from indicators_published_annual"
                    + " where zone_id = " + zoneId + " and year = " + YEAR + ") to stdout", out);
            return out.toByteArray();
        }
    }

    private static long copyIn(DataSource dataSource, byte[] rows) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            return c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy bench_copy_baseline from stdin",
                    new ByteArrayInputStream(rows));
        }
    }

    private static double secs(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
