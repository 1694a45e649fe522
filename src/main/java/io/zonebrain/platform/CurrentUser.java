package io.zonebrain.platform;

/** The signed-in person as the modules see them. */
public record CurrentUser(long userId, String username, String displayName, Role role,
                          long zoneId, Long gridId, Long enterpriseId) {

    public boolean isOfficial() {
        return role == Role.ZONE_ADMIN || role == Role.OFFICER;
    }

    public boolean isEnterprise() {
        return role == Role.ENTERPRISE;
    }

    public DataScope dataScope() {
        return switch (role) {
            case ZONE_ADMIN -> DataScope.zone(zoneId);
            case OFFICER -> gridId == null ? DataScope.zone(zoneId) : DataScope.grid(zoneId, gridId);
            case ENTERPRISE -> DataScope.enterprise(zoneId, enterpriseId);
        };
    }
}
