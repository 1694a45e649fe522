package io.zonebrain.land.internal;

import io.zonebrain.land.EnterpriseRef;

/** An enterprise of the zone as the registry publishes it, with the grid that decides who may see it. */
public record RegisteredEnterprise(long id, String uscc, String name, Long gridId) {

    public EnterpriseRef ref() {
        return new EnterpriseRef(id, uscc, name);
    }
}
