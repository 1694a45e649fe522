package io.zonebrain.platform.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Locks an account for a while after repeated wrong passwords (form login, HTTP Basic alike), so that passwords
 * cannot be guessed at speed. A locked account is refused even with the right password until the lock expires.
 */
@Component
class LoginThrottle {

    private final JdbcClient jdbc;
    private final int maxFailures;
    private final int lockMinutes;

    LoginThrottle(JdbcClient jdbc, @Value("${zonebrain.login.max-failures:5}") int maxFailures,
                  @Value("${zonebrain.login.lock-minutes:15}") int lockMinutes) {
        this.jdbc = jdbc;
        this.maxFailures = maxFailures;
        this.lockMinutes = lockMinutes;
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String username = String.valueOf(event.getAuthentication().getPrincipal());
        jdbc.sql("""
                update platform_user
                   set failed_logins = case when failed_logins + 1 >= :max then 0 else failed_logins + 1 end,
                       locked_until  = case when failed_logins + 1 >= :max
                                            then now() + make_interval(mins => :mins) else locked_until end
                 where username = :u
                """)
                .param("max", maxFailures).param("mins", lockMinutes).param("u", username).update();
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        jdbc.sql("update platform_user set failed_logins = 0 where username = :u and failed_logins > 0")
                .param("u", event.getAuthentication().getName()).update();
    }
}
