package io.zonebrain.fashion.internal.allocating;

import io.zonebrain.fashion.ClusterCalendar;
import io.zonebrain.fashion.internal.calendar.BuiltInHolidays;
import java.time.LocalDate;
import java.util.List;

/**
 * Which days a garment factory works, for capacity: the days the cluster's calendar says are worked (Monday to
 * Saturday, minus the operator's holidays, plus the make-up working days; see {@link ClusterCalendar}), except the
 * factory's own closures. The calendar is data, read through {@link ProblemSource#calendar}.
 */
public final class WorkingCalendar {

    private WorkingCalendar() {
    }

    /** A working day of a factory with these closures (inclusive date ranges). */
    public static boolean works(ClusterCalendar calendar, LocalDate day, List<LocalDate[]> closures) {
        if (!calendar.works(day)) {
            return false;
        }
        for (LocalDate[] c : closures) {
            if (!day.isBefore(c[0]) && !day.isAfter(c[1])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Working days in each week of the horizon (weeks start on {@code horizonStart}, a Monday), counting only days
     * on or after {@code firstDay}.
     */
    public static int[] workingDays(ClusterCalendar calendar, LocalDate horizonStart, int weeks, LocalDate firstDay,
                                    List<LocalDate[]> closures) {
        int[] days = new int[weeks];
        for (int w = 0; w < weeks; w++) {
            for (int d = 0; d < 7; d++) {
                LocalDate day = horizonStart.plusDays(7L * w + d);
                if (!day.isBefore(firstDay) && works(calendar, day, closures)) {
                    days[w]++;
                }
            }
        }
        return days;
    }

    /**
     * As above under the built-in holidays alone, for callers with no operator's calendar to read (a test that
     * predicts capacity in a zone whose calendar is the seeded one).
     */
    public static int[] workingDays(LocalDate horizonStart, int weeks, LocalDate firstDay, List<LocalDate[]> closures) {
        return workingDays(BuiltInHolidays.calendar(horizonStart, horizonStart.plusDays(7L * weeks - 1)),
                horizonStart, weeks, firstDay, closures);
    }
}
