package io.zonebrain.evaluation.policies;

import io.zonebrain.evaluation.EvaluationRun;
import io.zonebrain.evaluation.Scheme;
import io.zonebrain.evaluation.internal.RunStore;
import io.zonebrain.evaluation.internal.SchemeStore;
import io.zonebrain.platform.AuditTrail;
import io.zonebrain.platform.CallerContext;
import io.zonebrain.platform.ConcurrentEditException;
import io.zonebrain.platform.CurrentUser;
import io.zonebrain.platform.FieldError;
import io.zonebrain.platform.NotFoundException;
import io.zonebrain.platform.ValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * D-class remediation (整治提升): one case per enterprise in a published run's worst grade, opened when the run is
 * published (or by an officer for a run published before), worked by an owner with measures, a deadline and notes,
 * and closed as LIFTED or EXITED with the land it freed. Officials only, each within their data scope; every change
 * is audited.
 */
@Service
public class Remediation {

    private final RemediationStore store;
    private final RunStore runs;
    private final SchemeStore schemes;
    private final AuditTrail audit;

    Remediation(RemediationStore store, RunStore runs, SchemeStore schemes, AuditTrail audit) {
        this.store = store;
        this.runs = runs;
        this.schemes = schemes;
        this.audit = audit;
    }

    /** The officer's button: cases for a published run's D firms that have none yet; returns how many were opened. */
    @Transactional
    public int openCasesFor(long runId) {
        CurrentUser me = official();
        if (me.gridId() != null) {
            throw new AccessDeniedException("cases are opened for the whole zone");
        }
        EvaluationRun run = runs.find(me.zoneId(), runId).orElseThrow(() -> new NotFoundException("run " + runId));
        if (run.draft()) {
            throw new ValidationException(List.of(FieldError.of("remediationRun", "evaluation.run.notPublished")));
        }
        return open(me.zoneId(), run, "opened by hand");
    }

    /** Without a caller check: the run's publication (already checked) and the demo seed call it. */
    int open(long zoneId, EvaluationRun run, String reason) {
        Scheme scheme = schemes.version(zoneId, run.schemeCode(), run.schemeVersion()).orElseThrow().scheme();
        if (scheme.grades().isEmpty()) {
            return 0;
        }
        String worst = scheme.grades().get(scheme.grades().size() - 1).code();
        int opened = store.openFor(zoneId, run.id(), worst);
        if (opened > 0) {
            audit.record("evaluation_remediation", run.id(), "OPEN_CASES", null,
                    Map.of("run", run.id(), "grade", worst, "opened", opened), reason);
        }
        // a corrected version that lifts a firm out of the worst grade withdraws its case: the grade was wrong
        String actor = CallerContext.actorName();
        for (long caseId : store.withdrawNoLongerWorst(zoneId, run.id(), worst, actor)) {
            store.addNote(caseId, "run " + run.id() + " v" + run.version() + ": no longer " + worst, actor);
            audit.record("evaluation_remediation", caseId, "WITHDRAW", Map.of("status", "OPEN"),
                    Map.of("status", "WITHDRAWN", "run", run.id()), reason);
        }
        return opened;
    }

    public List<RemediationCase> list(RemediationCase.Filter filter) {
        return store.list(official().dataScope(), filter == null ? RemediationCase.Filter.none() : filter);
    }

    public RemediationCase.Totals totals() {
        return store.totals(official().dataScope());
    }

    public RemediationCase get(long id) {
        return store.find(official().dataScope(), id).orElseThrow(() -> new NotFoundException("case " + id));
    }

    /** The enterprise's cases, newest data year first (for the officer's view of an enterprise). */
    public List<RemediationCase> ofEnterprise(long enterpriseId) {
        return store.list(official().dataScope(), new RemediationCase.Filter(null, null, null, null, enterpriseId));
    }

    public List<RemediationCase.Note> notes(long id) {
        get(id);
        return store.notes(id);
    }

    @Transactional
    public RemediationCase update(long id, int version, List<RemediationCase.Measure> measures, String owner,
                                  LocalDate deadline, String reason) {
        RemediationCase before = openCase(id);
        if (owner != null && owner.strip().length() > 80) {
            throw new ValidationException(List.of(FieldError.of("remediationOwner", "policies.tooLong", 80)));
        }
        if (!store.update(id, version, measures, owner, deadline)) {
            throw new ConcurrentEditException("evaluation_remediation", id);
        }
        RemediationCase after = get(id);
        audit.changed("evaluation_remediation", id, before, after, reason);
        return after;
    }

    @Transactional
    public void addNote(long id, String note) {
        RemediationCase c = get(id);
        if (note == null || note.isBlank()) {
            throw new ValidationException(List.of(FieldError.of("remediationNote", "policies.required")));
        }
        if (note.strip().length() > 2000) {
            throw new ValidationException(List.of(FieldError.of("remediationNote", "policies.tooLong", 2000)));
        }
        store.addNote(c.id(), note.strip(), CallerContext.actorName());
        audit.record("evaluation_remediation", id, "NOTE", null, note.strip(), null);
    }

    /**
     * LIFTED or EXITED; the land freed (by exit or renewal) is what the zone's tally adds up, at most the land the
     * run read for the enterprise.
     */
    @Transactional
    public RemediationCase close(long id, int version, RemediationCase.Status status, BigDecimal freedLandMu,
                                 String reason) {
        RemediationCase before = openCase(id);
        if (status == null || status == RemediationCase.Status.OPEN) {
            throw new ValidationException(List.of(FieldError.of("remediationStatus", "policies.closeStatus")));
        }
        if (freedLandMu != null && (freedLandMu.signum() < 0
                || (before.landMu() != null && freedLandMu.compareTo(before.landMu()) > 0))) {
            throw new ValidationException(List.of(FieldError.of("remediationFreedLand", "policies.freedLand",
                    before.landMu() == null ? "-" : before.landMu().toPlainString())));
        }
        if (!store.close(id, version, status, freedLandMu, CallerContext.actorName())) {
            throw new ConcurrentEditException("evaluation_remediation", id);
        }
        RemediationCase after = get(id);
        audit.record("evaluation_remediation", id, "CLOSE", before, after, reason);
        return after;
    }

    private RemediationCase openCase(long id) {
        RemediationCase c = get(id);
        if (!c.open()) {
            throw new ValidationException(List.of(FieldError.of("remediationStatus", "policies.closed")));
        }
        return c;
    }

    private static CurrentUser official() {
        CurrentUser me = CallerContext.require();
        if (!me.isOfficial()) {
            throw new AccessDeniedException("remediation cases are for zone officials");
        }
        return me;
    }
}
