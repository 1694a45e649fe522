package io.zonebrain.evaluation;

import io.zonebrain.evaluation.internal.SchemeStore;
import io.zonebrain.platform.AuditTrail;
import io.zonebrain.platform.CallerContext;
import io.zonebrain.platform.ConcurrentEditException;
import io.zonebrain.platform.CurrentUser;
import io.zonebrain.platform.FieldError;
import io.zonebrain.platform.NotFoundException;
import io.zonebrain.platform.ValidationException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The zone's schemes, versioned like a catalogue: saving a scheme whose latest version is a draft changes that
 * draft; saving one whose latest version is in use makes a new draft version, so what a run used never changes.
 * The editor changes one named draft in place under optimistic locking, or copies any version into a new draft.
 * Officials read; only zone-wide officials and admins write (a scheme decides for the whole zone, so a grid
 * officer may look but not change). Every write is audited with its reason.
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

    /** Every version of every scheme of the zone, narrowed by the filter. */
    public List<SchemeVersionLine> versions(SchemeListFilter filter) {
        return store.versions(official().zoneId(), filter == null ? SchemeListFilter.none() : filter);
    }

    /** Whether the signed-in person may create, edit, copy, import or put schemes in use. */
    public boolean mayEdit() {
        return CallerContext.find().map(u -> u.isOfficial() && u.gridId() == null).orElse(false);
    }

    /** A new scheme: version 1, a draft. Refused when the code already exists (its versions are edited instead). */
    @Transactional
    public StoredScheme create(Scheme scheme, String reason) {
        CurrentUser me = editor();
        List<FieldError> errors = new ArrayList<>(SchemeRules.check(scheme));
        if (scheme.code() != null && store.latest(me.zoneId(), scheme.code()).isPresent()) {
            errors.add(0, FieldError.of("code", "schemes.codeTaken", scheme.code()));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return insertDraft(me, scheme.withVersion(1), reason);
    }

    /**
     * Changes one draft version in place, as loaded by an editor at {@code expectedLock}: refused when the version is
     * in use, a conflict when someone saved it meanwhile (their version stays), nothing stored on any error.
     */
    @Transactional
    public StoredScheme saveDraft(String code, int version, int expectedLock, Scheme scheme, String reason) {
        CurrentUser me = editor();
        StoredScheme draft = version(code, version);
        if (!draft.isDraft()) {
            throw new SchemeInUseException(code, version);
        }
        List<FieldError> errors = new ArrayList<>(SchemeRules.check(scheme));
        if (!code.equals(scheme.code())) {
            errors.add(0, FieldError.of("code", "schemes.codeFixed", code));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Scheme changed = scheme.withVersion(version);
        if (!store.updateDraft(draft.id(), expectedLock, changed)) {
            StoredScheme now = version(code, version);
            if (!now.isDraft()) {
                throw new SchemeInUseException(code, version);
            }
            throw new ConcurrentEditException("evaluation_scheme", draft.id());
        }
        audit.changed("evaluation_scheme", draft.id(), draft.scheme(), changed, reason);
        return store.version(me.zoneId(), code, version).orElseThrow();
    }

    /** "New version from this": any version copied into a new draft numbered one above the code's highest. */
    @Transactional
    public StoredScheme copyAsNewDraft(String code, int version, String reason) {
        CurrentUser me = editor();
        StoredScheme source = version(code, version);
        return insertDraft(me, source.scheme().withVersion(store.nextVersion(me.zoneId(), code)),
                reason == null || reason.isBlank() ? "copy of v" + version : reason);
    }

    /**
     * A scheme file brought in: a new draft version of its code (version 1 for a new code), never a change of an
     * existing version, so a file can not overwrite a draft someone is editing. Validated as a whole first.
     */
    @Transactional
    public StoredScheme importAsNewDraft(Scheme scheme, String reason) {
        CurrentUser me = editor();
        List<FieldError> errors = SchemeRules.check(scheme);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return insertDraft(me, scheme.withVersion(store.nextVersion(me.zoneId(), scheme.code())), reason);
    }

    private StoredScheme insertDraft(CurrentUser me, Scheme scheme, String reason) {
        long id = store.insert(me.zoneId(), scheme, StoredScheme.Status.DRAFT, me.username());
        audit.created("evaluation_scheme", id, scheme, reason);
        return store.version(me.zoneId(), scheme.code(), scheme.version()).orElseThrow();
    }

    @Transactional
    public StoredScheme save(Scheme scheme, String reason) {
        CurrentUser me = editor();
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
        editor();
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

    /** A scheme decides for the whole zone, so a grid officer may read and check it but not change it. */
    private static CurrentUser editor() {
        CurrentUser me = official();
        if (me.gridId() != null) {
            throw new AccessDeniedException("evaluation schemes are changed by zone-wide officials");
        }
        return me;
    }
}
