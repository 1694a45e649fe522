package io.zonebrain.fashion.allocation.constraints;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

/** How much of a small factory's horizon the plan uses. */
public record FactoryUtilisation(String factoryId, long loadMinutes, long availableMinutes)
        implements ConstraintJustification {
}
