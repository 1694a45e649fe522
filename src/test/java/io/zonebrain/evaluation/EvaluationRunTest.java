package io.zonebrain.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonebrain.enterprise.Enterprise;
import io.zonebrain.indicators.AnnualFigures;
import io.zonebrain.indicators.AnnualIndicator;
import io.zonebrain.indicators.AnnualSubmission;
import io.zonebrain.indicators.MoneyUnit;
import io.zonebrain.indicators.ReportSource;
import io.zonebrain.platform.BackgroundJobs;
import io.zonebrain.platform.ValidationException;
import io.zonebrain.support.TestEnterprises;
import io.zonebrain.support.TestUsers;
import io.zonebrain.support.ZonebrainTest;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Runs over hand-made enterprises for data years no other test uses (2014, 2013 without data): grades and ranks
 * by the Linping demo scheme, versions, immutability of published runs, zero land, publishing twice.
 */
@ZonebrainTest
class EvaluationRunTest {

    private static final String SCHEME = "linping-demo-2022";

    @Autowired
    io.zonebrain.support.TestJobs testJobs;
    @Autowired TestUsers users;
    @Autowired TestEnterprises enterprises;
    @Autowired AnnualFigures annual;
    @Autowired EvaluationRuns runs;
    @Autowired BackgroundJobs jobs;
    @Autowired JdbcClient jdbc;

