package io.zonebrain.evaluation.flags;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonebrain.support.TestUsers;
import io.zonebrain.support.ZonebrainTest;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo zone's 2022 flags reach its published run: two ceilings, three floors, the grades still spread. */
@ZonebrainTest
class DemoFlagsTest {

    @Autowired TestUsers users;
    @Autowired JdbcClient jdbc;
    @Autowired EvaluationFlags flags;

    @Test
    void theDemoRunShowsTheFlagsCeilingsAndFloors() {
        String officer = users.officer();
        Map<String, Long> byFlag = users.as(officer, () -> flags.list(2022, FlagFilter.none())).stream()
                .filter(f -> "system".equals(f.setBy()))
                .collect(Collectors.groupingBy(EvaluationFlag::flag, Collectors.counting()));
        assertThat(byFlag).containsEntry("SAFETY_ACCIDENT", 2L).containsEntry("MAJOR_PROJECT", 3L)
                .containsEntry("NEW_ABOVE_SCALE", 5L);

        long run = jdbc.sql("select id from evaluation_run where zone_id = :z and scheme_code = 'linping-demo-2022'"
                + " and data_year = 2022 and version = 1").param("z", users.zoneId()).query(Long.class).single();
        List<String> ceilings = reasons(run, "CEILING");
        List<String> floors = reasons(run, "FLOOR");
        assertThat(ceilings).hasSize(2).containsOnly("C");
        assertThat(floors).hasSize(3).containsOnly("C");
        Map<String, Integer> grades = jdbc.sql("select grade, count(*)::int as n from evaluation_result"
                        + " where run_id = :r and grade is not null group by grade").param("r", run)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getInt(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(grades.keySet()).contains("A", "B", "C", "D");
        assertThat(grades.getOrDefault("T", 0)).as("firms under two years at the end of 2022").isLessThan(60);
    }

    private List<String> reasons(long run, String kind) {
        return jdbc.sql("""
                select r ->> 'grade' from evaluation_result x, json_array_elements(x.trace -> 'gradeReasons') r
                where x.run_id = :run and r ->> 'kind' = :kind
                """).param("run", run).param("kind", kind).query(String.class).list();
    }
}
