package io.zonebrain.platform.internal;

import io.zonebrain.platform.CallerContext;
import io.zonebrain.platform.CurrentUser;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The Spring Security principal; carries the {@link CurrentUser} that modules read. */
record ZonebrainPrincipal(CurrentUser currentUser, String passwordHash, boolean enabled, boolean locked)
        implements UserDetails, CallerContext.HasCurrentUser {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(currentUser.role().authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return currentUser.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
