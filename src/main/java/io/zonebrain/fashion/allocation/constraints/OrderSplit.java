package io.zonebrain.fashion.allocation.constraints;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

/** An order whose lots went to more than one factory. */
public record OrderSplit(String orderId, int factories) implements ConstraintJustification {
}
