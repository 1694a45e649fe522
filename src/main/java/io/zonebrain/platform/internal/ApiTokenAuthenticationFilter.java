package io.zonebrain.platform.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Accepts {@code Authorization: Bearer zb_...} personal API tokens on /api/**. */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

    private final ApiTokens tokens;
    private final DatabaseUserDetailsService users;

    ApiTokenAuthenticationFilter(ApiTokens tokens, DatabaseUserDetailsService users) {
        this.tokens = tokens;
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Optional<Long> userId = tokens.userFor(header.substring(7).strip());
            if (userId.isEmpty()) {
                response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
                response.sendError(HttpServletResponse.SC_UNAUTHORIZED, "invalid or revoked API token");
                return;
            }
            ZonebrainPrincipal principal = users.loadById(userId.get());
            if (!principal.isEnabled() || !principal.isAccountNonLocked()) {
                response.sendError(HttpServletResponse.SC_UNAUTHORIZED, "account disabled or locked");
                return;
            }
            var auth = UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
            SecurityContextHolder.getContext().setAuthentication(auth);
        }
        chain.doFilter(request, response);
    }
}
