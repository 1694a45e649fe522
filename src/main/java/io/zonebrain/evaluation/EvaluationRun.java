package io.zonebrain.evaluation;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One run of a scheme version over a data year: an immutable version (re-running makes the next version) whose
 * only change is its life cycle, DRAFT → PUBLISHED (公示) → FINAL, or PUBLISHED → SUPERSEDED when an accepted
 * objection published a corrected version in its place. Counts: enterprises read, graded, and rejected by a data
 * rule (invalid). {@code objectionDeadline}: the last day of the objection window, set on publication (a correction
 * keeps the deadline of the version it supersedes). {@code supersedes} / {@code supersededBy}: the chain of
 * corrections and re-publications, by run id, null at its ends. {@code republished}: this version replaced the one
 * it supersedes by being published while that one was still in its 公示 (a new window), not as a correction.
 */
public record EvaluationRun(long id, String schemeCode, int schemeVersion, String schemeName, int dataYear,
                            int version, Status status, int enterprises, int graded, int invalid, String createdBy,
                            Instant createdAt, String publishedBy, Instant publishedAt, String finalisedBy,
                            Instant finalisedAt, LocalDate objectionDeadline, Long supersedes, Long supersededBy,
                            boolean republished) {

    public enum Status { DRAFT, PUBLISHED, FINAL, SUPERSEDED }

    public boolean draft() {
        return status == Status.DRAFT;
    }

    public boolean published() {
        return status == Status.PUBLISHED;
    }

    public boolean finalised() {
        return status == Status.FINAL;
    }

    public boolean superseded() {
        return status == Status.SUPERSEDED;
    }
}
