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

    public SolveLimits withUnimprovedLimit(Duration limit) {
        return new SolveLimits(timeLimit, limit, randomSeed);
    }
}
