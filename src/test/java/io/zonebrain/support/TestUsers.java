package io.zonebrain.support;

import io.zonebrain.platform.Role;
import io.zonebrain.platform.UserAccounts;
import io.zonebrain.platform.Zones;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
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
    private final UserDetailsService userDetails;

    public TestUsers(UserAccounts accounts, Zones zones, UserDetailsService userDetails) {
        this.accounts = accounts;
        this.zones = zones;
        this.userDetails = userDetails;
    }

    /** Runs service calls as the given user, exactly as a signed-in request would. */
    public <T> T as(String username, Supplier<T> work) {
        UserDetails principal = userDetails.loadUserByUsername(username);
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
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
