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
import io.zonebrain.platform.FieldError;
import io.zonebrain.platform.NotFoundException;
import io.zonebrain.platform.ValidationException;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Annual figures for the per-mu evaluation (亩均论英雄), per enterprise and year, with the monthly reports' rules
 * (no future year, no negative amounts, jumps need a reason, likely unit mistakes refused) and the same history.
 */
@Service
public class AnnualFigures {

    private final ReportWriting writing;
    private final ReportStore store;
    private final ReportingEnterprises enterprises;

    AnnualFigures(ReportWriting writing, ReportStore store, ReportingEnterprises enterprises) {
        this.writing = writing;
        this.store = store;
        this.enterprises = enterprises;
    }

    @Transactional
    public AnnualReport submit(AnnualSubmission s) {
        ReportingEnterprise e = s.enterpriseId() != null ? inScope(s.enterpriseId())
                : enterprises.byUscc(CallerContext.require().dataScope(), s.uscc() == null ? "" : s.uscc().strip())
                        .orElseThrow(() -> new ValidationException(List.of(
                                FieldError.of("uscc", "indicators.uscc.unknown", String.valueOf(s.uscc())))));
        Map<String, BigDecimal> values = new HashMap<>();
        if (s.values() != null) {
            s.values().forEach((k, v) -> {
                if (v != null) {
                    values.put(k.name(), v);
                }
            });
        }
        ReportEntry entry = new ReportEntry(ReportKind.ANNUAL, e.id(), e.zoneId(), s.year(), values, s.jumpReason(),
                s.unitsConfirmed(), s.enteredIn() == null ? MoneyUnit.YUAN : s.enteredIn(),
                s.source() == null ? ReportSource.API : s.source());
        List<FieldError> errors = writing.check(entry);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        writing.write(entry, (writing.current(entry).isPresent() ? "更正 / correction" : "填报 / report")
                + MonthlyReports.reasonSuffix(s.jumpReason()));
        return find(e.id(), s.year()).orElseThrow();
    }

    public Optional<AnnualReport> find(long enterpriseId, int year) {
        ReportingEnterprise e = inScope(enterpriseId);
        return store.current(ReportKind.ANNUAL, e.id(), year).map(AnnualFigures::report);
    }

    public List<AnnualReport> list(long enterpriseId, int fromYear, int toYear) {
        ReportingEnterprise e = inScope(enterpriseId);
        return store.range(ReportKind.ANNUAL, e.id(), fromYear, toYear).stream().map(AnnualFigures::report).toList();
    }

    public List<Revision<AnnualReport>> history(long enterpriseId, int year) {
        ReportingEnterprise e = inScope(enterpriseId);
        return store.history(ReportKind.ANNUAL, e.id(), year).stream()
                .map(r -> new Revision<>(report(r), r.current(), r.replacedAt())).toList();
    }

    private ReportingEnterprise inScope(long enterpriseId) {
        return enterprises.byId(CallerContext.require().dataScope(), enterpriseId)
                .orElseThrow(() -> new NotFoundException("enterprise " + enterpriseId));
    }

    static AnnualReport report(StoredReport r) {
        Map<AnnualIndicator, BigDecimal> values = new EnumMap<>(AnnualIndicator.class);
        for (Figure f : ReportKind.ANNUAL.figures()) {
            if (r.value(f) != null) {
                values.put(AnnualIndicator.valueOf(f.code()), r.value(f));
            }
        }
        return new AnnualReport(r.enterpriseId(), r.zoneId(), (Integer) r.period(), Collections.unmodifiableMap(values),
                r.jumpReason(), ReportSource.valueOf(r.source()), r.reportedBy(), r.reportedAt());
    }
}
