package io.zonebrain.fashion;

import java.time.LocalDate;

/** A special day as a form, the API or a sheet row gives it; checked by {@link ClusterCalendars}. */
public record CalendarDayDraft(LocalDate day, DayKind kind, String name) {
}
