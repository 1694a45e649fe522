package io.zonebrain.fashion;

/** PROPOSED (waiting for the factory) → CONFIRMED or DECLINED; CONFIRMED → IN_PRODUCTION → SHIPPED. */
public enum LotStatus {
    PROPOSED, CONFIRMED, DECLINED, IN_PRODUCTION, SHIPPED;

    /** Whether the lot still holds its share of the order (a declined lot gives it back). */
    public boolean active() {
        return this != DECLINED;
    }
}
