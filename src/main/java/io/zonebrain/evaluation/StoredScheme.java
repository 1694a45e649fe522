package io.zonebrain.evaluation;

import java.time.Instant;

/** A scheme version as stored for a zone: DRAFT (still editable in place) or IN_USE (frozen). */
public record StoredScheme(long id, String code, int version, Status status, Scheme scheme, String createdBy,
                           Instant createdAt) {

    public enum Status { DRAFT, IN_USE }
}
