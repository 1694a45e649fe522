package io.zonebrain.indicators.web;

import io.zonebrain.indicators.internal.reporting.ReportingStatus;
import io.zonebrain.platform.ExcelExport;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 漏报: per month, which above-scale enterprises in the officer's scope have reported and which have not; filter,
 * export to Excel, remind one or all. Officials only (the service refuses others with 403).
 */
@Controller
class ReportStatusController {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private final ReportingStatus status;
    private final MessageSource messages;
    private final Clock clock;

    ReportStatusController(ReportingStatus status, MessageSource messages, Clock clock) {
        this.status = status;
        this.messages = messages;
        this.clock = clock;
    }

    /** A row as the page and the export show it. */
    public record Line(long enterpriseId, String uscc, String name, boolean reported, String reportedAt, String source,
                String lastRemindedAt, int reminders) {
    }

    @GetMapping("/indicators/status")
    String page(@RequestParam(required = false) String period, @RequestParam(defaultValue = "ALL") String show,
                @RequestParam(required = false) String q, Model model) {
        YearMonth p = period(period);
        ReportingStatus.Show s = show(show);
        model.addAttribute("period", p.toString());
        model.addAttribute("show", s.name());
        model.addAttribute("q", q);
        model.addAttribute("counts", status.counts(p));
        model.addAttribute("lines", lines(p, s, q));
        return "indicators/status";
    }

    @GetMapping("/indicators/status/export.xlsx")
    void export(@RequestParam(required = false) String period, @RequestParam(defaultValue = "ALL") String show,
                @RequestParam(required = false) String q, Locale locale, HttpServletResponse response)
            throws IOException {
        YearMonth p = period(period);
        List<Line> lines = lines(p, show(show), q);
        response.setContentType(ExcelExport.CONTENT_TYPE);
        response.setHeader("Content-Disposition", "attachment; filename=\"reporting-status-" + p + ".xlsx\"");
        List<String> headers = List.of(msg("field.uscc", locale), msg("field.name", locale),
                msg("status.col.state", locale), msg("status.col.reportedAt", locale),
                msg("status.col.lastReminded", locale), msg("status.col.reminders", locale));
        ExcelExport.write(response.getOutputStream(), p.toString(), headers, sink -> lines.forEach(l -> sink.accept(
                java.util.Arrays.asList(l.uscc(), l.name(),
                        msg(l.reported() ? "status.reported" : "status.missing", locale),
                        l.reportedAt(), l.lastRemindedAt(), l.reminders()))));
    }

    @PostMapping("/indicators/status/remind")
    String remind(@RequestParam String period, @RequestParam(required = false) Long enterpriseId,
                  @RequestParam(defaultValue = "ALL") String show, RedirectAttributes redirect) {
        YearMonth p = period(period);
        int n;
        if (enterpriseId != null) {
            status.remind(enterpriseId, p);
            n = 1;
        } else {
            n = status.remindAllMissing(p);
        }
        redirect.addFlashAttribute("reminded", n);
        return "redirect:/indicators/status?period=" + p + "&show=" + show(show).name();
    }

    private List<Line> lines(YearMonth p, ReportingStatus.Show s, String q) {
        return status.rows(p, s, q).stream().map(r -> new Line(r.enterpriseId(), r.uscc(), r.name(), r.reported(),
                r.reportedAt() == null ? "" : AT.format(r.reportedAt()), r.source(),
                r.lastRemindedAt() == null ? "" : AT.format(r.lastRemindedAt()), r.reminders())).toList();
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private static ReportingStatus.Show show(String text) {
        try {
            return ReportingStatus.Show.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return ReportingStatus.Show.ALL;
        }
    }

    /** The month asked for, or last month: the one being reported in the first days of a month. */
    private YearMonth period(String text) {
        try {
            return text == null || text.isBlank() ? YearMonth.from(LocalDate.now(clock)).minusMonths(1)
                    : YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            return YearMonth.from(LocalDate.now(clock)).minusMonths(1);
        }
    }
}
