package io.zonebrain.fashion;

/**
 * OPEN: posted, not fully placed; PLACED: its lots cover the quantity; IN_PRODUCTION: a lot has started;
 * COMPLETED: every lot shipped; CANCELLED.
 */
public enum OrderStatus {
    OPEN, PLACED, IN_PRODUCTION, COMPLETED, CANCELLED
}
