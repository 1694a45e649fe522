package io.zonebrain.land.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Owners and lessees are enterprises of the caller's zone. Land asks the enterprise module's published view
 * {@code enterprise_published_dimensions}, never its tables.
 */
@Component
public class RegisteredEnterprises {

    private static final String SELECT =
            "select enterprise_id as id, uscc, name, grid_id from enterprise_published_dimensions ";

    private final JdbcClient jdbc;

    public RegisteredEnterprises(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<RegisteredEnterprise> byUscc(long zoneId, String uscc) {
        if (uscc == null) {
            return Optional.empty();
        }
        return jdbc.sql(SELECT + "where zone_id = :z and uscc = :u").param("z", zoneId).param("u", uscc)
                .query(RegisteredEnterprise.class).optional();
    }

    /** USCC → enterprise for a batch (imports), one query. */
    public Map<String, RegisteredEnterprise> byUscc(long zoneId, Collection<String> usccs) {
        Map<String, RegisteredEnterprise> found = new HashMap<>();
        if (usccs.isEmpty()) {
            return found;
        }
        jdbc.sql(SELECT + "where zone_id = :z and uscc = any(:u)").param("z", zoneId)
                .param("u", usccs.toArray(String[]::new))
                .query(RegisteredEnterprise.class).list().forEach(e -> found.put(e.uscc(), e));
        return found;
    }

    /** id → enterprise for a batch, one query. */
    public Map<Long, RegisteredEnterprise> byId(long zoneId, Collection<Long> ids) {
        Map<Long, RegisteredEnterprise> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        jdbc.sql(SELECT + "where zone_id = :z and enterprise_id = any(:ids)").param("z", zoneId)
                .param("ids", ids.toArray(Long[]::new))
                .query(RegisteredEnterprise.class).list().forEach(e -> found.put(e.id(), e));
        return found;
    }
}
