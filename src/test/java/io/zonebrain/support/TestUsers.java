package io.zonebrain.support;

import io.zonebrain.platform.Role;
import io.zonebrain.platform.UserAccounts;
import io.zonebrain.platform.Zones;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Creates users with known passwords for tests, each with a unique name so tests never collide.
 * Use with MockMvc's {@code httpBasic(username, TestUsers.PASSWORD)} or a form login.
 */
@Component
public class TestUsers {

    public static final String PASSWORD = "test-password-123";
    private static final AtomicInteger SEQ = new AtomicInteger();

    private final UserAccounts accounts;
    private final Zones zones;

    public TestUsers(UserAccounts accounts, Zones zones) {
        this.accounts = accounts;
        this.zones = zones;
    }

    public long zoneId() {
        return accounts.findByUsername("admin").orElseThrow().zoneId();
    }

    public String admin() {
        return create(Role.ZONE_ADMIN, null, null);
    }

    public String officer() {
        return create(Role.OFFICER, null, null);
    }

    public String gridOfficer(long gridId) {
        return create(Role.OFFICER, gridId, null);
    }

    public String enterpriseUser(long enterpriseId) {
        return create(Role.ENTERPRISE, null, enterpriseId);
    }

    public long gridId(String code) {
        return zones.grids(zoneId()).stream().filter(g -> g.code().equals(code)).findFirst().orElseThrow().id();
    }

    private String create(Role role, Long gridId, Long enterpriseId) {
        String username = "t-" + role.name().toLowerCase() + "-" + SEQ.incrementAndGet() + "-" + System.nanoTime() % 100000;
        accounts.create(new UserAccounts.NewAccount(username, "Test " + username, role, zoneId(), gridId, enterpriseId),
                PASSWORD);
        return username;
    }
}
