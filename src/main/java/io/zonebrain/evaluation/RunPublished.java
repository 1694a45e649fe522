package io.zonebrain.evaluation;

/** A run went from DRAFT to PUBLISHED (公示); published inside the publishing transaction. */
public record RunPublished(long zoneId, long runId) {
}
