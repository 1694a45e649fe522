package io.zonebrain.evaluation;

import java.time.Instant;

/** One version of one scheme as the officers' list shows it, with the header an official checks against the 办法. */
public record SchemeVersionLine(String code, int version, StoredScheme.Status status, String name, String owner,
                                String documentNumber, int dataYear, String createdBy, Instant createdAt,
                                Instant updatedAt) {
}
