package io.zonebrain.indicators.web;

import io.zonebrain.indicators.MoneyUnit;
import io.zonebrain.indicators.MonthlyFigures;
import io.zonebrain.indicators.MonthlyIndicator;
import io.zonebrain.indicators.MonthlyReport;
import io.zonebrain.indicators.MonthlyReports;
import io.zonebrain.indicators.MonthlySubmission;
import io.zonebrain.indicators.ReportSource;
import io.zonebrain.indicators.Unit;
import io.zonebrain.indicators.internal.reporting.ReportingEnterprise;
import io.zonebrain.indicators.internal.reporting.ReportingEnterprises;
import io.zonebrain.indicators.internal.reporting.ReportingStatus;
import io.zonebrain.platform.CallerContext;
import io.zonebrain.platform.CurrentUser;
import io.zonebrain.platform.FieldError;
import io.zonebrain.platform.NotFoundException;
import io.zonebrain.platform.ValidationException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The enterprise's own monthly form (GET/POST /indicators/report?period=YYYY-MM). Money is typed in 万元 as on the
 * bureau's paper form and stored in yuan. Last year's same month stands beside each field; a jump beyond ±50%
 * asks for a reason, a likely unit mistake for a correction or a confirmation. Officials may open the form of an
 * enterprise in their scope with {@code enterpriseId}.
 */
@Controller
class ReportFormController {

    private static final MoneyUnit FORM_UNIT = MoneyUnit.TEN_THOUSAND_YUAN;
    private static final java.time.format.DateTimeFormatter AT = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm").withZone(java.time.ZoneId.systemDefault());

    /** One version of the month's report, as the history table shows it. */
    public record HistoryLine(String at, String by, String source, boolean current) {
    }

    private final MonthlyReports reports;
    private final ReportingEnterprises enterprises;
    private final ReportingStatus status;
    private final Clock clock;

    ReportFormController(MonthlyReports reports, ReportingEnterprises enterprises, ReportingStatus status,
                         Clock clock) {
        this.reports = reports;
        this.enterprises = enterprises;
        this.status = status;
        this.clock = clock;
    }

    @GetMapping("/indicators/report")
    String form(@RequestParam(required = false) String period, @RequestParam(required = false) Long enterpriseId,
                Model model) {
        ReportingEnterprise e = enterprise(enterpriseId);
        YearMonth p = period(period);
        MonthlyReport current = reports.find(e.id(), p).orElse(null);
        Map<MonthlyIndicator, String> typed = new EnumMap<>(MonthlyIndicator.class);
        if (current != null) {
            current.figures().values().forEach((i, v) -> typed.put(i, shown(i, v)));
        }
        fill(model, e, p, typed, current == null ? null : current.jumpReason(), List.of(), false);
        return "indicators/report";
    }

    @PostMapping("/indicators/report")
    String submit(@RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect) {
        Long requested = form.getFirst("enterpriseId") == null || form.getFirst("enterpriseId").isBlank() ? null
                : Long.valueOf(form.getFirst("enterpriseId"));
        ReportingEnterprise e = enterprise(requested);
        YearMonth p = period(form.getFirst("period"));
        Map<MonthlyIndicator, String> typed = new EnumMap<>(MonthlyIndicator.class);
        Map<MonthlyIndicator, BigDecimal> yuan = new EnumMap<>(MonthlyIndicator.class);
        List<FieldError> errors = new ArrayList<>();
        for (MonthlyIndicator i : MonthlyIndicator.values()) {
            String text = form.getFirst(i.name());
            if (text == null || text.isBlank()) {
                continue;
            }
            typed.put(i, text.strip());
            try {
                BigDecimal v = new BigDecimal(text.strip().replace(",", "").replace("，", ""));
                yuan.put(i, i.unit() == Unit.YUAN ? FORM_UNIT.toYuan(v) : v);
            } catch (NumberFormatException ex) {
                errors.add(new FieldError(0, i.messageKey(), "indicators.value.notANumber", List.of(text.strip())));
            }
        }
        String reason = form.getFirst("jumpReason");
        boolean confirmed = "true".equals(form.getFirst("unitsConfirmed"));
        if (errors.isEmpty()) {
            try {
                reports.submit(new MonthlySubmission(e.id(), null, p, new MonthlyFigures(yuan), reason, confirmed,
                        FORM_UNIT, ReportSource.FORM));
                redirect.addFlashAttribute("saved", true);
                return "redirect:/indicators/report?period=" + p
                        + (requested == null ? "" : "&enterpriseId=" + requested);
            } catch (ValidationException ex) {
                errors.addAll(ex.errors());
            }
        }
        fill(model, e, p, typed, reason, errors, confirmed);
        return "indicators/report";
    }

