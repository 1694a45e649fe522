package io.zonebrain.evaluation.internal;

import io.zonebrain.evaluation.EnterpriseResult;
import io.zonebrain.evaluation.EvaluationRun;
import io.zonebrain.evaluation.GradeCount;
import io.zonebrain.evaluation.GradeDistribution;
import io.zonebrain.evaluation.NotGradedLine;
import io.zonebrain.evaluation.RunFilter;
import io.zonebrain.evaluation.RunResultDetail;
import io.zonebrain.evaluation.RunResultLine;
import io.zonebrain.platform.DataScope;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.sql.Connection;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * evaluation_run and evaluation_result. Results are only inserted; a run row only changes its status, and only by a
 * guarded update (the row must still be in the expected status), which the V41 triggers back up in the database.
 * Result reads join enterprise_published_dimensions for the caller's data scope.
 */
@Repository
public class RunStore {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(RunStore.class);

    private static final String RUN_COLUMNS = """
            r.id, r.scheme_code, r.scheme_version, s.name as scheme_name, r.data_year, r.version, r.status,
            r.enterprises, r.graded, r.invalid, r.created_by, r.created_at, r.published_by, r.published_at,
            r.finalised_by, r.finalised_at, r.objection_deadline, r.supersedes_run_id, r.republished,
            (select n.id from evaluation_run n where n.supersedes_run_id = r.id) as superseded_by
            from evaluation_run r join evaluation_scheme s on s.id = r.scheme_id
            """;
    private static final String LINE_COLUMNS = """
            x.run_id, x.enterprise_id, x.enterprise_name, x.uscc, x.cohort, x.valid, x.total, x.rank, x.ranked,
            x.grade
            """;

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final JsonMapper json;

