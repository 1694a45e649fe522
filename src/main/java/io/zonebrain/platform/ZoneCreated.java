package io.zonebrain.platform;

/** A zone was set up; modules seed their standard code lists for it. */
public record ZoneCreated(long zoneId, boolean demo) {
}
