package io.zonebrain.indicators;

import io.zonebrain.indicators.internal.reporting.Figure;
import io.zonebrain.indicators.internal.reporting.ReportEntry;
import io.zonebrain.indicators.internal.reporting.ReportKind;
import io.zonebrain.indicators.internal.reporting.ReportStore;
import io.zonebrain.indicators.internal.reporting.ReportWriting;
import io.zonebrain.indicators.internal.reporting.ReportingEnterprise;
import io.zonebrain.indicators.internal.reporting.ReportingEnterprises;
import io.zonebrain.indicators.internal.reporting.StoredReport;
import io.zonebrain.platform.CallerContext;
import io.zonebrain.platform.CurrentUser;
import io.zonebrain.platform.FieldError;
import io.zonebrain.platform.NotFoundException;
import io.zonebrain.platform.ValidationException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Monthly reports (规上工业月报): submit or correct one, read it, its history and last year's same month. An
 * enterprise user reaches only its own enterprise, an officer the enterprises of their scope; anything else is
 * "not found". A correction never overwrites: the earlier version stays, marked replaced.
 */
@Service
public class MonthlyReports {

    private final ReportWriting writing;
    private final ReportStore store;
    private final ReportingEnterprises enterprises;

    MonthlyReports(ReportWriting writing, ReportStore store, ReportingEnterprises enterprises) {
        this.writing = writing;
        this.store = store;
        this.enterprises = enterprises;
    }

    /** Checks and stores a report; throws {@link ValidationException} with every problem, writing nothing. */
    @Transactional
    public MonthlyReport submit(MonthlySubmission s) {
        ReportingEnterprise e = resolve(s.enterpriseId(), s.uscc());
        if (s.period() == null) {
            throw new ValidationException(List.of(FieldError.of("period", "indicators.period.required")));
        }
        ReportEntry entry = entry(e, s);
        List<FieldError> errors = writing.check(entry);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        boolean correction = writing.current(entry).isPresent();
        writing.write(entry, correction ? "更正 / correction" + reasonSuffix(s.jumpReason())
                : "填报 / report" + reasonSuffix(s.jumpReason()));
        return find(e.id(), s.period()).orElseThrow();
    }

    public Optional<MonthlyReport> find(long enterpriseId, YearMonth period) {
        ReportingEnterprise e = inScope(enterpriseId);
        return store.current(ReportKind.MONTHLY, e.id(), period).map(MonthlyReports::report);
    }

    public Optional<MonthlyReport> sameMonthLastYear(long enterpriseId, YearMonth period) {
        return find(enterpriseId, period.minusYears(1));
    }

    /** Current reports from..to inclusive, oldest first. */
    public List<MonthlyReport> list(long enterpriseId, YearMonth from, YearMonth to) {
        ReportingEnterprise e = inScope(enterpriseId);
        return store.range(ReportKind.MONTHLY, e.id(), from, to).stream().map(MonthlyReports::report).toList();
    }

    /** Every version of a month's report, newest first; corrections keep the earlier ones. */
    public List<Revision<MonthlyReport>> history(long enterpriseId, YearMonth period) {
        ReportingEnterprise e = inScope(enterpriseId);
        return store.history(ReportKind.MONTHLY, e.id(), period).stream()
                .map(r -> new Revision<>(report(r), r.current(), r.replacedAt())).toList();
    }

    /** The month alone, derived from the year-to-date figures of this month and the one before. */
    public MonthlyFigures singleMonth(long enterpriseId, YearMonth period) {
        MonthlyReport now = find(enterpriseId, period).orElse(null);
        if (now == null) {
            return new MonthlyFigures(Map.of());
        }
        MonthlyReport before = period.getMonthValue() == 1 ? null : find(enterpriseId, period.minusMonths(1)).orElse(null);
        return singleMonth(now.figures(), before == null ? null : before.figures(), period);
    }

    /**
     * January's single month is its year-to-date value; later months subtract the previous month's year-to-date
     * value, and are unknown (absent) when that month was not reported. The employee average is not a sum.
     */
    public static MonthlyFigures singleMonth(MonthlyFigures ytd, MonthlyFigures previousYtd, YearMonth period) {
        Map<MonthlyIndicator, BigDecimal> out = new EnumMap<>(MonthlyIndicator.class);
        for (MonthlyIndicator i : MonthlyIndicator.values()) {
            BigDecimal v = ytd.get(i);
            if (v == null || !i.cumulative()) {
                continue;
            }
            if (period.getMonthValue() == 1) {
                out.put(i, v);
            } else if (previousYtd != null && previousYtd.get(i) != null) {
                out.put(i, v.subtract(previousYtd.get(i)));
            }
        }
        return new MonthlyFigures(out);
    }

    private ReportingEnterprise resolve(Long enterpriseId, String uscc) {
        if (enterpriseId != null) {
            return inScope(enterpriseId);
        }
        String code = uscc == null ? "" : uscc.strip().toUpperCase(java.util.Locale.ROOT);
        if (code.isEmpty()) {
            throw new ValidationException(List.of(FieldError.of("uscc", "indicators.uscc.required")));
        }
        return enterprises.byUscc(CallerContext.require().dataScope(), code).orElseThrow(() ->
                new ValidationException(List.of(FieldError.of("uscc", "indicators.uscc.unknown", code))));
    }

    private ReportingEnterprise inScope(long enterpriseId) {
        CurrentUser me = CallerContext.require();
        return enterprises.byId(me.dataScope(), enterpriseId)
                .orElseThrow(() -> new NotFoundException("enterprise " + enterpriseId));
    }

    private static ReportEntry entry(ReportingEnterprise e, MonthlySubmission s) {
        Map<String, BigDecimal> values = new HashMap<>();
        if (s.figures() != null) {
            s.figures().values().forEach((k, v) -> values.put(k.name(), v));
        }
        return new ReportEntry(ReportKind.MONTHLY, e.id(), e.zoneId(), s.period(), values, s.jumpReason(),
                s.unitsConfirmed(), s.enteredIn() == null ? MoneyUnit.YUAN : s.enteredIn(),
                s.source() == null ? ReportSource.API : s.source());
    }

    static String reasonSuffix(String jumpReason) {
        return jumpReason == null || jumpReason.isBlank() ? "" : "；" + jumpReason.strip();
    }

    static MonthlyReport report(StoredReport r) {
        Map<MonthlyIndicator, BigDecimal> values = new EnumMap<>(MonthlyIndicator.class);
        for (Figure f : ReportKind.MONTHLY.figures()) {
            if (r.value(f) != null) {
                values.put(MonthlyIndicator.valueOf(f.code()), r.value(f));
            }
        }
        return new MonthlyReport(r.enterpriseId(), r.zoneId(), (YearMonth) r.period(), new MonthlyFigures(values),
                r.jumpReason(), ReportSource.valueOf(r.source()), r.reportedBy(), r.reportedAt());
    }
}
