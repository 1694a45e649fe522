package io.zonebrain.indicators;

import java.time.Instant;

/** One version of a report: the current one, or one a correction replaced (and when). Nothing is overwritten. */
public record Revision<T>(T report, boolean current, Instant replacedAt) {
}
