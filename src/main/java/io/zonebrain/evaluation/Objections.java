package io.zonebrain.evaluation;

import io.zonebrain.evaluation.internal.ObjectionStore;
import io.zonebrain.evaluation.internal.ObjectionWindow;
import io.zonebrain.evaluation.internal.RunStore;
import io.zonebrain.platform.AuditTrail;
import io.zonebrain.platform.CallerContext;
import io.zonebrain.platform.CurrentUser;
import io.zonebrain.platform.FieldError;
import io.zonebrain.platform.NotFoundException;
import io.zonebrain.platform.ValidationException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Objections (异议) to a published run. An enterprise user files one against its own result while the run's window
 * is open; a zone-wide official accepts or rejects it with a reason, both audited. Accepting re-runs the same scheme
 * version and year over the current annual figures (the officer corrects them first through the indicators module's
 * annual figures, which keep their history) and publishes the corrected version in place of the old one
 * ({@link EvaluationRuns#publishCorrection}); the objection links it. The old version stays as it was published,
 * SUPERSEDED; objections still open on it are carried to the correction (each audited), so none is lost and the
 * correction cannot be finalised while they are open.
 */
@Service
public class Objections {

    public static final int MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;
    static final int MAX_REASON = 2000;
    static final int MAX_EVIDENCE_TEXT = 4000;

    private final ObjectionStore store;
    private final RunStore runStore;
    private final EvaluationRuns runs;
    private final ObjectionWindow window;
    private final AuditTrail audit;
    private final Clock clock;

    Objections(ObjectionStore store, RunStore runStore, EvaluationRuns runs, ObjectionWindow window,
               AuditTrail audit, Clock clock) {
        this.store = store;
        this.runStore = runStore;
        this.runs = runs;
        this.window = window;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether the run takes objections today: published and within its window. */
    public boolean windowOpen(EvaluationRun run) {
        return run.published() && window.isOpen(run.objectionDeadline());
    }

    /**
     * Files the caller's objection to its own result in the run. A run of another zone, or one without a result of
     * the caller's enterprise, is not found; every problem with the request is reported at once, nothing written.
     */
    @Transactional
    public Objection file(long runId, ObjectionDraft draft) {
        CurrentUser me = enterpriseUser();
        long enterpriseId = me.enterpriseId();
        runStore.find(me.zoneId(), runId).orElseThrow(() -> new NotFoundException("run " + runId));
        // under the run's lock, so a correction published meanwhile is seen and the filing is not left behind on it
        EvaluationRun run = runs.lockChain(runId);
        RunResultDetail result = runStore.detail(runId, enterpriseId)
                .orElseThrow(() -> new NotFoundException("no result of yours in run " + runId));
        ObjectionDraft d = normalise(draft);
        List<FieldError> errors = new ArrayList<>();
        if (run.superseded()) {
            errors.add(FieldError.of("status", "runs.objection.superseded",
                    runStore.find(me.zoneId(), run.supersededBy()).map(r -> r.version()).orElse(0)));
        } else if (!run.published()) {
            errors.add(FieldError.of("status", "objection.notPublished"));
        } else if (!window.isOpen(run.objectionDeadline())) {
            errors.add(FieldError.of("objectionDeadline", "objection.windowClosed",
                    String.valueOf(run.objectionDeadline())));
        }
        if (d.reason() == null) {
            errors.add(FieldError.of("objectionReason", "objection.reasonRequired"));
        } else if (d.reason().length() > MAX_REASON) {
            errors.add(FieldError.of("objectionReason", "objection.tooLong", MAX_REASON));
        }
        if (d.evidenceText() != null && d.evidenceText().length() > MAX_EVIDENCE_TEXT) {
            errors.add(FieldError.of("evidenceText", "objection.tooLong", MAX_EVIDENCE_TEXT));
        }
        if (d.file() != null && d.file().bytes().length > MAX_EVIDENCE_BYTES) {
            errors.add(FieldError.of("evidenceFile", "objection.fileTooLarge", MAX_EVIDENCE_BYTES / 1024 / 1024));
        }
        Set<String> known = new LinkedHashSet<>();
        result.indicators().forEach(i -> known.add(i.code()));
        d.indicators().stream().filter(code -> !known.contains(code)).forEach(code ->
                errors.add(FieldError.of("contestedIndicators", "objection.unknownIndicator", code)));
        if (errors.isEmpty() && store.hasOpen(runId, enterpriseId)) {
            errors.add(FieldError.of("status", "objection.alreadyOpen"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        long id;
        try {
            id = store.insert(me.zoneId(), runId, enterpriseId, me.username(), Instant.now(clock), d);
        } catch (DuplicateKeyException e) {
            // the partial unique index caught a second, concurrent filing
            throw new ValidationException(List.of(FieldError.of("status", "objection.alreadyOpen")));
        }
        Objection filed = store.find(me.zoneId(), id).orElseThrow();
        audit.created("evaluation_objection", id, summary(filed), d.reason());
        return filed;
    }

    /** The caller's own objections to the run, newest first. */
    public List<Objection> mine(long runId) {
        CurrentUser me = enterpriseUser();
        return store.ofEnterprise(runId, me.enterpriseId());
    }

    /** For officials: the run's objections within their data scope, optionally of one status. */
    public List<Objection> list(long runId, Objection.Status status) {
        CurrentUser me = official();
        runs.get(runId);
        return store.list(runId, me.dataScope(), status);
    }

    public Objection get(long id) {
        CurrentUser me = official();
        Objection o = store.find(me.zoneId(), id).orElseThrow(() -> new NotFoundException("objection " + id));
        if (store.list(o.runId(), me.dataScope(), null).stream().noneMatch(x -> x.id() == id)) {
            throw new NotFoundException("objection " + id); // outside a grid officer's scope: existence not leaked
        }
        return o;
    }

    public Optional<ObjectionDraft.Evidence> evidence(long id) {
        get(id);
        return store.evidence(official().zoneId(), id);
    }

    /**
     * Accepts or rejects an open objection with a required reason. Accepting re-runs in this transaction: the new
     * version, the decision and their audit entries are written together or not at all. Deciding needs a
     * zone-wide official, as a re-run decides for the whole zone.
     */
    @Transactional
    public Objection decide(long id, Boolean accept, String reason) {
        zoneOfficial();
        Objection before = get(id);
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        List<FieldError> errors = new ArrayList<>();
        if (accept == null) {
            errors.add(FieldError.of("decision", "objection.decisionRequired"));
        }
        if (why == null) {
            errors.add(FieldError.of("decisionReason", "objection.reasonRequired"));
        } else if (why.length() > MAX_REASON) {
            errors.add(FieldError.of("decisionReason", "objection.tooLong", MAX_REASON));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        // under the run's lock, read again: a correction committed meanwhile may have carried the objection forward
        runs.lockChain(before.runId());
        before = get(id);
        if (!before.open()) {
            throw new ValidationException(List.of(FieldError.of("status", "objection.alreadyDecided")));
        }
        EvaluationRun corrected = accept ? runs.publishCorrection(before.runId(), why) : null;
        Long newRunId = corrected == null ? null : corrected.id();
        Objection.Status status = accept ? Objection.Status.ACCEPTED : Objection.Status.REJECTED;
        if (!store.decide(id, status, CallerContext.actorName(), Instant.now(clock), why, newRunId)) {
            throw new ValidationException(List.of(FieldError.of("status", "objection.alreadyDecided")));
        }
        if (corrected != null) {
            for (long carried : store.carryOpen(before.runId(), corrected.id(), id)) {
                audit.record("evaluation_objection", carried, "CARRY", Map.of("runId", before.runId()),
                        Map.of("runId", corrected.id()), "superseded by version " + corrected.version());
            }
        }
        Objection after = store.find(CallerContext.require().zoneId(), id).orElseThrow();
        Map<String, Object> afterState = summary(after);
        if (newRunId != null) {
            // what the correction changed for this enterprise, so the audit entry shows the effect of accepting
            runStore.detail(newRunId, after.enterpriseId()).ifPresent(r -> {
                afterState.put("newGrade", r.line().grade());
                afterState.put("newTotal", r.line().total());
            });
        }
        audit.record("evaluation_objection", id, accept ? "ACCEPT" : "REJECT", summary(before), afterState, why);
        return after;
    }

    private Map<String, Object> summary(Objection o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("runId", o.runId());
        m.put("enterpriseId", o.enterpriseId());
        m.put("status", o.status().name());
        m.put("indicators", o.indicators());
        m.put("evidenceFile", o.evidenceFileName());
        if (o.decidedBy() != null) {
            m.put("decidedBy", o.decidedBy());
            m.put("newRunId", o.newRunId());
        }
        return m;
    }

    private static ObjectionDraft normalise(ObjectionDraft d) {
        if (d == null) {
            return new ObjectionDraft(null, List.of(), null, null);
        }
        List<String> indicators = d.indicators() == null ? List.of() : d.indicators().stream()
                .filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        ObjectionDraft.Evidence file = d.file() == null || d.file().bytes() == null || d.file().bytes().length == 0
                ? null : new ObjectionDraft.Evidence(nameOf(d.file().name()), d.file().contentType(), d.file().bytes());
        return new ObjectionDraft(blankToNull(d.reason()), indicators, blankToNull(d.evidenceText()), file);
    }

    /** Only the last path segment of an uploaded name, at most 255 characters: browsers may send a full path. */
    private static String nameOf(String name) {
        String n = name == null || name.isBlank() ? "evidence" : name.strip();
        n = n.substring(Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\')) + 1);
        return n.length() > 255 ? n.substring(n.length() - 255) : n;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static CurrentUser enterpriseUser() {
        CurrentUser me = CallerContext.require();
        if (!me.isEnterprise() || me.enterpriseId() == null) {
            throw new AccessDeniedException("objections are filed by enterprise users");
        }
        return me;
    }

    private static CurrentUser official() {
        CurrentUser me = CallerContext.require();
        if (!me.isOfficial()) {
            throw new AccessDeniedException("objections are decided by zone officials");
        }
        return me;
    }

    private static CurrentUser zoneOfficial() {
        CurrentUser me = official();
        if (me.gridId() != null) {
            throw new AccessDeniedException("objections are decided for the whole zone");
        }
        return me;
    }
}
