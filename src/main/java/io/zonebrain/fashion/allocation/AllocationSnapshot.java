package io.zonebrain.fashion.allocation;

import java.time.Duration;
import java.util.List;

/**
 * The best plan of a running solve at one moment: when it was found, its score and where each lot stands. Unlike
 * {@link AllocationResult} it has no per-rule totals (they take a full score analysis, too slow to repeat while
 * solving).
 */
public record AllocationSnapshot(Duration foundAfter, ScoreSummary score, List<LotPlacement> placements) {

    public AllocationSnapshot {
        placements = List.copyOf(placements);
    }
}
