package io.zonebrain.fashion.allocation;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * A plan's score in three numbers, each a penalty (smaller is better): {@code hardPenalty} > 0 means the plan breaks
 * a hard rule; {@code unplacedLots} counts lots left unallocated; {@code softPenalty} is cost and preferences in fen.
 */
public record ScoreSummary(long hardPenalty, long unplacedLots, long softPenalty) {

    public static ScoreSummary of(HardMediumSoftLongScore score) {
        return new ScoreSummary(-score.hardScore(), -score.mediumScore(), -score.softScore());
    }

    public boolean feasible() {
        return hardPenalty == 0;
    }

    @Override
    public String toString() {
        return hardPenalty + "hard/" + unplacedLots + "unplaced/" + softPenalty + "soft";
    }
}
