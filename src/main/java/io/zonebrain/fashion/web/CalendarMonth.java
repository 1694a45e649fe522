package io.zonebrain.fashion.web;

import io.zonebrain.fashion.CalendarDay;
import io.zonebrain.fashion.CalendarYear;
import io.zonebrain.fashion.ClusterCalendar;
import io.zonebrain.fashion.DayKind;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One month of the calendar page's year grid: weeks from Monday to Sunday, each cell a day of the month or an empty
 * pad. Whether a day is worked comes from {@link ClusterCalendar#works}, the rule capacity uses, so the grid cannot
 * disagree with what the allocation engine counts.
 */
public record CalendarMonth(String name, int workingDays, List<List<Cell>> weeks) {

    /** {@code kind}: work, rest (an ordinary Sunday), holiday, makeup (a make-up working day); pads have no day. */
    public record Cell(LocalDate day, String kind, String name) {

        public boolean pad() {
            return day == null;
        }
    }

    static List<CalendarMonth> of(CalendarYear year, Locale locale) {
        Map<LocalDate, DayKind> kinds = new HashMap<>();
        Map<LocalDate, String> names = new HashMap<>();
        for (CalendarDay d : year.days()) {
            kinds.put(d.day(), d.kind());
            names.put(d.day(), d.name());
        }
        ClusterCalendar calendar = new ClusterCalendar(kinds, Set.of());
        List<CalendarMonth> months = new ArrayList<>(12);
        for (Month m : Month.values()) {
            LocalDate first = LocalDate.of(year.year(), m, 1);
            List<List<Cell>> weeks = new ArrayList<>();
            List<Cell> week = pads(first.getDayOfWeek().getValue() - 1);
            for (LocalDate d = first; d.getMonth() == m; d = d.plusDays(1)) {
                week.add(new Cell(d, kind(calendar, kinds.get(d), d), names.get(d)));
                if (d.getDayOfWeek() == DayOfWeek.SUNDAY) {
                    weeks.add(week);
                    week = new ArrayList<>(7);
                }
            }
            if (!week.isEmpty()) {
                week.addAll(pads(7 - week.size()));
                weeks.add(week);
            }
            months.add(new CalendarMonth(m.getDisplayName(TextStyle.FULL, locale), year.workingDays().get(m.ordinal()),
                    weeks));
        }
        return months;
    }

    /** Monday to Sunday in the page's language, for the grid's heading row. */
    static List<String> weekdays(Locale locale) {
        List<String> names = new ArrayList<>(7);
        for (DayOfWeek d : DayOfWeek.values()) {
            names.add(d.getDisplayName(TextStyle.NARROW, locale));
        }
        return names;
    }

    private static String kind(ClusterCalendar calendar, DayKind special, LocalDate day) {
        if (special == DayKind.HOLIDAY) {
            return "holiday";
        }
        if (special == DayKind.WORKDAY) {
            return "makeup";
        }
        return calendar.works(day) ? "work" : "rest";
    }

    private static List<Cell> pads(int n) {
        List<Cell> cells = new ArrayList<>(7);
        for (int i = 0; i < n; i++) {
            cells.add(new Cell(null, "pad", null));
        }
        return cells;
    }
}
