package io.zonebrain.fashion;

import java.math.BigDecimal;
import java.util.List;

/** A row of the factory list. */
public record FactorySummary(long id, String code, String name, String uscc, Long enterpriseId, String townCode,
                             int workers, BigDecimal capacityMinutesPerDay, int qualityLevel, int minOrderPieces,
                             List<String> categories, List<String> processes) {

    public boolean allocatable() {
        return capacityMinutesPerDay.signum() > 0;
    }
}