    RunStore(JdbcClient jdbc, DataSource dataSource, JsonMapper json) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.json = json;
    }

    /**
     * Serialises concurrent runs of one scheme and year, so two never take the same version number; corrections,
     * filings and decisions on the same scheme and year take it too, so a correction never races a filing.
     * Transaction-scoped and re-entrant within the transaction.
     */
    public void lockVersions(long zoneId, String schemeCode, int year) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext(:key))")
                .param("key", "evaluation_run:" + zoneId + ":" + schemeCode + ":" + year).query().singleRow();
    }

    int nextVersion(long zoneId, String schemeCode, int year) {
        return jdbc.sql("select coalesce(max(version), 0) + 1 from evaluation_run"
                        + " where zone_id = :zone and scheme_code = :code and data_year = :year")
                .param("zone", zoneId).param("code", schemeCode).param("year", year).query(Integer.class).single();
    }

    long insertRun(long zoneId, long schemeId, String schemeCode, int schemeVersion, int year, int version,
                   int enterprises, int graded, int invalid, String actor,
                   Map<String, Map<String, StoredTrace.Constants>> traceConstants) {
        return jdbc.sql("""
                insert into evaluation_run (zone_id, scheme_id, scheme_code, scheme_version, data_year, version, status,
                                            enterprises, graded, invalid, created_by, trace_constants)
                values (:zone, :scheme, :code, :schemeVersion, :year, :version, 'DRAFT', :n, :graded, :invalid, :actor,
                        cast(:constants as jsonb))
                returning id
                """)
                .param("zone", zoneId).param("scheme", schemeId).param("code", schemeCode)
                .param("schemeVersion", schemeVersion).param("year", year).param("version", version)
                .param("n", enterprises).param("graded", graded).param("invalid", invalid).param("actor", actor)
                .param("constants", json.writeValueAsString(traceConstants))
                .query(Long.class).single();
    }

    /**
     * All the run's results with one PostgreSQL COPY on the transaction's own connection (so they commit or roll back
     * with the run row and its audit entry); inputs and results are in the same order. COPY rather than batched
     * inserts: a large city's 100,000 results with their traces took ~30 s as a batch (docs/performance.md).
     */
    void insertResults(long runId, List<RunInput> inputs, List<EnterpriseResult> results,
                       Map<String, Map<String, StoredTrace.Constants>> traceConstants) {
        var traces = json.writerFor(StoredTrace.class);
        var inputWriter = json.writerFor(Map.class);
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                    copy evaluation_result (run_id, enterprise_id, enterprise_name, uscc, cohort, valid, total, rank,
                                            ranked, grade, inputs, trace) from stdin""");
            try {
                CopyRows rows = new CopyRows(copy);
                long started = System.nanoTime();
                long serialising = 0;
                for (int i = 0; i < inputs.size(); i++) {
                    RunInput in = inputs.get(i);
                    EnterpriseResult r = results.get(i);
                    boolean valid = r.problems().isEmpty() && r.cohort() != null;
                    long s0 = System.nanoTime();
                    String inputJson = inputWriter.writeValueAsString(inputsOf(in));
                    String traceJson = traces.writeValueAsString(StoredTrace.of(r,
                            traceConstants.getOrDefault(r.cohort() == null ? "" : r.cohort(), Map.of())));
                    serialising += System.nanoTime() - s0;
                    rows.value(runId).value(Long.parseLong(r.enterpriseId())).text(in.name()).text(in.uscc())
                            .text(r.cohort()).value(valid)
                            .value(valid ? BigDecimal.valueOf(r.total()).setScale(2, RoundingMode.HALF_UP) : null)
                            .value(r.rank() > 0 ? r.rank() : null).value(r.rank() > 0 ? r.ranked() : null)
                            .text(r.grade()).text(inputJson).last(traceJson);
                }
                rows.flush();
                long sent = System.nanoTime();
                copy.endCopy();
                log.debug("run {}: {} results, {} bytes: JSON {} ms, sending {} ms, server finishing {} ms", runId,
                        inputs.size(), rows.bytes(), serialising / 1_000_000, (sent - started) / 1_000_000,
                        (System.nanoTime() - sent) / 1_000_000);
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("could not write the results of run " + runId, e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** The kernel's inputs; a missing figure is left out (read back as missing). */
    private static Map<String, Object> inputsOf(RunInput in) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (var f : io.zonebrain.evaluation.InputField.values()) {
            double v = in.year().value(f);
            if (!Double.isNaN(v)) {
                m.put(f.key(), v);
            }
        }
        m.put("aboveScale", in.year().aboveScale());
        m.put("industryCode", in.year().industryCode());
        return m;
    }

    /** Guarded: changes nothing unless the run is still in {@code from}; true when this call moved it. */
    public boolean publish(long runId, String actor, LocalDate objectionDeadline) {
        return jdbc.sql("update evaluation_run set status = 'PUBLISHED', published_by = :actor, published_at = now(),"
                        + " objection_deadline = :deadline where id = :id and status = 'DRAFT'")
                .param("id", runId).param("actor", actor).param("deadline", objectionDeadline).update() == 1;
    }

    /**
     * A correction continues the publication of the version it supersedes: DRAFT → PUBLISHED now, with that
     * version's objection deadline, naming it. Guarded: true only when this call moved the draft.
     */
    public boolean publishCorrection(long runId, long supersededRunId, String actor, LocalDate objectionDeadline) {
        return jdbc.sql("update evaluation_run set status = 'PUBLISHED', published_by = :actor, published_at = now(),"
                        + " objection_deadline = :deadline, supersedes_run_id = :old where id = :id and status = 'DRAFT'")
                .param("id", runId).param("actor", actor).param("deadline", objectionDeadline)
                .param("old", supersededRunId).update() == 1;
    }

    /**
     * The version of a scheme and data year that stands published or final, other than {@code exceptRunId}: at most
     * one does (publishing another replaces a published one and is refused while one is final).
     */
    public Optional<EvaluationRun> standing(long zoneId, String schemeCode, int year, long exceptRunId) {
        return jdbc.sql("select " + RUN_COLUMNS + " where r.zone_id = :zone and r.scheme_code = :code"
                        + " and r.data_year = :year and r.status in ('PUBLISHED', 'FINAL') and r.id <> :except"
                        + " order by r.version desc limit 1")
                .param("zone", zoneId).param("code", schemeCode).param("year", year).param("except", exceptRunId)
                .query(RunStore::run).optional();
    }

    /**
     * A re-publication: DRAFT → PUBLISHED now with a new objection deadline, replacing the published version it
     * names. Guarded: true only when this call moved the draft.
     */
    public boolean publishReplacing(long runId, long replacedRunId, String actor, LocalDate objectionDeadline) {
        return jdbc.sql("update evaluation_run set status = 'PUBLISHED', published_by = :actor, published_at = now(),"
                        + " objection_deadline = :deadline, supersedes_run_id = :old, republished = true"
                        + " where id = :id and status = 'DRAFT'")
                .param("id", runId).param("actor", actor).param("deadline", objectionDeadline)
                .param("old", replacedRunId).update() == 1;
    }

    /** PUBLISHED → SUPERSEDED; guarded, so a version finalised or corrected meanwhile is left alone (false). */
    public boolean supersede(long runId) {
        return jdbc.sql("update evaluation_run set status = 'SUPERSEDED' where id = :id and status = 'PUBLISHED'")
                .param("id", runId).update() == 1;
    }

    /** Guarded also against open objections (V42), so an objection filed meanwhile cannot be finalised away. */
    public boolean finalise(long runId, String actor) {
        return jdbc.sql("update evaluation_run set status = 'FINAL', finalised_by = :actor, finalised_at = now()"
                        + " where id = :id and status = 'PUBLISHED' and not exists (select 1 from evaluation_objection o"
                        + " where o.run_id = evaluation_run.id and o.status = 'FILED')")
                .param("id", runId).param("actor", actor).update() == 1;
    }

    public int openObjections(long runId) {
        return jdbc.sql("select count(*) from evaluation_objection where run_id = :id and status = 'FILED'")
                .param("id", runId).query(Integer.class).single();
    }

    public List<EvaluationRun> list(long zoneId) {
        return jdbc.sql("select " + RUN_COLUMNS + " where r.zone_id = :zone"
                        + " order by r.data_year desc, r.scheme_code, r.version desc")
                .param("zone", zoneId).query(RunStore::run).list();
    }

    public Optional<EvaluationRun> find(long zoneId, long runId) {
        return jdbc.sql("select " + RUN_COLUMNS + " where r.zone_id = :zone and r.id = :id")
                .param("zone", zoneId).param("id", runId).query(RunStore::run).optional();
    }

    /** The previous data year's latest run of the same scheme code (published or final preferred to drafts and
     * superseded versions). */
    public Optional<EvaluationRun> previousYear(long zoneId, String schemeCode, int year) {
        return jdbc.sql("select " + RUN_COLUMNS + " where r.zone_id = :zone and r.scheme_code = :code"
                        + " and r.data_year = :year order by (r.status in ('PUBLISHED', 'FINAL')) desc, r.version desc limit 1")
                .param("zone", zoneId).param("code", schemeCode).param("year", year - 1)
                .query(RunStore::run).optional();
    }

    public List<RunResultLine> lines(long runId, DataScope scope, RunFilter filter) {
        var condition = scope.condition("d.zone_id", "d.grid_id", "d.enterprise_id");
        String sql = "select " + LINE_COLUMNS + """
                from evaluation_result x join enterprise_published_dimensions d on d.enterprise_id = x.enterprise_id
                where x.run_id = :run and """ + " " + condition.sql() + """
                  and (cast(:grade as text) is null or x.grade = :grade
                       or (cast(:grade as text) = '-' and x.grade is null))
                  and (cast(:cohort as text) is null or x.cohort = :cohort)
                  and (cast(:name as text) is null or x.enterprise_name like '%' || :name || '%')
                order by x.cohort nulls last, x.rank nulls last, x.enterprise_name, x.enterprise_id
                """;
        return jdbc.sql(sql).param("run", runId).params(condition.params()).param("grade", filter.grade())
                .param("cohort", filter.cohort()).param("name", filter.name()).query(RunStore::line).list();
    }

    public List<GradeCount> distribution(long runId, DataScope scope) {
        return distribution(runId, scope, GradeDistribution.Dimension.COHORT);
    }

    /**
     * (group, grade, count) of the run's results within the scope, grouped by the cohort or the enterprise's industry
     * section or division in enterprise_published_dimensions; null group = no cohort / no industry code, null grade =
     * not graded. GradeCount's {@code cohort} carries the group.
     */
    public List<GradeCount> distribution(long runId, DataScope scope, GradeDistribution.Dimension by) {
        var condition = scope.condition("d.zone_id", "d.grid_id", "d.enterprise_id");
        // a constant per enum value, never caller text
        String group = switch (by) {
            case COHORT -> "x.cohort";
            case SECTION -> "d.industry_section";
            case DIVISION -> "d.industry_division";
        };
        return jdbc.sql("select " + group + " as grp, x.grade, count(*) as n" + """
                 from evaluation_result x join enterprise_published_dimensions d on d.enterprise_id = x.enterprise_id
                where x.run_id = :run and """ + " " + condition.sql() + """
                 group by 1, 2 order by 1 nulls last, 2 nulls last
                """).param("run", runId).params(condition.params())
                .query((rs, n) -> new GradeCount(rs.getString("grp"), rs.getString("grade"), rs.getInt("n")))
                .list();
    }

    /** The run's results that were not graded (invalid), within the scope, with the problems from their trace. */
    public List<NotGradedLine> notGraded(long runId, DataScope scope) {
        var condition = scope.condition("d.zone_id", "d.grid_id", "d.enterprise_id");
        return jdbc.sql("select " + LINE_COLUMNS + ", x.trace::text as trace" + """
                 from evaluation_result x join enterprise_published_dimensions d on d.enterprise_id = x.enterprise_id
                where x.run_id = :run and not x.valid and """ + " " + condition.sql() + """
                 order by x.cohort nulls last, x.enterprise_name, x.enterprise_id
                """).param("run", runId).params(condition.params())
                .query((rs, n) -> new NotGradedLine(line(rs, n),
                        json.readValue(rs.getString("trace"), StoredTrace.class).fieldErrors()))
                .list();
    }

    /** (previous grade, current grade, count) for enterprises in both runs; null grade = not graded. */
    public List<String[]> migration(long previousRunId, long runId, DataScope scope) {
        var condition = scope.condition("d.zone_id", "d.grid_id", "d.enterprise_id");
        return jdbc.sql("""
                select p.grade as before, x.grade as after, count(*) as n
                from evaluation_result x
                join evaluation_result p on p.enterprise_id = x.enterprise_id and p.run_id = :previous
                join enterprise_published_dimensions d on d.enterprise_id = x.enterprise_id
                where x.run_id = :run and """ + " " + condition.sql() + """
                 group by p.grade, x.grade
                """).param("run", runId).param("previous", previousRunId).params(condition.params())
                .query((rs, n) -> new String[] {rs.getString("before"), rs.getString("after"),
                        String.valueOf(rs.getInt("n"))})
                .list();
    }

    /** The enterprise's result in its zone's latest published or final run (newest data year first). */
    public Optional<Long> latestPublishedRunOf(long zoneId, long enterpriseId) {
        return jdbc.sql("""
                select r.id from evaluation_result x join evaluation_run r on r.id = x.run_id
                where x.enterprise_id = :e and r.zone_id = :zone and r.status in ('PUBLISHED', 'FINAL')
                order by r.data_year desc, r.published_at desc, r.id desc limit 1
                """).param("e", enterpriseId).param("zone", zoneId).query(Long.class).optional();
    }

    public Optional<RunResultDetail> detail(long runId, long enterpriseId) {
        return jdbc.sql("select " + LINE_COLUMNS + """
                , x.inputs::text as inputs, x.trace::text as trace,
                  (r.trace_constants -> coalesce(x.cohort, ''))::text as constants
                from evaluation_result x join evaluation_run r on r.id = x.run_id
                where x.run_id = :run and x.enterprise_id = :e
                """)
                .param("run", runId).param("e", enterpriseId)
                .query((rs, n) -> {
                    StoredTrace t = json.readValue(rs.getString("trace"), StoredTrace.class);
                    Map<String, Object> inputs = json.readValue(rs.getString("inputs"),
                            new TypeReference<LinkedHashMap<String, Object>>() { });
                    String constants = rs.getString("constants");
                    Map<String, StoredTrace.Constants> shared = constants == null ? Map.of()
                            : json.readValue(constants,
                                    new TypeReference<LinkedHashMap<String, StoredTrace.Constants>>() { });
                    return new RunResultDetail(line(rs, n), inputs, t.indicatorScores(shared), t.adjustments(),
                            t.gradeReasons(), t.fieldErrors());
                }).optional();
    }

    private static EvaluationRun run(ResultSet rs, int n) throws SQLException {
        return new EvaluationRun(rs.getLong("id"), rs.getString("scheme_code"), rs.getInt("scheme_version"),
                rs.getString("scheme_name"), rs.getInt("data_year"), rs.getInt("version"),
                EvaluationRun.Status.valueOf(rs.getString("status")), rs.getInt("enterprises"), rs.getInt("graded"),
                rs.getInt("invalid"), rs.getString("created_by"), instant(rs.getTimestamp("created_at")),
                rs.getString("published_by"), instant(rs.getTimestamp("published_at")), rs.getString("finalised_by"),
                instant(rs.getTimestamp("finalised_at")), rs.getObject("objection_deadline", LocalDate.class),
                (Long) rs.getObject("supersedes_run_id"), (Long) rs.getObject("superseded_by"),
                rs.getBoolean("republished"));
    }

    private static RunResultLine line(ResultSet rs, int n) throws SQLException {
        return new RunResultLine(rs.getLong("run_id"), rs.getLong("enterprise_id"), rs.getString("enterprise_name"),
                rs.getString("uscc"), rs.getString("cohort"), rs.getBoolean("valid"), rs.getBigDecimal("total"),
                (Integer) rs.getObject("rank"), (Integer) rs.getObject("ranked"), rs.getString("grade"));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
