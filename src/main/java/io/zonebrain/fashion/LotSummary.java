package io.zonebrain.fashion;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A row of the lot list, with its latest milestone. */
public record LotSummary(long id, long orderId, String orderCode, int lotNo, String brandName, String style,
                         String categoryCode, long factoryId, String factoryCode, String factoryName, int quantity,
                         BigDecimal unitPriceYuan, LotStatus status, LocalDate dueOn, LocalDate plannedFinishOn,
                         LocalDate shippedOn, MilestoneStep lastStep) {
}
