package io.zonebrain.fashion;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A brand's order: what to make, how many, by when, at which quality, and which factories it wants or refuses. */
public record GarmentOrder(long id, long zoneId, long brandId, String brandCode, String brandName, String seasonCode,
                           String code, String brandRef, String style, String categoryCode, BigDecimal samMinutes,
                           int quantity, LocalDate dueOn, int qualityLevel, BigDecimal targetPriceYuan,
                           boolean maySplit, Integer smallestLot, OrderStatus status, String note,
                           List<String> processes, List<FactoryRef> preferred, List<FactoryRef> blocked,
                           OffsetDateTime postedAt, int version) {

    /** Standard minutes the whole order needs: quantity × SAM. */
    public BigDecimal totalMinutes() {
        return samMinutes.multiply(BigDecimal.valueOf(quantity));
    }

    public OrderDraft toDraft() {
        return new OrderDraft(brandId, brandRef, style, categoryCode, samMinutes, quantity, dueOn, qualityLevel,
                targetPriceYuan, maySplit, smallestLot, note, processes,
                preferred.stream().map(FactoryRef::code).toList(), blocked.stream().map(FactoryRef::code).toList());
    }
}
