package io.zonebrain.evaluation;

/** One line of the zone's scheme list: the latest version of each code. */
public record SchemeSummary(String code, int latestVersion, StoredScheme.Status status, String name, int dataYear) {
}
