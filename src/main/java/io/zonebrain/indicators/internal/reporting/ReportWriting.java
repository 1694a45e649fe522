package io.zonebrain.indicators.internal.reporting;

import io.zonebrain.platform.AuditTrail;
import io.zonebrain.platform.CallerContext;
import io.zonebrain.platform.FieldError;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Checks a report against the rules and writes it keeping history: the current version is marked replaced and the
 * new one inserted, with an audit entry (before/after). Runs inside the caller's transaction; it throws nothing for
 * invalid input (callers decide), so an import can skip a row without poisoning its transaction.
 */
@Component
public class ReportWriting {

    private final ReportStore store;
    private final AuditTrail audit;
    private final Clock clock;

    ReportWriting(ReportStore store, AuditTrail audit, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    public List<FieldError> check(ReportEntry entry) {
        ReportKind kind = entry.kind();
        Neighbours around = new Neighbours(
                store.current(kind, entry.enterpriseId(), kind.previousInYear(entry.period())).orElse(null),
                store.current(kind, entry.enterpriseId(), kind.nextInYear(entry.period())).orElse(null),
                store.current(kind, entry.enterpriseId(), kind.yearBefore(entry.period())).orElse(null),
                LocalDate.now(clock));
        return ReportRules.check(entry, around);
    }

    public Optional<StoredReport> current(ReportEntry entry) {
        return store.current(entry.kind(), entry.enterpriseId(), entry.period());
    }

    /** Writes a checked entry; unchanged figures are not written again (no new version, no audit entry). */
    public boolean write(ReportEntry entry, String reason) {
        ReportKind kind = entry.kind();
        store.lock(entry);
        Optional<StoredReport> before = current(entry);
        if (before.isPresent() && sameFigures(before.get(), entry)
                && java.util.Objects.equals(before.get().jumpReason(), entry.hasReason() ? entry.jumpReason().strip() : null)) {
            return false;
        }
        before.ifPresent(b -> store.markReplaced(kind, b.id()));
        long id = store.insert(entry, CallerContext.actorName());
        String auditId = entry.enterpriseId() + ":" + entry.period();
        Map<String, Object> after = snapshot(entry.values(), entry.hasReason() ? entry.jumpReason() : null, id);
        if (before.isPresent()) {
            audit.changed(kind.auditType(), auditId,
                    snapshot(before.get().values(), before.get().jumpReason(), before.get().id()), after, reason);
        } else {
            audit.created(kind.auditType(), auditId, after, reason);
        }
        return true;
    }

    public static boolean sameFigures(StoredReport stored, ReportEntry entry) {
        for (Figure f : entry.kind().figures()) {
            BigDecimal a = stored.value(f);
            BigDecimal b = entry.value(f);
            if (a == null ? b != null : b == null || a.compareTo(b) != 0) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, Object> snapshot(Map<String, BigDecimal> values, String jumpReason, long rowId) {
        Map<String, Object> m = new LinkedHashMap<>(new java.util.TreeMap<>(values));
        m.put("jumpReason", jumpReason);
        m.put("rowId", rowId);
        return m;
    }
}
