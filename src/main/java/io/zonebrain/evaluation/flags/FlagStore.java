package io.zonebrain.evaluation.flags;

import io.zonebrain.platform.DataScope;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for evaluation_flag. Enterprises are read through enterprise_published_dimensions (the registry's published
 * view), and every list goes through the caller's data scope.
 */
@Repository
class FlagStore {

    /** An enterprise as the flag pages name it. */
    record Firm(long id, String name, String uscc) {
    }

    private static final String COLUMNS = "f.id, f.data_year, f.enterprise_id, d.name as enterprise_name, d.uscc, "
            + "f.flag, f.note, f.set_by, f.set_at";

    private final JdbcClient jdbc;

    FlagStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<EvaluationFlag> list(DataScope scope, int year, FlagFilter filter) {
        var condition = scope.condition("d.zone_id", "d.grid_id", "d.enterprise_id");
        return jdbc.sql("select " + COLUMNS + " from evaluation_flag f"
                        + " join enterprise_published_dimensions d on d.enterprise_id = f.enterprise_id"
                        + " where f.zone_id = :zone and f.data_year = :year and " + condition.sql()
                        + " and (cast(:flag as text) is null or f.flag = :flag)"
                        + " and (cast(:enterprise as bigint) is null or f.enterprise_id = :enterprise)"
                        + " and (cast(:q as text) is null or d.name ilike :q or d.uscc ilike :q)"
                        + " order by d.name, f.enterprise_id, f.flag")
                .param("zone", scope.zoneId()).param("year", year).param("flag", filter.flagOrNull())
                .param("enterprise", filter.enterpriseId()).param("q", filter.likeQuery())
                .params(condition.params())
                .query(EvaluationFlag.class).list();
    }

    Optional<EvaluationFlag> find(long zoneId, long id) {
        return jdbc.sql("select " + COLUMNS + " from evaluation_flag f"
                        + " join enterprise_published_dimensions d on d.enterprise_id = f.enterprise_id"
                        + " where f.zone_id = :zone and f.id = :id")
                .param("zone", zoneId).param("id", id).query(EvaluationFlag.class).optional();
    }

    Optional<EvaluationFlag> find(long zoneId, int year, long enterpriseId, String flag) {
        return jdbc.sql("select " + COLUMNS + " from evaluation_flag f"
                        + " join enterprise_published_dimensions d on d.enterprise_id = f.enterprise_id"
                        + " where f.zone_id = :zone and f.data_year = :year and f.enterprise_id = :e and f.flag = :flag")
                .param("zone", zoneId).param("year", year).param("e", enterpriseId).param("flag", flag)
                .query(EvaluationFlag.class).optional();
    }

    /** The new row's id, or empty when the enterprise already carries the flag for the year. */
    Optional<Long> insert(long zoneId, int year, long enterpriseId, String flag, String note, String setBy) {
        return jdbc.sql("""
                insert into evaluation_flag (zone_id, data_year, enterprise_id, flag, note, set_by)
                values (:zone, :year, :e, :flag, :note, :by)
                on conflict (zone_id, data_year, enterprise_id, flag) do nothing
                returning id
                """)
                .param("zone", zoneId).param("year", year).param("e", enterpriseId).param("flag", flag)
                .param("note", note).param("by", setBy).query(Long.class).optional();
    }

    boolean updateNote(long id, String note) {
        return jdbc.sql("update evaluation_flag set note = :note where id = :id").param("note", note).param("id", id)
                .update() == 1;
    }

    boolean delete(long zoneId, long id) {
        return jdbc.sql("delete from evaluation_flag where zone_id = :zone and id = :id")
                .param("zone", zoneId).param("id", id).update() == 1;
    }

    Optional<Firm> firm(DataScope scope, long enterpriseId) {
        var condition = scope.condition("d.zone_id", "d.grid_id", "d.enterprise_id");
        return jdbc.sql("select d.enterprise_id, d.name, d.uscc from enterprise_published_dimensions d"
                        + " where d.enterprise_id = :e and " + condition.sql())
                .param("e", enterpriseId).params(condition.params())
                .query((rs, n) -> new Firm(rs.getLong(1), rs.getString(2), rs.getString(3))).optional();
    }

    Map<String, Firm> byUscc(DataScope scope, List<String> usccs) {
        Map<String, Firm> out = new HashMap<>();
        if (usccs.isEmpty()) {
            return out;
        }
        var condition = scope.condition("d.zone_id", "d.grid_id", "d.enterprise_id");
        jdbc.sql("select d.enterprise_id, d.name, d.uscc from enterprise_published_dimensions d"
                        + " where d.uscc = any(:usccs) and " + condition.sql())
                .param("usccs", usccs.toArray(String[]::new)).params(condition.params())
                .query((rs, n) -> new Firm(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list().forEach(f -> out.put(f.uscc(), f));
        return out;
    }
}
