package io.zonebrain.evaluation.policies;

import io.zonebrain.platform.CurrentUser;
import io.zonebrain.platform.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether the caller may look at an enterprise: officials within their data scope, an enterprise user only itself.
 * Anything else is reported as not found, so the page does not tell whether the enterprise exists.
 */
@Component
class EnterpriseScope {

    private final JdbcClient jdbc;

    EnterpriseScope(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void require(CurrentUser me, long enterpriseId) {
        var condition = me.dataScope().condition("d.zone_id", "d.grid_id", "d.enterprise_id");
        boolean visible = jdbc.sql("select count(*) from enterprise_published_dimensions d where d.enterprise_id = :e"
                        + " and " + condition.sql())
                .param("e", enterpriseId).params(condition.params()).query(Integer.class).single() > 0;
        if (!visible) {
            throw new NotFoundException("enterprise " + enterpriseId);
        }
    }
}
