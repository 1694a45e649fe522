package io.zonebrain.fashion.internal.allocating;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What a round allocates: a season's orders (optionally of one category or brand) on the factories (optionally of one
 * town), as of {@code today}. A re-solve carries the lots of the version it starts from and the keys pinned there.
 * {@code forBrandId} is set on a brand's re-solve: only that brand's lots may move, every other lot is held as the
 * parent version has it.
 */
public record RoundSpec(long zoneId, String season, String category, String town, Long brandId, Mode mode,
                        LocalDate today, List<ParentLot> parentLots, Set<String> pins, Long forBrandId) {

    public enum Mode { ROUND, RESOLVE, AT_RISK }

    public RoundSpec(long zoneId, String season, String category, String town, Long brandId, Mode mode,
                     LocalDate today, List<ParentLot> parentLots, Set<String> pins) {
        this(zoneId, season, category, town, brandId, mode, today, parentLots, pins, null);
    }

    /** A lot of the version a re-solve starts from, with its cost there (kept as it is when the lot is held). */
    public record ParentLot(String key, long orderId, Long existingLotId, int quantity, Long factoryId,
                            boolean pinned, BigDecimal costYuan) {
    }
}
