package io.zonebrain.evaluation;

import java.time.Instant;

/**
 * A scheme version as stored for a zone: DRAFT (still editable in place) or IN_USE (frozen). {@code lockVersion}
 * counts the in-place edits of a draft, so an editor that loaded an older count is told someone saved meanwhile.
 */
public record StoredScheme(long id, String code, int version, Status status, Scheme scheme, String createdBy,
                           Instant createdAt, int lockVersion) {

    public enum Status { DRAFT, IN_USE }

    public StoredScheme(long id, String code, int version, Status status, Scheme scheme, String createdBy,
                        Instant createdAt) {
        this(id, code, version, status, scheme, createdBy, createdAt, 0);
    }

    public boolean isDraft() {
        return status == Status.DRAFT;
    }
}
