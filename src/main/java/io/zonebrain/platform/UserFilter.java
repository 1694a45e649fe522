package io.zonebrain.platform;

/**
 * What the zone admin's user list is narrowed to; every part is optional. {@code text} matches username or display
 * name (contains, any case); {@code gridId} a service grid; {@code state} whether the account can sign in now.
 */
public record UserFilter(String text, Role role, Long gridId, State state) {

    public static final UserFilter ALL = new UserFilter(null, null, null, null);

    /** ENABLED: can sign in now; DISABLED: switched off by an admin; LOCKED: too many wrong passwords, for now. */
    public enum State { ENABLED, DISABLED, LOCKED }

    public UserFilter {
        text = text == null || text.isBlank() ? null : text.strip();
    }
}
