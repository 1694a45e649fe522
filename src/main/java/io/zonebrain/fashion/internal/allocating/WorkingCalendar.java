package io.zonebrain.fashion.internal.allocating;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Which days a garment factory works, for capacity: Monday to Saturday (the cluster's six-day week, as the dashboard
 * counts it), except the main statutory holidays — New Year's Day, the Spring Festival (eve to the sixth day),
 * Labour Day (1–5 May) and National Day (1–7 October) — and the factory's own closures. The platform has no
 * admin-kept holiday calendar yet; when it does, this is the one place to read it.
 */
public final class WorkingCalendar {

    /** The first day of the Spring Festival (正月初一); the holiday runs from the day before for seven days. */
    private static final Map<Integer, LocalDate> SPRING_FESTIVAL = Map.of(
            2024, LocalDate.of(2024, 2, 10), 2025, LocalDate.of(2025, 1, 29), 2026, LocalDate.of(2026, 2, 17),
            2027, LocalDate.of(2027, 2, 6), 2028, LocalDate.of(2028, 1, 26), 2029, LocalDate.of(2029, 2, 13),
            2030, LocalDate.of(2030, 2, 3), 2031, LocalDate.of(2031, 1, 23));

    private WorkingCalendar() {
    }

    public static boolean publicHoliday(LocalDate day) {
        int m = day.getMonthValue();
        int d = day.getDayOfMonth();
        if (m == 1 && d == 1 || m == 5 && d <= 5 || m == 10 && d <= 7) {
            return true;
        }
        LocalDate festival = SPRING_FESTIVAL.get(day.getYear());
        return festival != null && !day.isBefore(festival.minusDays(1)) && !day.isAfter(festival.plusDays(5));
    }

    /** A working day of a factory with these closures (inclusive date ranges). */
    public static boolean works(LocalDate day, List<LocalDate[]> closures) {
        if (day.getDayOfWeek() == DayOfWeek.SUNDAY || publicHoliday(day)) {
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
    public static int[] workingDays(LocalDate horizonStart, int weeks, LocalDate firstDay, List<LocalDate[]> closures) {
        int[] days = new int[weeks];
        for (int w = 0; w < weeks; w++) {
            for (int d = 0; d < 7; d++) {
                LocalDate day = horizonStart.plusDays(7L * w + d);
                if (!day.isBefore(firstDay) && works(day, closures)) {
                    days[w]++;
                }
            }
        }
        return days;
    }
}
