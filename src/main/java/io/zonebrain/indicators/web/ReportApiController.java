package io.zonebrain.indicators.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zonebrain.indicators.AnnualFigures;
import io.zonebrain.indicators.AnnualIndicator;
import io.zonebrain.indicators.AnnualReport;
import io.zonebrain.indicators.AnnualSubmission;
import io.zonebrain.indicators.MoneyUnit;
import io.zonebrain.indicators.MonthlyFigures;
import io.zonebrain.indicators.MonthlyIndicator;
import io.zonebrain.indicators.MonthlyReport;
import io.zonebrain.indicators.MonthlyReports;
import io.zonebrain.indicators.MonthlySubmission;
import io.zonebrain.indicators.ReportSource;
import io.zonebrain.platform.FieldError;
import io.zonebrain.platform.ValidationException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Monthly reports and annual figures for systems: figures in YUAN (the form and the bureau's Excel use 万元).
 * An enterprise's token reaches only that enterprise; an officer's the enterprises of their scope.
 */
@RestController
@RequestMapping("/api/v1/indicators")
@Tag(name = "indicators", description = "经济运行 月报与年度数据 / monthly reports and annual figures")
class ReportApiController {

    private final MonthlyReports monthly;
    private final AnnualFigures annual;

    ReportApiController(MonthlyReports monthly, AnnualFigures annual) {
        this.monthly = monthly;
        this.annual = annual;
    }

    /** A report as sent: USCC or enterpriseId, the month as YYYY-MM, year-to-date figures in yuan. */
    record MonthlyReportRequest(Long enterpriseId, String uscc, String period,
                                Map<MonthlyIndicator, BigDecimal> figures, String jumpReason, boolean unitsConfirmed) {
    }

    /** A report as stored, with the single month derived from the year-to-date figures. */
    record MonthlyReportResponse(long enterpriseId, String period, Map<MonthlyIndicator, BigDecimal> figures,
                                 Map<MonthlyIndicator, BigDecimal> singleMonth, String jumpReason, ReportSource source,
                                 String reportedBy, Instant reportedAt) {
    }

    record AnnualFiguresRequest(Long enterpriseId, String uscc, Integer year, Map<AnnualIndicator, BigDecimal> values,
                                String jumpReason, boolean unitsConfirmed) {
    }

    @PostMapping("/monthly-reports")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Submit or correct a monthly report (year-to-date figures in yuan); a correction keeps the "
            + "earlier version as history")
    MonthlyReportResponse submit(@RequestBody MonthlyReportRequest r) {
        MonthlyReport saved = monthly.submit(new MonthlySubmission(r.enterpriseId(), r.uscc(), period(r.period()),
                new MonthlyFigures(r.figures() == null ? Map.of() : r.figures()), r.jumpReason(), r.unitsConfirmed(),
                MoneyUnit.YUAN, ReportSource.API));
        return response(saved);
    }

    @GetMapping("/monthly-reports")
    @Operation(summary = "One enterprise's current monthly reports from..to (YYYY-MM, inclusive)")
    List<MonthlyReportResponse> list(@RequestParam long enterpriseId, @RequestParam String from,
                                     @RequestParam String to) {
        YearMonth f = period(from);
        List<MonthlyReport> reports = monthly.list(enterpriseId, f.minusMonths(1), period(to));
        return reports.stream().filter(r -> !r.period().isBefore(f)).map(r -> response(r, reports)).toList();
    }

    @PostMapping("/annual-figures")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Submit or correct one enterprise's annual figures (money in yuan)")
    AnnualReport submitAnnual(@RequestBody AnnualFiguresRequest r) {
        if (r.year() == null) {
            throw new ValidationException(List.of(FieldError.of("year", "indicators.year.invalid", "")));
        }
        return annual.submit(new AnnualSubmission(r.enterpriseId(), r.uscc(), r.year(),
                r.values() == null ? Map.of() : r.values(), r.jumpReason(), r.unitsConfirmed(), MoneyUnit.YUAN,
                ReportSource.API));
    }

    @GetMapping("/annual-figures")
    @Operation(summary = "One enterprise's annual figures: one year, or all years when year is omitted")
    List<AnnualReport> annual(@RequestParam long enterpriseId, @RequestParam(required = false) Integer year) {
        return year == null ? annual.list(enterpriseId, 2000, 2100) : annual.find(enterpriseId, year).stream().toList();
    }

    private MonthlyReportResponse response(MonthlyReport r) {
        MonthlyFigures single = monthly.singleMonth(r.enterpriseId(), r.period());
        return new MonthlyReportResponse(r.enterpriseId(), r.period().toString(), new TreeMap<>(r.figures().values()),
                new TreeMap<>(single.values()), r.jumpReason(), r.source(), r.reportedBy(), r.reportedAt());
    }

    private static MonthlyReportResponse response(MonthlyReport r, List<MonthlyReport> all) {
        MonthlyFigures before = all.stream().filter(x -> x.period().equals(r.period().minusMonths(1)))
                .map(MonthlyReport::figures).findFirst().orElse(null);
        MonthlyFigures single = MonthlyReports.singleMonth(r.figures(), before, r.period());
        return new MonthlyReportResponse(r.enterpriseId(), r.period().toString(), new TreeMap<>(r.figures().values()),
                new TreeMap<>(single.values()), r.jumpReason(), r.source(), r.reportedBy(), r.reportedAt());
    }

    static YearMonth period(String text) {
        try {
            return YearMonth.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationException(List.of(FieldError.of("period", "indicators.period.invalid",
                    String.valueOf(text))));
        }
    }
}
