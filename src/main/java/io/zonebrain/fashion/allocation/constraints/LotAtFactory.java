package io.zonebrain.fashion.allocation.constraints;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

import io.zonebrain.fashion.allocation.model.Lot;

/** A rule matched one lot where it stands ({@code factoryId} is null for an unplaced lot). */
public record LotAtFactory(String lotId, String factoryId) implements ConstraintJustification {

    static LotAtFactory of(Lot lot) {
        return new LotAtFactory(lot.getId(), lot.getFactory() == null ? null : lot.getFactory().id());
    }
}
