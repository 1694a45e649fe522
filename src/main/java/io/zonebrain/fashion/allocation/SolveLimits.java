package io.zonebrain.fashion.allocation;

import java.time.Duration;

/**
 * How long a solve may run: {@code timeLimit} always; {@code unimprovedLimit} optionally stops earlier when the best
 * plan has not improved for that long; {@code randomSeed} makes a run repeatable (given the same time).
 */
public record SolveLimits(Duration timeLimit, Duration unimprovedLimit, long randomSeed) {

    public SolveLimits {
        if (timeLimit == null || timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("the time limit must be positive");
        }
    }

    public static SolveLimits of(Duration timeLimit) {
        return new SolveLimits(timeLimit, null, 0);
    }

    /**
     * The moment (in {@link System#nanoTime()}) by which a solve that began at {@code startNanos} must have its
     * answer, keeping back time for what follows the search: ending the last phase and reading the result (a score
     * analysis with each rule's matches counted). That is 2% of the limit (at least 20 ms), plus time that grows with
     * the problem's size, {@code lots × factories}: a second for every {@value #PAIRS_PER_RESERVED_SECOND} pairs,
     * measured at cluster scale (3,927 lots × 7,583 factories: 0.2–0.4 s on the quiet 2-core machine, up to 1.3 s
     * while it was also running a test suite). Never more than half the limit.
     */
    long deadlineNanos(long startNanos, long lotFactoryPairs) {
        long limit = timeLimit.toNanos();
        long reserve = Math.max(20_000_000L, limit / 50)
                + (long) (1e9 * Math.max(0, lotFactoryPairs) / PAIRS_PER_RESERVED_SECOND);
        return startNanos + Math.max(limit - reserve, limit / 2);
    }

    static final long PAIRS_PER_RESERVED_SECOND = 30_000_000L;

    public SolveLimits withUnimprovedLimit(Duration limit) {
        return new SolveLimits(timeLimit, limit, randomSeed);
    }
}
