package io.zonebrain.fashion;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One lot of an allocation version: the order it is cut from, and the factory it went to (null = unplaced). */
public record AllocationVersionLot(String lotKey, long orderId, String orderCode, long brandId, String brandName,
                                   String style, String categoryCode, LocalDate dueOn, Long existingLotId,
                                   int quantity, Long factoryId, String factoryCode, String factoryName,
                                   String townCode, long loadMinutes, BigDecimal costYuan, boolean pinned,
                                   boolean pinnedNow, String brandAnswer) {

    public boolean placed() {
        return factoryId != null;
    }
}
