package io.zonebrain.fashion.allocation.constraints;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

/** The lots due by the end of {@code week} at a factory need more minutes than it has up to then. */
public record CapacityExceeded(String factoryId, int week, long loadMinutes, long availableMinutes)
        implements ConstraintJustification {
}