    private void fill(Model model, ReportingEnterprise e, YearMonth p, Map<MonthlyIndicator, String> typed,
                      String reason, List<FieldError> errors, boolean confirmed) {
        MonthlyFigures lastYear = reports.sameMonthLastYear(e.id(), p).map(MonthlyReport::figures).orElse(null);
        MonthlyFigures single = reports.singleMonth(e.id(), p);
        List<ReportFormRow> rows = new ArrayList<>();
        for (MonthlyIndicator i : MonthlyIndicator.values()) {
            rows.add(new ReportFormRow(i.name(), i.messageKey(), "indicators.unit." + i.unit().name(),
                    typed.getOrDefault(i, ""), lastYear == null ? "" : shown(i, lastYear.get(i)),
                    shown(i, single.get(i)),
                    errors.stream().filter(x -> x.field().equals(i.messageKey())).toList()));
        }
        model.addAttribute("enterprise", e);
        model.addAttribute("period", p.toString());
        model.addAttribute("rows", rows);
        model.addAttribute("errors", errors);
        model.addAttribute("otherErrors", errors.stream().filter(x -> !x.field().startsWith("indicator.")).toList());
        model.addAttribute("jumpReason", reason);
        model.addAttribute("askReason", errors.stream().anyMatch(x -> x.messageCode().equals("indicators.jump.needsReason")));
        model.addAttribute("askUnits", confirmed || errors.stream().anyMatch(x -> x.messageCode().startsWith("indicators.unit.")));
        model.addAttribute("unitsConfirmed", confirmed);
        model.addAttribute("official", CallerContext.require().isOfficial());
        model.addAttribute("reminders", status.openReminders(e.id()));
        model.addAttribute("history", reports.history(e.id(), p).stream().map(v -> new HistoryLine(
                AT.format(v.report().reportedAt()), v.report().reportedBy(), v.report().source().name(), v.current()))
                .toList());
    }

    /** An enterprise user's own enterprise; an official's choice within their scope. Anything else is not found. */
    private ReportingEnterprise enterprise(Long requested) {
        CurrentUser me = CallerContext.require();
        Long id = me.isEnterprise() ? me.enterpriseId() : requested;
        if (id == null || (me.isEnterprise() && requested != null && !requested.equals(me.enterpriseId()))) {
            throw new NotFoundException("enterprise " + requested);
        }
        return enterprises.byId(me.dataScope(), id).orElseThrow(() -> new NotFoundException("enterprise " + id));
    }

    /** The month asked for, or last month: the one an enterprise reports in the first days of a month. */
    private YearMonth period(String text) {
        if (text == null || text.isBlank()) {
            return YearMonth.from(LocalDate.now(clock)).minusMonths(1);
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            return YearMonth.from(LocalDate.now(clock)).minusMonths(1); // the month picker never sends this
        }
    }

    private static String shown(MonthlyIndicator i, BigDecimal yuan) {
        if (yuan == null) {
            return "";
        }
        BigDecimal v = i.unit() == Unit.YUAN ? FORM_UNIT.fromYuan(yuan) : yuan.stripTrailingZeros();
        return v.toPlainString();
    }
}
