package io.zonebrain.platform;

import java.util.List;

/**
 * The demo zone and its grids exist; each module now generates its demo data from {@code seed}, deterministically.
 * Listeners add the passwords of demo users they create to {@code printedCredentials}, printed once at the end.
 */
public record DemoZoneCreated(long zoneId, long seed, List<String> printedCredentials) {
}
