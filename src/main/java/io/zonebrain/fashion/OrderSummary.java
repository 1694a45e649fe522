package io.zonebrain.fashion;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A row of the order list, with how much of it is placed and shipped. */
public record OrderSummary(long id, String code, String brandCode, String brandName, String seasonCode,
                           String style, String categoryCode, BigDecimal samMinutes, int quantity, LocalDate dueOn,
                           int qualityLevel, BigDecimal targetPriceYuan, OrderStatus status, int placedQuantity,
                           int shippedQuantity) {
}
