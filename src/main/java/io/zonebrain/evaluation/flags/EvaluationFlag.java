package io.zonebrain.evaluation.flags;

import java.time.OffsetDateTime;

/** One flag on one enterprise's data year, with the note (evidence) and who set it when. */
public record EvaluationFlag(long id, int dataYear, long enterpriseId, String enterpriseName, String uscc,
                             String flag, String note, String setBy, OffsetDateTime setAt) {
}
