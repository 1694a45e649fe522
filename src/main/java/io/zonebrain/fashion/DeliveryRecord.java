package io.zonebrain.fashion;

import java.math.BigDecimal;

/** A factory's delivery record over all its lots: shipped, shipped on time, average quality score, open lots. */
public record DeliveryRecord(long shipped, long onTime, BigDecimal averageScore, long openLots) {

    public Integer onTimePercent() {
        return shipped == 0 ? null : (int) Math.round(onTime * 100.0 / shipped);
    }
}
