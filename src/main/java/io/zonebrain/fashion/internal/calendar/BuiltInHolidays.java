package io.zonebrain.fashion.internal.calendar;

import io.zonebrain.fashion.ClusterCalendar;
import io.zonebrain.fashion.DayKind;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The rule capacity used before the operator kept a calendar, and still uses for a year the operator has not
 * entered: New Year's Day, the Spring Festival (eve to the sixth day), Labour Day (1–5 May) and National Day
 * (1–7 October), no make-up working days. The Spring Festival is only known here up to 2031; a later year without
 * the operator's rows loses that week's holiday, which is why the calendar page flags such years. The migration
 * V65 seeds each zone with exactly these days for 2024–2031 (CalendarSeedTest compares them day by day).
 */
public final class BuiltInHolidays {

    /** The first day of the Spring Festival (正月初一). */
    private static final Map<Integer, LocalDate> SPRING_FESTIVAL = Map.of(
            2024, LocalDate.of(2024, 2, 10), 2025, LocalDate.of(2025, 1, 29), 2026, LocalDate.of(2026, 2, 17),
            2027, LocalDate.of(2027, 2, 6), 2028, LocalDate.of(2028, 1, 26), 2029, LocalDate.of(2029, 2, 13),
            2030, LocalDate.of(2030, 2, 3), 2031, LocalDate.of(2031, 1, 23));

    private BuiltInHolidays() {
    }

    /** The built-in holidays of one year, by day, with their names. */
    public static Map<LocalDate, String> of(int year) {
        Map<LocalDate, String> out = new LinkedHashMap<>();
        out.put(LocalDate.of(year, 1, 1), "元旦");
        LocalDate festival = SPRING_FESTIVAL.get(year);
        if (festival != null) {
            for (LocalDate d = festival.minusDays(1); !d.isAfter(festival.plusDays(5)); d = d.plusDays(1)) {
                out.put(d, "春节");
            }
        }
        for (int d = 1; d <= 5; d++) {
            out.put(LocalDate.of(year, 5, d), "劳动节");
        }
        for (int d = 1; d <= 7; d++) {
            out.put(LocalDate.of(year, 10, d), "国庆节");
        }
        return out;
    }

    /** The calendar of the years from {@code from} to {@code to} under the built-in rule alone (no database). */
    public static ClusterCalendar calendar(LocalDate from, LocalDate to) {
        Map<LocalDate, DayKind> days = new HashMap<>();
        Set<Integer> years = new HashSet<>();
        for (int y = from.getYear(); y <= to.getYear(); y++) {
            of(y).keySet().forEach(d -> days.put(d, DayKind.HOLIDAY));
            years.add(y);
        }
        return new ClusterCalendar(days, years);
    }
}
