package io.zonebrain.fashion.internal;

import io.zonebrain.platform.AccountLinkDirectory;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Names a factory or brand login's factory or brand by its code for the user list's Excel export and import. */
@Component
class FashionAccountLinks implements AccountLinkDirectory {

    private final JdbcClient jdbc;

    FashionAccountLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<LinkKind> kinds() {
        return Set.of(LinkKind.FACTORY, LinkKind.BRAND);
    }

    @Override
    public Map<String, Long> ids(long zoneId, LinkKind kind, Collection<String> codes) {
        Map<String, Long> ids = new HashMap<>();
        if (table(kind) != null && !codes.isEmpty()) {
            jdbc.sql("select code, id from " + table(kind) + " where zone_id = :z and code = any(:c)")
                    .param("z", zoneId).param("c", codes.toArray(String[]::new))
                    .query(rs -> {
                        ids.put(rs.getString("code"), rs.getLong("id"));
                    });
        }
        return ids;
    }

    @Override
    public Map<Long, String> codes(long zoneId, LinkKind kind, Collection<Long> ids) {
        Map<Long, String> codes = new HashMap<>();
        if (table(kind) != null && !ids.isEmpty()) {
            jdbc.sql("select id, code from " + table(kind) + " where zone_id = :z and id = any(:ids)")
                    .param("z", zoneId).param("ids", ids.toArray(Long[]::new))
                    .query(rs -> {
                        codes.put(rs.getLong("id"), rs.getString("code"));
                    });
        }
        return codes;
    }

    /** The table of the kind: a fixed name, never from input. */
    private static String table(LinkKind kind) {
        return switch (kind) {
            case FACTORY -> "fashion_factory";
            case BRAND -> "fashion_brand";
            case ENTERPRISE -> null;
        };
    }
}
