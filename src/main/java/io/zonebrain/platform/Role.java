package io.zonebrain.platform;

/**
 * What a person may do. Officers may further be limited to one service grid; enterprise users to one enterprise.
 * FACTORY, BRAND and CLUSTER_OPERATOR are the fashion cluster's (时尚E家) people: a garment factory, a brand that
 * orders from the cluster, and the operator that runs it; none of them sees the enterprise registry.
 */
public enum Role {
    ZONE_ADMIN,
    OFFICER,
    ENTERPRISE,
    FACTORY,
    BRAND,
    CLUSTER_OPERATOR;

    public String authority() {
        return "ROLE_" + name();
    }
}
