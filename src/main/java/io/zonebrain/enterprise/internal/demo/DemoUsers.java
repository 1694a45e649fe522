package io.zonebrain.enterprise.internal.demo;

import io.zonebrain.enterprise.EnterpriseDraft;
import io.zonebrain.enterprise.EnterpriseTags;
import io.zonebrain.platform.Role;
import io.zonebrain.platform.UserAccounts;
import io.zonebrain.platform.UserAccounts.NewAccount;
import io.zonebrain.platform.Zones;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The people a demo needs besides the admin: a zone officer, a grid officer of G1, and a user of one above-scale
 * firm. Passwords are generated and handed back for printing once, like the admin's; none is a default.
 */
@Component
class DemoUsers {

    private final UserAccounts accounts;
    private final Zones zones;

    DemoUsers(UserAccounts accounts, Zones zones) {
        this.accounts = accounts;
        this.zones = zones;
    }

    void create(long zoneId, List<EnterpriseDraft> demo, Map<String, Long> ids, List<String> printed) {
        String officer = UserAccounts.generatePassword();
        accounts.create(new NewAccount("officer", "演示经办人 Demo officer", Role.OFFICER, zoneId, null, null), officer);
        printed.add("officer / " + officer + " (OFFICER, 全区 whole zone)");

        Zones.Grid g1 = zones.grids(zoneId).get(0);
        String grid = UserAccounts.generatePassword();
        accounts.create(new NewAccount("grid1", "演示网格员 Demo grid officer", Role.OFFICER, zoneId, g1.id(), null),
                grid);
        printed.add("grid1 / " + grid + " (OFFICER, 网格 grid " + g1.code() + " " + g1.name() + ")");

        EnterpriseDraft firm = enterpriseForDemo(demo);
        String enterprise = UserAccounts.generatePassword();
        accounts.create(new NewAccount("enterprise", "演示企业用户 Demo enterprise user", Role.ENTERPRISE, zoneId, null,
                ids.get(firm.uscc())), enterprise);
        printed.add("enterprise / " + enterprise + " (ENTERPRISE, " + firm.name() + ")");
    }

    /** A provincial SRDI firm: the kind that reports data, applies for subsidies and asks why it got its grade. */
    static EnterpriseDraft enterpriseForDemo(List<EnterpriseDraft> demo) {
        return demo.stream()
                .filter(d -> d.aboveScale() && d.tags().contains(EnterpriseTags.PROVINCIAL_SRDI))
                .findFirst().orElseThrow();
    }
}
