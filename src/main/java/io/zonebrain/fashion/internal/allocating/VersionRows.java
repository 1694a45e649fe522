package io.zonebrain.fashion.internal.allocating;

import io.zonebrain.fashion.allocation.LotPlacement;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a version from a plan: one per lot the engine placed (or left unplaced) and one per lot held outside
 * the solve. The same rows serve the version written when a solve returns and the best plan saved while it runs.
 */
public record VersionRows(List<VersionStore.LotWrite> rows, long costUnits, int placed) {

    public static VersionRows of(BuiltProblem built, List<LotPlacement> placements) {
        List<VersionStore.LotWrite> rows = new ArrayList<>(placements.size() + built.held().size());
        long costUnits = 0;
        int placed = 0;
        for (LotPlacement p : placements) {
            BuiltProblem.LotInfo lot = built.lots().get(p.lotId());
            Long factory = p.factoryId() == null ? null : BuiltProblem.factoryId(p.factoryId());
            costUnits += p.costFen();
            placed += p.placed() ? 1 : 0;
            rows.add(new VersionStore.LotWrite(lot.key(), lot.orderId(), lot.existingLotId(), lot.pieces(),
                    lot.dueWeek(), factory, p.loadMinutes(), yuan(p.costFen()), p.pinned()));
        }
        for (BuiltProblem.LotInfo lot : built.held()) {
            long cost = built.heldCost().get(lot.key());
            costUnits += cost;
            // a lot kept as the parent version has it may be unplaced there (a brand's re-solve keeps it so)
            boolean at = lot.currentFactoryId() != null;
            placed += at ? 1 : 0;
            rows.add(new VersionStore.LotWrite(lot.key(), lot.orderId(), lot.existingLotId(), lot.pieces(),
                    lot.dueWeek(), lot.currentFactoryId(), at ? lot.minutes() : 0, yuan(cost), true));
        }
        return new VersionRows(List.copyOf(rows), costUnits, placed);
    }

    public BigDecimal costYuan() {
        return yuan(costUnits);
    }

    /** Hundredths of a fen (the problem's money unit) to yuan. */
    static BigDecimal yuan(long units) {
        return io.zonebrain.fashion.AllocationVersion.yuan(units);
    }
}
