package io.zonebrain.platform.internal;

import io.zonebrain.platform.CurrentUser;
import io.zonebrain.platform.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class DatabaseUserDetailsService implements UserDetailsService {

    private final JdbcClient jdbc;

    DatabaseUserDetailsService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public ZonebrainPrincipal loadUserByUsername(String username) {
        return jdbc.sql("""
                select id, username, display_name, password_hash, role, zone_id, grid_id, enterprise_id, factory_id,
                       brand_id, enabled,
                       locked_until is not null and locked_until > now() as locked
                from platform_user where username = :u
                """)
                .param("u", username)
                .query((rs, n) -> new ZonebrainPrincipal(
                        new CurrentUser(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                                Role.valueOf(rs.getString("role")), rs.getLong("zone_id"),
                                (Long) rs.getObject("grid_id"), (Long) rs.getObject("enterprise_id"),
                                (Long) rs.getObject("factory_id"), (Long) rs.getObject("brand_id")),
                        rs.getString("password_hash"), rs.getBoolean("enabled"), rs.getBoolean("locked")))
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }

    ZonebrainPrincipal loadById(long userId) {
        String username = jdbc.sql("select username from platform_user where id = :id").param("id", userId)
                .query(String.class).single();
        return loadUserByUsername(username);
    }
}
