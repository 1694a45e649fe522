package io.zonebrain.indicators.internal.reporting;

import io.zonebrain.platform.DataScope;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Finds enterprises through {@code enterprise_published_dimensions}, always within the caller's data scope: an
 * enterprise outside it is simply not found, so reporting for it, or reading its figures, learns nothing.
 */
@Repository
public class ReportingEnterprises {

    private static final String SELECT = "select d.enterprise_id, d.zone_id, d.uscc, d.name, d.grid_id, d.above_scale "
            + "from enterprise_published_dimensions d where ";

    private final JdbcClient jdbc;

    ReportingEnterprises(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ReportingEnterprise> byId(DataScope scope, long id) {
        DataScope.Condition c = scope.condition("d.zone_id", "d.grid_id", "d.enterprise_id");
        return jdbc.sql(SELECT + c.sql() + " and d.enterprise_id = :id").params(c.params()).param("id", id)
                .query((rs, n) -> row(rs)).optional();
    }

    public Map<String, ReportingEnterprise> byUscc(DataScope scope, Collection<String> usccs) {
        Map<String, ReportingEnterprise> found = new HashMap<>();
        if (usccs.isEmpty()) {
            return found;
        }
        DataScope.Condition c = scope.condition("d.zone_id", "d.grid_id", "d.enterprise_id");
        jdbc.sql(SELECT + c.sql() + " and d.uscc = any(:usccs)").params(c.params())
                .param("usccs", usccs.toArray(String[]::new))
                .query((rs, n) -> row(rs)).list().forEach(e -> found.put(e.uscc(), e));
        return found;
    }

    public Optional<ReportingEnterprise> byUscc(DataScope scope, String uscc) {
        return Optional.ofNullable(byUscc(scope, List.of(uscc)).get(uscc));
    }

    private static ReportingEnterprise row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new ReportingEnterprise(rs.getLong("enterprise_id"), rs.getLong("zone_id"), rs.getString("uscc"),
                rs.getString("name"), (Long) rs.getObject("grid_id", Long.class), rs.getBoolean("above_scale"));
    }
}
