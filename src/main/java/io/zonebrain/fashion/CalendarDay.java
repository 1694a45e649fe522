package io.zonebrain.fashion;

import java.time.Instant;
import java.time.LocalDate;

/** One special day of the cluster's calendar as the operator keeps it; {@code version} for optimistic locking. */
public record CalendarDay(long id, LocalDate day, DayKind kind, String name, String updatedBy, Instant updatedAt,
                          int version) {
}