    /**
     * Six above-scale firms on 10 亩, alike but for tax: 亩均税收 30 / 15 / 10 / 5 / 1 万元/亩 and one with zero land.
     * Other indicators give every firm 20 + 1.5 + 15 + 10 = 46.5 points; tax gives 80 (capped), 40, 26.67, 13.33.
     * The 1 万元/亩 firm is D by the absolute rule; the other four split 20/45/35%: 1 A, 2 B (cumulative 2.6 → 3), 1 C.
     */
    @Test
    void aRunGradesAndRanksTheYearsEnterprisesAndEveryRerunIsANewVersion() {
        int year = 2014;
        String officer = users.officer();
        Map<String, Enterprise> firms = new java.util.LinkedHashMap<>();
        firms.put("A", firm("甲", officer, year, "10", "3000000"));
        firms.put("B1", firm("乙", officer, year, "10", "1500000"));
        firms.put("B2", firm("丙", officer, year, "10", "1000000"));
        firms.put("C", firm("丁", officer, year, "10", "500000"));
        firms.put("D", firm("戊", officer, year, "10", "100000"));
        firms.put("noLand", firm("己", officer, year, "0", "100000"));

        long first = runAndWait(officer, year);
        EvaluationRun run = users.as(officer, () -> runs.get(first));
        assertThat(run.version()).isEqualTo(1);
        assertThat(run.status()).isEqualTo(EvaluationRun.Status.DRAFT);
        assertThat(run.enterprises()).isEqualTo(6);
        assertThat(run.graded()).isEqualTo(5);
        assertThat(run.invalid()).isEqualTo(1);

        Map<Long, RunResultLine> lines = users.as(officer, () -> runs.results(first, RunFilter.none())).stream()
                .collect(Collectors.toMap(RunResultLine::enterpriseId, Function.identity()));
        assertThat(lines.get(firms.get("A").id())).extracting(RunResultLine::grade, RunResultLine::rank,
                l -> l.total().toPlainString()).containsExactly("A", 1, "126.50");
        assertThat(lines.get(firms.get("B1").id())).extracting(RunResultLine::grade, RunResultLine::rank)
                .containsExactly("B", 2);
        assertThat(lines.get(firms.get("B2").id())).extracting(RunResultLine::grade, RunResultLine::rank,
                l -> l.total().toPlainString()).containsExactly("B", 3, "73.17");
        assertThat(lines.get(firms.get("C").id())).extracting(RunResultLine::grade, RunResultLine::rank)
                .containsExactly("C", 4);
        assertThat(lines.get(firms.get("D").id())).extracting(RunResultLine::grade, RunResultLine::rank)
                .containsExactly("D", 5);
        RunResultLine noLand = lines.get(firms.get("noLand").id());
        assertThat(noLand.valid()).isFalse();
        assertThat(noLand.grade()).isNull();
        assertThat(noLand.rank()).isNull();
        String trace = jdbc.sql("select trace::text from evaluation_result where run_id = :r and enterprise_id = :e")
                .param("r", first).param("e", firms.get("noLand").id()).query(String.class).single();
        assertThat(trace).contains("evaluation.input.zeroDenominator").contains("landMu");
        assertThat(users.as(officer, () -> runs.results(first, new RunFilter("B", null, null)))).hasSize(2);

        // re-run: version 2, version 1 untouched
        String before = snapshot(first);
        long second = runAndWait(officer, year);
        assertThat(users.as(officer, () -> runs.get(second)).version()).isEqualTo(2);
        assertThat(snapshot(first)).isEqualTo(before);

        // publish, twice: the second is refused and changes nothing
        EvaluationRun published = users.as(officer, () -> runs.publish(first, "公示"));
        assertThat(published.status()).isEqualTo(EvaluationRun.Status.PUBLISHED);
        assertThatThrownBy(() -> users.as(officer, () -> runs.publish(first, "again")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(f -> f.messageCode()).containsExactly("runs.publish.notDraft"));
        assertThat(users.as(officer, () -> runs.get(first)).publishedAt()).isEqualTo(published.publishedAt());
        assertThat(jdbc.sql("select count(*) from platform_audit_log where entity_type = 'evaluation_run'"
                + " and entity_id = :id and action = 'PUBLISH'").param("id", String.valueOf(first))
                .query(Integer.class).single()).isEqualTo(1);

        // a published run cannot be modified, not even by SQL
        assertThatThrownBy(() -> jdbc.sql("update evaluation_result set grade = 'A' where run_id = :r")
                .param("r", first).update()).hasMessageContaining("immutable");
        assertThatThrownBy(() -> jdbc.sql("update evaluation_run set status = 'DRAFT' where id = :r")
                .param("r", first).update()).hasMessageContaining("cannot go from PUBLISHED to DRAFT");
        assertThatThrownBy(() -> jdbc.sql("delete from evaluation_result where run_id = :r")
                .param("r", first).update()).hasMessageContaining("immutable");
        assertThat(snapshot(first)).isEqualTo(before);

        EvaluationRun fin = users.as(officer, () -> runs.finalise(first, "定稿"));
        assertThat(fin.status()).isEqualTo(EvaluationRun.Status.FINAL);
        assertThatThrownBy(() -> users.as(officer, () -> runs.finalise(second, "draft")))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void aYearWithoutDataIsRefusedAndNothingIsWritten() {
        String officer = users.officer();
        int before = jdbc.sql("select count(*) from evaluation_run").query(Integer.class).single();
        assertThatThrownBy(() -> users.as(officer, () -> runs.start(SCHEME, 2013)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(f -> f.messageCode()).containsExactly("evaluation.run.noData"));
        assertThatThrownBy(() -> users.as(officer, () -> runs.start("no-such-scheme", 2022)))
                .isInstanceOf(ValidationException.class);
        assertThat(jdbc.sql("select count(*) from evaluation_run").query(Integer.class).single()).isEqualTo(before);
    }

    private Enterprise firm(String name, String officer, int year, String land, String tax) {
        Enterprise e = enterprises.create("亩均评价测试" + name + "有限公司" + UUID.randomUUID().toString().substring(0, 6), null);
        Map<AnnualIndicator, BigDecimal> v = new EnumMap<>(AnnualIndicator.class);
        v.put(AnnualIndicator.LAND_USED, new BigDecimal(land));
        v.put(AnnualIndicator.TAXES_PAID, new BigDecimal(tax));
        v.put(AnnualIndicator.VALUE_ADDED, new BigDecimal("6000000"));
        v.put(AnnualIndicator.REVENUE, new BigDecimal("10000000"));
        v.put(AnnualIndicator.ENERGY, new BigDecimal("2400"));
        v.put(AnnualIndicator.EMPLOYEES, new BigDecimal("30"));
        v.put(AnnualIndicator.RD_EXPENSE, new BigDecimal("300000"));
        users.as(officer, () -> annual.submit(new AnnualSubmission(e.id(), null, year, v, null, true,
                MoneyUnit.YUAN, ReportSource.API)));
        return e;
    }

    private long runAndWait(String officer, int year) {
        UUID job = users.as(officer, () -> runs.start(SCHEME, year));
        return testJobs.resultId(job, java.time.Duration.ofSeconds(30));
    }

    private String snapshot(long runId) {
        return jdbc.sql("select string_agg(enterprise_id || ':' || coalesce(grade, '-') || ':' || coalesce(total::text, '')"
                        + " || ':' || trace::text, '|' order by enterprise_id) from evaluation_result where run_id = :r")
                .param("r", runId).query(String.class).single()
                + jdbc.sql("select version::text from evaluation_run where id = :r").param("r", runId)
                .query(String.class).single();
    }
}
