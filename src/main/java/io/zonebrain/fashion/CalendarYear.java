package io.zonebrain.fashion;

import java.util.List;

/**
 * A year of the cluster's calendar as the page shows it: its special days, and whether they are the operator's or
 * the built-in default (a year nobody has entered; its days then have id 0 and no author). {@code workingDays} has
 * twelve entries, one per month, counted the way capacity counts them.
 */
public record CalendarYear(int year, boolean builtIn, List<CalendarDay> days, List<Integer> workingDays) {

    public int totalWorkingDays() {
        return workingDays.stream().mapToInt(Integer::intValue).sum();
    }

    public long holidays() {
        return days.stream().filter(d -> d.kind() == DayKind.HOLIDAY).count();
    }

    public long makeUpDays() {
        return days.stream().filter(d -> d.kind() == DayKind.WORKDAY).count();
    }
}
