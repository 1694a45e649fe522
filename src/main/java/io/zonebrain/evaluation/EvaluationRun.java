package io.zonebrain.evaluation;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One run of a scheme version over a data year: an immutable version (re-running makes the next version) whose
 * only change is its life cycle, DRAFT → PUBLISHED (公示) → FINAL. Counts: enterprises read, graded, and rejected by
 * a data rule (invalid). {@code objectionDeadline}: the last day of the objection window, set on publication.
 */
public record EvaluationRun(long id, String schemeCode, int schemeVersion, String schemeName, int dataYear,
                            int version, Status status, int enterprises, int graded, int invalid, String createdBy,
                            Instant createdAt, String publishedBy, Instant publishedAt, String finalisedBy,
                            Instant finalisedAt, LocalDate objectionDeadline) {

    public enum Status { DRAFT, PUBLISHED, FINAL }

    public boolean draft() {
        return status == Status.DRAFT;
    }

    public boolean published() {
        return status == Status.PUBLISHED;
    }
}
