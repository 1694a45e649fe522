package io.zonebrain.evaluation.policies;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A D-class enterprise's remediation case (整治提升): which run put it in D, the measures chosen, who owns the case and
 * by when, and how it ended — LIFTED (out of D by upgrading or renewing) or EXITED — with the land it freed.
 */
public record RemediationCase(long id, long runId, String schemeCode, int dataYear, long enterpriseId,
                              String enterpriseName, String uscc, BigDecimal landMu, List<Measure> measures,
                              String owner, LocalDate deadline, Status status, BigDecimal freedLandMu,
                              String closedBy, Instant closedAt, Instant createdAt, int version) {

    /** WITHDRAWN: a corrected published version no longer puts the enterprise in the worst grade. */
    public enum Status { OPEN, LIFTED, EXITED, WITHDRAWN }

    /** 技术改造, 土地更新 (腾笼换鸟), 兼并重组, 关停退出. */
    public enum Measure { TECH_UPGRADE, LAND_RENEWAL, MERGER, EXIT }

    public boolean open() {
        return status == Status.OPEN;
    }

    public boolean overdue() {
        return open() && deadline != null && deadline.isBefore(LocalDate.now());
    }

    public record Note(long id, String note, String writtenBy, Instant writtenAt) {
    }

    /** The zone's (or the caller's scope's) tally: cases, still open, lifted, exited, land freed. */
    public record Totals(int cases, int open, int lifted, int exited, BigDecimal freedLandMu) {

        public int remediated() {
            return lifted + exited;
        }
    }

    public record Filter(Status status, String owner, String name, Long runId, Long enterpriseId) {

        public static Filter none() {
            return new Filter(null, null, null, null, null);
        }
    }
}
