package io.zonebrain.platform;

/**
 * The signed-in person as the modules see them. {@code factoryId} / {@code brandId} are the fashion factory or brand
 * a FACTORY / BRAND login acts for (null for everyone else).
 */
public record CurrentUser(long userId, String username, String displayName, Role role,
                          long zoneId, Long gridId, Long enterpriseId, Long factoryId, Long brandId) {

    public CurrentUser(long userId, String username, String displayName, Role role, long zoneId, Long gridId,
                       Long enterpriseId) {
        this(userId, username, displayName, role, zoneId, gridId, enterpriseId, null, null);
    }

    public boolean isOfficial() {
        return role == Role.ZONE_ADMIN || role == Role.OFFICER;
    }

    public boolean isEnterprise() {
        return role == Role.ENTERPRISE;
    }

    public boolean isFactory() {
        return role == Role.FACTORY;
    }

    public boolean isBrand() {
        return role == Role.BRAND;
    }

    public boolean isClusterOperator() {
        return role == Role.CLUSTER_OPERATOR;
    }

    /** Enterprise-owned rows; the fashion cluster's roles see none of them (the fashion module scopes its own). */
    public DataScope dataScope() {
        return switch (role) {
            case ZONE_ADMIN -> DataScope.zone(zoneId);
            case OFFICER -> gridId == null ? DataScope.zone(zoneId) : DataScope.grid(zoneId, gridId);
            case ENTERPRISE -> DataScope.enterprise(zoneId, enterpriseId);
            case FACTORY, BRAND, CLUSTER_OPERATOR -> DataScope.nothing(zoneId);
        };
    }
}
