package io.zonebrain.fashion.web;

import io.zonebrain.fashion.CalendarDayDraft;
import io.zonebrain.fashion.CalendarYear;
import io.zonebrain.fashion.ClusterCalendars;
import io.zonebrain.fashion.DayKind;
import io.zonebrain.fashion.FashionCaller;
import io.zonebrain.platform.ConcurrentEditException;
import io.zonebrain.platform.ExcelExport;
import io.zonebrain.platform.ValidationException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The cluster's working calendar page: a year's special days and working days per month for every participant
 * and official; the operator (and zone admin) add, change and remove days, and export or import a year as Excel.
 */
@Controller
class CalendarController {

    private final ClusterCalendars calendars;
    private final Clock clock;

    CalendarController(ClusterCalendars calendars, Clock clock) {
        this.calendars = calendars;
        this.clock = clock;
    }

    @GetMapping("/fashion/calendar")
    String page(@RequestParam(required = false) Integer year, Model model, Locale locale) {
        int thisYear = LocalDate.now(clock).getYear();
        int shown = year(year);
        CalendarYear y = calendars.year(shown);
        model.addAttribute("y", y);
        model.addAttribute("caller", FashionCaller.current());
        model.addAttribute("kinds", DayKind.values());
        model.addAttribute("years", IntStream.rangeClosed(Math.min(shown, thisYear - 3), Math.max(shown, thisYear + 5))
                .boxed().toList());
        List<String> months = new ArrayList<>();
        for (Month m : Month.values()) {
            months.add(m.getDisplayName(TextStyle.SHORT, locale));
        }
        model.addAttribute("months", months);
        model.addAttribute("grid", CalendarMonth.of(y, locale));
        model.addAttribute("weekdays", CalendarMonth.weekdays(locale));
        model.addAttribute("chartMonths", String.join(",", months));
        model.addAttribute("chartDays", y.workingDays().stream().map(String::valueOf)
                .collect(Collectors.joining(",")));
        return "fashion/calendar";
    }

    @PostMapping("/fashion/calendar/days")
    String put(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
               @RequestParam(required = false) DayKind kind, @RequestParam(required = false) String name,
               @RequestParam(required = false) Integer version, @RequestParam(required = false) String reason,
               RedirectAttributes redirect) {
        try {
            calendars.put(new CalendarDayDraft(day, kind, name), version, reason);
            redirect.addFlashAttribute("done", true);
        } catch (ValidationException e) {
            redirect.addFlashAttribute("errors", e.errors());
        } catch (ConcurrentEditException e) {
            redirect.addFlashAttribute("conflict", true);
        }
        return back(day == null ? null : day.getYear());
    }

    @PostMapping("/fashion/calendar/days/delete")
    String remove(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                  @RequestParam(defaultValue = "0") int version, @RequestParam(required = false) String reason,
                  RedirectAttributes redirect) {
        try {
            calendars.remove(day, version, reason);
            redirect.addFlashAttribute("done", true);
        } catch (ConcurrentEditException e) {
            redirect.addFlashAttribute("conflict", true);
        }
        return back(day.getYear());
    }

    @GetMapping("/fashion/calendar/export.xlsx")
    void export(@RequestParam(required = false) Integer year, Locale locale, HttpServletResponse response)
            throws IOException {
        int shown = year(year);
        FashionCaller.current().requireReader();
        response.setContentType(ExcelExport.CONTENT_TYPE);
        response.setHeader("Content-Disposition", "attachment; filename=\"calendar-" + shown + ".xlsx\"");
        calendars.export(shown, locale, response.getOutputStream());
    }

    @PostMapping("/fashion/calendar/import")
    String importYear(@RequestParam int year, @RequestParam(name = "file", required = false) MultipartFile file,
                      RedirectAttributes redirect) throws IOException {
        try {
            byte[] bytes = file == null ? new byte[0] : file.getBytes();
            int rows = calendars.importYear(year(year), bytes, null);
            redirect.addFlashAttribute("imported", rows);
        } catch (ValidationException e) {
            redirect.addFlashAttribute("importErrors", e.errors());
        }
        return back(year);
    }

    private int year(Integer year) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        return Math.max(ClusterCalendars.FIRST_YEAR, Math.min(ClusterCalendars.LAST_YEAR, y));
    }

    private String back(Integer year) {
        return "redirect:/fashion/calendar" + (year == null ? "" : "?year=" + year(year));
    }
}
