package io.zonebrain.evaluation.policies;

import io.zonebrain.platform.DataScope;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** evaluation_remediation and its notes; reads are limited to the caller's data scope through the published view. */
@Repository
class RemediationStore {

    private static final String COLUMNS = """
            c.id, c.run_id, c.scheme_code, c.data_year, c.enterprise_id, c.enterprise_name, c.uscc, c.land_mu,
            c.measures, c.owner, c.deadline, c.status, c.freed_land_mu, c.closed_by, c.closed_at, c.created_at,
            c.version
            from evaluation_remediation c join enterprise_published_dimensions d on d.enterprise_id = c.enterprise_id
            """;

    private final JdbcClient jdbc;

    RemediationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A case for each enterprise with the worst grade in a published run that has none for its scheme and year. */
    int openFor(long zoneId, long runId, String worstGrade) {
        return jdbc.sql("""
                insert into evaluation_remediation (zone_id, run_id, scheme_code, data_year, enterprise_id,
                                                    enterprise_name, uscc, land_mu)
                select r.zone_id, r.id, r.scheme_code, r.data_year, x.enterprise_id, x.enterprise_name, x.uscc,
                       round(cast(x.inputs ->> 'landMu' as numeric), 2)
                from evaluation_result x join evaluation_run r on r.id = x.run_id
                where r.id = :run and r.zone_id = :zone and r.status in ('PUBLISHED', 'FINAL') and x.grade = :grade
                order by x.enterprise_id
                on conflict (zone_id, scheme_code, data_year, enterprise_id) do nothing
                """).param("run", runId).param("zone", zoneId).param("grade", worstGrade).update();
    }

    /**
     * Withdraws the open cases of the run's scheme and year whose enterprise the run does not put in the worst grade
     * (an accepted objection corrected it), with a note naming the run; returns the withdrawn cases' ids.
     */
    List<Long> withdrawNoLongerWorst(long zoneId, long runId, String worstGrade, String actor) {
        List<Long> ids = jdbc.sql("""
                update evaluation_remediation c
                set status = 'WITHDRAWN', closed_by = :actor, closed_at = now(), version = c.version + 1
                from evaluation_run r
                where r.id = :run and r.zone_id = :zone and c.zone_id = r.zone_id
                  and c.scheme_code = r.scheme_code and c.data_year = r.data_year and c.status = 'OPEN'
                  and not exists (select 1 from evaluation_result x
                                  where x.run_id = r.id and x.enterprise_id = c.enterprise_id and x.grade = :grade)
                returning c.id
                """).param("run", runId).param("zone", zoneId).param("grade", worstGrade).param("actor", actor)
                .query(Long.class).list();
        return ids;
    }

    List<RemediationCase> list(DataScope scope, RemediationCase.Filter f) {
        var condition = scope.condition("d.zone_id", "d.grid_id", "d.enterprise_id");
        return jdbc.sql("select " + COLUMNS + " where c.zone_id = :zone and " + condition.sql() + """
                  and (cast(:status as text) is null or c.status = :status)
                  and (cast(:owner as text) is null or c.owner = :owner)
                  and (cast(:name as text) is null or c.enterprise_name like '%' || :name || '%')
                  and (cast(:run as bigint) is null or c.run_id = :run)
                  and (cast(:enterprise as bigint) is null or c.enterprise_id = :enterprise)
                order by c.data_year desc, c.status, c.deadline nulls last, c.enterprise_name, c.id
                """).param("zone", scope.zoneId()).params(condition.params())
                .param("status", f.status() == null ? null : f.status().name()).param("owner", blank(f.owner()))
                .param("name", blank(f.name())).param("run", f.runId()).param("enterprise", f.enterpriseId())
                .query(RemediationStore::remediation).list();
    }

    Optional<RemediationCase> find(DataScope scope, long id) {
        var condition = scope.condition("d.zone_id", "d.grid_id", "d.enterprise_id");
        return jdbc.sql("select " + COLUMNS + " where c.id = :id and c.zone_id = :zone and " + condition.sql())
                .param("id", id).param("zone", scope.zoneId()).params(condition.params())
                .query(RemediationStore::remediation).optional();
    }

