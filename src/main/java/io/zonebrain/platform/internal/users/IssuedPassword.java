package io.zonebrain.platform.internal.users;

/** An account an import created, and its generated password, to be handed over once. */
public record IssuedPassword(String username, String password) {

    /** Never print a password by accident (logs, debuggers' toString). */
    @Override
    public String toString() {
        return "IssuedPassword[" + username + "]";
    }
}
