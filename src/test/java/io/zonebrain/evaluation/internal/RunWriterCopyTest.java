package io.zonebrain.evaluation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonebrain.evaluation.EnterpriseResult;
import io.zonebrain.evaluation.EnterpriseYear;
import io.zonebrain.evaluation.InputField;
import io.zonebrain.evaluation.ScoringKernel;
import io.zonebrain.evaluation.StoredScheme;
import io.zonebrain.support.TestUsers;
import io.zonebrain.support.ZonebrainTest;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The results go to the database with COPY: text that COPY reads specially (tab, newline, backslash, a literal
 * \N) arrives unchanged, a missing USCC is null, and the traces are valid jsonb (data year 2000, used by no other test).
 */
@ZonebrainTest
class RunWriterCopyTest {

    @Autowired RunWriter writer;
    @Autowired SchemeStore schemes;
    @Autowired TestUsers users;
    @Autowired JdbcClient jdbc;
    @Autowired RunStore store;

    private static double finite(double d) {
        return Double.isInfinite(d) ? Double.NaN : d;
    }

    @Test
    void awkwardTextSurvivesTheCopy() {
        long zone = users.zoneId();
        StoredScheme scheme = schemes.latestInUse(zone, "linping-demo-2022").orElseThrow();
        String name = "甲\t乙\\丙\n丁\r戊 \\N 'x' \"y\"";
        double[] v = InputField.noValues();
        v[InputField.LAND_MU.ordinal()] = 10;
        v[InputField.TAX_YUAN.ordinal()] = 1_000_000;
        EnterpriseYear year = new EnterpriseYear("-42", null, true, "3411", null, v, Set.of());
        List<EnterpriseResult> results = ScoringKernel.compile(scheme.scheme()).score(List.of(year),
                ScoringKernel.Mode.FULL);
        long run = writer.write(zone, scheme, 2000, List.of(new RunInput(year, name, null)), results);

        var row = jdbc.sql("select enterprise_name, uscc, valid, inputs ->> 'taxYuan' as tax,"
                        + " json_array_length(trace -> 'indicators') as lines from evaluation_result where run_id = :r")
                .param("r", run).query().singleRow();
        assertThat(row.get("enterprise_name")).isEqualTo(name);
        assertThat(row.get("uscc")).isNull();
        assertThat(row.get("tax")).isEqualTo("1000000.0");
        assertThat(((Number) row.get("lines")).intValue()).isEqualTo(5);
        assertThat(jdbc.sql("select enterprises from evaluation_run where id = :r").param("r", run)
                .query(Integer.class).single()).isEqualTo(1);
        // the compact trace (cohort constants once on the run) reads back as the kernel's own lines (JSON has no
        // infinity: the empty cohort low/high of an unscored indicator reads back as NaN, as it always did)
        var detail = store.detail(run, -42).orElseThrow();
        assertThat(detail.indicators().toString()).isEqualTo(results.get(0).indicators().stream().map(s -> new io.zonebrain.evaluation.IndicatorScore(
                        s.code(), s.name(), s.unit(), s.method(), s.weight(), s.value(), s.benchmark(),
                        finite(s.low()), finite(s.high()), s.rawPoints(), s.points(), s.outcome(), s.ruleApplied(),
                        s.problemFields())).toList().toString());
        assertThat(jdbc.sql("select (trace -> 'indicators' -> 0 -> 'benchmark') is not null from evaluation_result where run_id = :r")
                .param("r", run).query(Boolean.class).single()).as("stored once on the run, not per result").isFalse();
        assertThat(jdbc.sql("select trace_constants -> 'above-scale' -> 'taxPerMu' ->> 'benchmark'"
                + " from evaluation_run where id = :r").param("r", run).query(String.class).single()).isEqualTo("15.0");
    }
}
