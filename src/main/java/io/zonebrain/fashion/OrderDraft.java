package io.zonebrain.fashion;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An order as a brand posts it. {@code brandId} is ignored for a brand's own login (it always orders for itself).
 * Preferred and blocked factories are named by their codes, which is what a brand knows from its lots.
 */
public record OrderDraft(Long brandId, String brandRef, String style, String categoryCode, BigDecimal samMinutes,
                         Integer quantity, LocalDate dueOn, Integer qualityLevel, BigDecimal targetPriceYuan,
                         boolean maySplit, Integer smallestLot, String note, List<String> processes,
                         List<String> preferredFactories, List<String> blockedFactories) {

    public OrderDraft {
        processes = processes == null ? List.of() : List.copyOf(processes);
        preferredFactories = preferredFactories == null ? List.of() : List.copyOf(preferredFactories);
        blockedFactories = blockedFactories == null ? List.of() : List.copyOf(blockedFactories);
    }
}
