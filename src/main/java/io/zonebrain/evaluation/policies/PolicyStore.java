package io.zonebrain.evaluation.policies;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** evaluation_policy_measure, and the published results the measures are decided from. */
@Repository
class PolicyStore {

    private final JdbcClient jdbc;

    PolicyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<PolicyMeasure> list(long zoneId) {
        return jdbc.sql("select * from evaluation_policy_measure where zone_id = :zone"
                        + " order by grade, kind, resource nulls last, min_consecutive_years, effective_from, id")
                .param("zone", zoneId).query(PolicyStore::measure).list();
    }

    long add(long zoneId, PolicyDraft d, String actor) {
        return jdbc.sql("""
                insert into evaluation_policy_measure (zone_id, grade, kind, resource, min_consecutive_years, amount,
                    eligible, priority, effective_from, effective_to, description, created_by)
                values (:zone, :grade, :kind, :resource, :years, :amount, :eligible, :priority, :from, :to,
                        :description, :actor)
                returning id
                """)
                .param("zone", zoneId).param("grade", d.grade()).param("kind", d.kind().name())
                .param("resource", d.resource() == null ? null : d.resource().name())
                .param("years", d.minConsecutiveYears() == null ? 1 : d.minConsecutiveYears())
                .param("amount", d.amount()).param("eligible", d.eligible() == null || d.eligible())
                .param("priority", d.priority()).param("from", d.effectiveFrom()).param("to", d.effectiveTo())
                .param("description", d.description()).param("actor", actor)
                .query(Long.class).single();
    }

    Optional<PolicyMeasure> find(long zoneId, long id) {
        return jdbc.sql("select * from evaluation_policy_measure where zone_id = :zone and id = :id")
                .param("zone", zoneId).param("id", id).query(PolicyStore::measure).optional();
    }

    /** The run and grade the enterprise's measures follow: its latest result published on or before the date. */
    record Standing(long runId, String schemeCode, int dataYear, int runVersion, String grade) {
    }

    Optional<Standing> standing(long zoneId, long enterpriseId, LocalDate date) {
        return jdbc.sql("""
                select r.id, r.scheme_code, r.data_year, r.version, x.grade
                from evaluation_result x join evaluation_run r on r.id = x.run_id
                where x.enterprise_id = :e and r.zone_id = :zone and r.status in ('PUBLISHED', 'FINAL')
                  and r.published_at < cast(:date as date) + 1
                order by r.data_year desc, r.published_at desc, r.id desc limit 1
                """).param("e", enterpriseId).param("zone", zoneId).param("date", date)
                .query((rs, n) -> new Standing(rs.getLong("id"), rs.getString("scheme_code"), rs.getInt("data_year"),
                        rs.getInt("version"), rs.getString("grade"))).optional();
    }

    /** Its grade in each data year's latest published run of the scheme code (null = in the run, not graded). */
    TreeMap<Integer, String> gradesByYear(long zoneId, long enterpriseId, String schemeCode, int upToYear) {
        TreeMap<Integer, String> grades = new TreeMap<>();
        jdbc.sql("""
                select distinct on (r.data_year) r.data_year, x.grade
                from evaluation_run r
                left join evaluation_result x on x.run_id = r.id and x.enterprise_id = :e
                where r.zone_id = :zone and r.scheme_code = :code and r.status in ('PUBLISHED', 'FINAL')
                  and r.data_year <= :year
                order by r.data_year desc, r.version desc
                """).param("e", enterpriseId).param("zone", zoneId).param("code", schemeCode)
                .param("year", upToYear)
                .query((rs, n) -> grades.put(rs.getInt("data_year"), rs.getString("grade"))).list();
        return grades;
    }

    static PolicyMeasure measure(ResultSet rs, int n) throws SQLException {
        String resource = rs.getString("resource");
        Timestamp created = rs.getTimestamp("created_at");
        BigDecimal amount = rs.getBigDecimal("amount");
        return new PolicyMeasure(rs.getLong("id"), rs.getString("grade"),
                PolicyMeasure.Kind.valueOf(rs.getString("kind")),
                resource == null ? null : PolicyMeasure.Resource.valueOf(resource),
                rs.getInt("min_consecutive_years"), amount == null ? null : amount.stripTrailingZeros(),
                rs.getBoolean("eligible"), (Integer) rs.getObject("priority"),
                rs.getObject("effective_from", LocalDate.class), rs.getObject("effective_to", LocalDate.class),
                rs.getString("description"), rs.getString("created_by"), created == null ? null : created.toInstant());
    }
}
