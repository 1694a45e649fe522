package io.zonebrain.fashion.internal.allocating;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What a round allocates: a season's orders (optionally of one category or brand) on the factories (optionally of one
 * town), as of {@code today}. A re-solve carries the lots of the version it starts from and the keys pinned there.
 */
public record RoundSpec(long zoneId, String season, String category, String town, Long brandId, Mode mode,
                        LocalDate today, List<ParentLot> parentLots, Set<String> pins) {

    public enum Mode { ROUND, RESOLVE, AT_RISK }

    /** A lot of the version a re-solve starts from. */
    public record ParentLot(String key, long orderId, Long existingLotId, int quantity, Long factoryId,
                            boolean pinned) {
    }
}
