package io.zonebrain.evaluation.policies;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One measure that follows a grade (差别化政策), effective-dated: a price surcharge on electricity or water (元 per
 * kWh / m³) from a number of consecutive years in the grade; a land-bid deposit (percent); subsidy eligibility and
 * priority (1 = served first). Measures are data: a new rule is a new row with its own dates.
 */
public record PolicyMeasure(long id, String grade, Kind kind, Resource resource, int minConsecutiveYears,
                            BigDecimal amount, boolean eligible, Integer priority, LocalDate effectiveFrom,
                            LocalDate effectiveTo, String description, String createdBy, Instant createdAt) {

    public enum Kind { PRICE_SURCHARGE, LAND_DEPOSIT, SUBSIDY }

    public enum Resource { ELECTRICITY, WATER }

    /** Both ends inclusive; an open end is open. */
    public boolean effectiveOn(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
    }
}
