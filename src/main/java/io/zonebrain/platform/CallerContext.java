package io.zonebrain.platform;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is calling. Modules ask here instead of reading Spring Security's context themselves. */
public final class CallerContext {

    private CallerContext() {
    }

    public static Optional<CurrentUser> find() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof HasCurrentUser holder) {
            return Optional.of(holder.currentUser());
        }
        return Optional.empty();
    }

    public static CurrentUser require() {
        return find().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }

    /** The name written to the audit log: the user, or "system" for work the platform does by itself. */
    public static String actorName() {
        return find().map(CurrentUser::username).orElse("system");
    }

    /** Implemented by the security principal. */
    public interface HasCurrentUser {
        CurrentUser currentUser();
    }
}
