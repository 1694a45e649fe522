package io.zonebrain.fashion.allocation;

import java.util.List;
import java.util.Map;

/**
 * Why a lot stands where it does in a plan.
 *
 * <p>For a placed lot: {@code alternatives} lists the factories that could take it instead, best first, each with how
 * the plan's score would change if the lot moved there (all else unchanged), by level and by rule — "the next best,
 * F2, would cost ¥1,200 more", "F3 would overrun its capacity in week 5". For an unplaced lot: {@code blockers}
 * says which rule rules out each factory (no factory makes the category, a missing process, quality, blocked, the
 * lot alone exceeds the factory's minutes before the due week, or the factory is full in a given week).
 *
 * @param factoryId where the lot is, {@code null} if unplaced
 * @param pinned the lot was pinned there
 */
public record LotExplanation(String lotId, String factoryId, boolean pinned, List<Alternative> alternatives,
        List<Blocker> blockers) {

    /**
     * Moving the lot to {@code factoryId} changes the score by these deltas against where it is now (positive =
     * worse, in each level's unit); {@code ruleDeltas} by rule name, rules that do not change left out. For an
     * unplaced lot the deltas are against leaving it unplaced.
     */
    public record Alternative(String factoryId, long hardDelta, long unplacedDelta, long softDelta,
            Map<String, Long> ruleDeltas) {
    }

    /**
     * One reason a lot cannot go somewhere. {@code factoryCount} factories are ruled out for it; {@code factoryId},
     * {@code week} and {@code minutes} are set where they apply (the first factory concerned, the due week that
     * overflows, the standard minutes missing); {@code detail} names a missing process or the quality levels.
     */
    public record Blocker(Kind kind, int factoryCount, String factoryId, Integer week, Long minutes, String detail) {
    }

    /** The rule behind a blocker; {@link #messageKey()} names its message (arguments documented in the bundle). */
    public enum Kind {
        /** No factory makes the lot's category. */
        NO_CATEGORY,
        /** Factories making the category lack a required process ({@code detail} = the process). */
        MISSING_PROCESS,
        /** Factories are below the required quality level ({@code detail} = "have/need"). */
        QUALITY,
        /** The brand blocked these factories. */
        BLOCKED,
        /** The lot alone needs more minutes than the factory has before the due week. */
        TOO_LARGE,
        /** The factory is full in {@code week}: {@code minutes} more would be needed by then. */
        CAPACITY,
        /** The lot would fit at {@code factoryId} as the plan stands (the search did not get to it). */
        FITS;

        public String messageKey() {
            return "allocation.blocker." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