    RemediationCase.Totals totals(DataScope scope) {
        var condition = scope.condition("d.zone_id", "d.grid_id", "d.enterprise_id");
        return jdbc.sql("""
                select count(*) as cases,
                       count(*) filter (where c.status = 'OPEN') as open,
                       count(*) filter (where c.status = 'LIFTED') as lifted,
                       count(*) filter (where c.status = 'EXITED') as exited,
                       coalesce(sum(c.freed_land_mu), 0) as freed
                from evaluation_remediation c join enterprise_published_dimensions d on d.enterprise_id = c.enterprise_id
                where c.zone_id = :zone and """ + " " + condition.sql())
                .param("zone", scope.zoneId()).params(condition.params())
                .query((rs, n) -> new RemediationCase.Totals(rs.getInt("cases"), rs.getInt("open"),
                        rs.getInt("lifted"), rs.getInt("exited"), rs.getBigDecimal("freed").stripTrailingZeros()))
                .single();
    }

    /** Guarded by version: a concurrent edit changes nothing and the caller reports the conflict. */
    boolean update(long id, int version, List<RemediationCase.Measure> measures, String owner, LocalDate deadline) {
        return jdbc.sql("""
                update evaluation_remediation set measures = :measures, owner = :owner, deadline = :deadline,
                       version = version + 1
                where id = :id and version = :version and status = 'OPEN'
                """).param("id", id).param("version", version).param("measures", join(measures))
                .param("owner", blank(owner)).param("deadline", deadline).update() == 1;
    }

    boolean close(long id, int version, RemediationCase.Status status, BigDecimal freedLandMu, String actor) {
        return jdbc.sql("""
                update evaluation_remediation set status = :status, freed_land_mu = :freed, closed_by = :actor,
                       closed_at = now(), version = version + 1
                where id = :id and version = :version and status = 'OPEN'
                """).param("id", id).param("version", version).param("status", status.name())
                .param("freed", freedLandMu).param("actor", actor).update() == 1;
    }

    void addNote(long caseId, String note, String actor) {
        jdbc.sql("insert into evaluation_remediation_note (case_id, note, written_by) values (:c, :n, :a)")
                .param("c", caseId).param("n", note).param("a", actor).update();
    }

    List<RemediationCase.Note> notes(long caseId) {
        return jdbc.sql("select id, note, written_by, written_at from evaluation_remediation_note where case_id = :c"
                        + " order by written_at, id")
                .param("c", caseId).query((rs, n) -> new RemediationCase.Note(rs.getLong("id"), rs.getString("note"),
                        rs.getString("written_by"), instant(rs.getTimestamp("written_at")))).list();
    }

    /** The demo's cases, in a stable order, whatever the caller's scope (the seed runs as the system). */
    List<Long> idsOfRun(long zoneId, long runId) {
        return jdbc.sql("select id from evaluation_remediation where zone_id = :zone and run_id = :run order by id")
                .param("zone", zoneId).param("run", runId).query(Long.class).list();
    }

    static String join(List<RemediationCase.Measure> measures) {
        return measures == null ? "" : measures.stream().distinct().sorted().map(Enum::name)
                .collect(Collectors.joining(","));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static RemediationCase remediation(ResultSet rs, int n) throws SQLException {
        String measures = rs.getString("measures");
        return new RemediationCase(rs.getLong("id"), rs.getLong("run_id"), rs.getString("scheme_code"),
                rs.getInt("data_year"), rs.getLong("enterprise_id"), rs.getString("enterprise_name"),
                rs.getString("uscc"), rs.getBigDecimal("land_mu"),
                measures == null || measures.isBlank() ? List.of() : Arrays.stream(measures.split(","))
                        .map(RemediationCase.Measure::valueOf).toList(),
                rs.getString("owner"), rs.getObject("deadline", LocalDate.class),
                RemediationCase.Status.valueOf(rs.getString("status")), rs.getBigDecimal("freed_land_mu"),
                rs.getString("closed_by"), instant(rs.getTimestamp("closed_at")), instant(rs.getTimestamp("created_at")),
                rs.getInt("version"));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
