package io.zonebrain.evaluation;

import java.time.Instant;
import java.util.List;

/**
 * An enterprise's objection (异议) to its result in a published run: reason, the indicators contested (empty = the
 * result as a whole), evidence as text and an optional file (its bytes are read separately, see
 * {@link Objections#evidence}), and the officer's decision. An accepted objection names the run version it produced.
 * {@code filedRunId} is the version the enterprise objected to; {@code runId} the version it is decided on, which is
 * a later one when a correction superseded that version while the objection was open (it was carried forward).
 */
public record Objection(long id, long runId, long enterpriseId, String enterpriseName, String uscc, String filedBy,
                        Instant filedAt, String reason, List<String> indicators, String evidenceText,
                        String evidenceFileName, Integer evidenceFileBytes, Status status, String decidedBy,
                        Instant decidedAt, String decisionReason, Long newRunId,
                        long filedRunId) {

    public enum Status { FILED, ACCEPTED, REJECTED }

    public boolean open() {
        return status == Status.FILED;
    }

    public boolean carried() {
        return filedRunId != runId;
    }
}
