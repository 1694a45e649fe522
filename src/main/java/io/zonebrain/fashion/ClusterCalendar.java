package io.zonebrain.fashion;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * The cluster's working calendar over some range of years, as capacity reads it: factories work Monday to Saturday,
 * except the special days listed here (a HOLIDAY is off even on a weekday, a WORKDAY is worked even on a Sunday).
 * {@code defaultYears} are the years the operator has not entered, which carry the built-in holidays instead.
 */
public record ClusterCalendar(Map<LocalDate, DayKind> days, Set<Integer> defaultYears) {

    public ClusterCalendar {
        days = Map.copyOf(days);
        defaultYears = Set.copyOf(defaultYears);
    }

    /** Whether the cluster works on this day (before any factory's own closures). */
    public boolean works(LocalDate day) {
        DayKind kind = days.get(day);
        if (kind != null) {
            return kind == DayKind.WORKDAY;
        }
        return day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** Working days from {@code from} to {@code to}, both included. */
    public int workingDays(LocalDate from, LocalDate to) {
        int n = 0;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (works(d)) {
                n++;
            }
        }
        return n;
    }

    public boolean isDefault(int year) {
        return defaultYears.contains(year);
    }
}
