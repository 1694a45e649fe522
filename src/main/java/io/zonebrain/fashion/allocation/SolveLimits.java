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
     * answer, keeping back a little for reading the result (2% of the limit, at least 20 ms).
     */
    long deadlineNanos(long startNanos) {
        long reserve = Math.max(20_000_000L, timeLimit.toNanos() / 50);
        return startNanos + Math.max(timeLimit.toNanos() - reserve, timeLimit.toNanos() / 2);
    }

    public SolveLimits withUnimprovedLimit(Duration limit) {
        return new SolveLimits(timeLimit, limit, randomSeed);
    }
}
