package io.zonebrain.enterprise.internal;

import io.zonebrain.platform.AccountLinkDirectory;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Names an enterprise login's enterprise by its USCC for the user list's Excel export and import. */
@Component
class EnterpriseAccountLinks implements AccountLinkDirectory {

    private final JdbcClient jdbc;

    EnterpriseAccountLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<LinkKind> kinds() {
        return Set.of(LinkKind.ENTERPRISE);
    }

    @Override
    public Map<String, Long> ids(long zoneId, LinkKind kind, Collection<String> codes) {
        Map<String, Long> ids = new HashMap<>();
        if (kind == LinkKind.ENTERPRISE && !codes.isEmpty()) {
            jdbc.sql("select uscc, id from enterprise where zone_id = :z and uscc = any(:u)")
                    .param("z", zoneId).param("u", codes.toArray(String[]::new))
                    .query(rs -> {
                        ids.put(rs.getString("uscc"), rs.getLong("id"));
                    });
        }
        return ids;
    }

    @Override
    public Map<Long, String> codes(long zoneId, LinkKind kind, Collection<Long> ids) {
        Map<Long, String> codes = new HashMap<>();
        if (kind == LinkKind.ENTERPRISE && !ids.isEmpty()) {
            jdbc.sql("select id, uscc from enterprise where zone_id = :z and id = any(:ids)")
                    .param("z", zoneId).param("ids", ids.toArray(Long[]::new))
                    .query(rs -> {
                        codes.put(rs.getLong("id"), rs.getString("uscc"));
                    });
        }
        return codes;
    }
}
