package io.zonebrain.platform;

/** What a person may do. Officers may further be limited to one service grid; enterprise users to one enterprise. */
public enum Role {
    ZONE_ADMIN,
    OFFICER,
    ENTERPRISE;

    public String authority() {
        return "ROLE_" + name();
    }
}
