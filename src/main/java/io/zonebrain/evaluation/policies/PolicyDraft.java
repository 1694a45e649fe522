package io.zonebrain.evaluation.policies;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A measure as an administrator enters it; {@link PolicyMeasures#add} checks it and reports every problem. */
public record PolicyDraft(String grade, PolicyMeasure.Kind kind, PolicyMeasure.Resource resource,
                          Integer minConsecutiveYears, BigDecimal amount, Boolean eligible, Integer priority,
                          LocalDate effectiveFrom, LocalDate effectiveTo, String description) {
}
