package io.zonebrain.evaluation;

import io.zonebrain.evaluation.internal.SchemeStore;
import io.zonebrain.platform.AuditTrail;
import io.zonebrain.platform.CallerContext;
import io.zonebrain.platform.CurrentUser;
import io.zonebrain.platform.FieldError;
import io.zonebrain.platform.NotFoundException;
import io.zonebrain.platform.ValidationException;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The zone's schemes, versioned like a catalogue: saving a scheme whose latest version is a draft changes that
 * draft; saving one whose latest version is in use makes a new draft version, so what a run used never changes.
 * Officials only; every write is audited with its reason.
 */
@Service
public class SchemeCatalogue {

    private final SchemeStore store;
    private final AuditTrail audit;

    public SchemeCatalogue(SchemeStore store, AuditTrail audit) {
        this.store = store;
        this.audit = audit;
    }

    public List<SchemeSummary> list() {
        return store.list(official().zoneId());
    }

    public StoredScheme latest(String code) {
        return store.latest(official().zoneId(), code).orElseThrow(() -> new NotFoundException("scheme " + code));
    }

    public StoredScheme version(String code, int version) {
        return store.version(official().zoneId(), code, version)
                .orElseThrow(() -> new NotFoundException("scheme " + code + " v" + version));
    }

    @Transactional
    public StoredScheme save(Scheme scheme, String reason) {
        CurrentUser me = official();
        List<FieldError> errors = SchemeRules.check(scheme);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        var latest = store.latest(me.zoneId(), scheme.code());
        if (latest.isPresent() && latest.get().status() == StoredScheme.Status.DRAFT) {
            StoredScheme draft = latest.get();
            Scheme changed = scheme.withVersion(draft.version());
            if (!store.updateDraft(draft.id(), changed)) {
                throw new IllegalStateException("draft " + draft.id() + " was put in use meanwhile");
            }
            audit.changed("evaluation_scheme", draft.id(), draft.scheme(), changed, reason);
            return store.version(me.zoneId(), scheme.code(), draft.version()).orElseThrow();
        }
        int next = latest.map(s -> s.version() + 1).orElse(1);
        Scheme created = scheme.withVersion(next);
        long id = store.insert(me.zoneId(), created, StoredScheme.Status.DRAFT, me.username());
        audit.created("evaluation_scheme", id, created, reason);
        return store.version(me.zoneId(), scheme.code(), next).orElseThrow();
    }

    /** Freezes a draft: from now on it can be used by runs and never changes. */
    @Transactional
    public StoredScheme putInUse(String code, int version, String reason) {
        StoredScheme s = version(code, version);
        if (s.status() == StoredScheme.Status.IN_USE) {
            return s;
        }
        store.markInUse(s.id());
        audit.record("evaluation_scheme", s.id(), "IN_USE", s.status(), StoredScheme.Status.IN_USE, reason);
        return version(code, version);
    }

    /**
     * Scores one enterprise by hand against a scheme version (the latest when {@code version} is null), alone: no
     * percentile grade, cohort-computed benchmarks come from the enterprise itself. Input a data rule rejects
     * (zero land, a negative tax the scheme refuses, a missing required figure) is a ValidationException naming
     * the field.
     */
    public Scored score(String code, Integer version, AnnualInputs inputs) {
        StoredScheme stored = version == null ? latest(code) : version(code, version);
        List<FieldError> problems = InputChecks.check(inputs);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        EnterpriseResult result = ScoringKernel.compile(stored.scheme())
                .score(List.of(inputs.toEnterpriseYear("input")), ScoringKernel.Mode.SINGLE).get(0);
        if (!result.problems().isEmpty()) {
            throw new ValidationException(result.problems());
        }
        return new Scored(stored, result);
    }

    public record Scored(StoredScheme scheme, EnterpriseResult result) {
    }

    private static CurrentUser official() {
        CurrentUser me = CallerContext.require();
        if (!me.isOfficial()) {
            throw new AccessDeniedException("evaluation schemes are for zone officials");
        }
        return me;
    }
}
