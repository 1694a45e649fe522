package io.zonebrain.fashion;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Part of an order placed at one factory. {@code allocationVersion} names the allocation run version that proposed
 * it (null when placed by hand). {@code dueOn} is the order's.
 */
public record Lot(long id, long zoneId, long orderId, String orderCode, int lotNo, long brandId, String brandName,
                  String style, String categoryCode, BigDecimal samMinutes, LocalDate dueOn, long factoryId,
                  String factoryCode, String factoryName, int quantity, BigDecimal unitPriceYuan, LotStatus status,
                  Long allocationVersion, LocalDate plannedStartOn, LocalDate plannedFinishOn, String declineReason,
                  LocalDate shippedOn, List<Milestone> milestones, QualityRating rating, int version) {

    /** The milestone the factory reports next, or null when it cannot report (not confirmed, or shipped). */
    public MilestoneStep nextStep() {
        if (status != LotStatus.CONFIRMED && status != LotStatus.IN_PRODUCTION) {
            return null;
        }
        return milestones.isEmpty() ? MilestoneStep.first() : milestones.get(milestones.size() - 1).step().next();
    }

    public BigDecimal valueYuan() {
        return unitPriceYuan.multiply(BigDecimal.valueOf(quantity));
    }

    public BigDecimal minutes() {
        return samMinutes.multiply(BigDecimal.valueOf(quantity));
    }

    /** Shipped by the due date; null while not shipped. */
    public Boolean onTime() {
        return shippedOn == null ? null : !shippedOn.isAfter(dueOn);
    }
}
