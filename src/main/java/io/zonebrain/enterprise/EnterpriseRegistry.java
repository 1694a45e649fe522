package io.zonebrain.enterprise;

import io.zonebrain.enterprise.internal.EnterpriseRepository;
import io.zonebrain.enterprise.internal.EnterpriseRules;
import io.zonebrain.platform.AuditTrail;
import io.zonebrain.platform.CallerContext;
import io.zonebrain.platform.ConcurrentEditException;
import io.zonebrain.platform.CurrentUser;
import io.zonebrain.platform.FieldError;
import io.zonebrain.platform.NotFoundException;
import io.zonebrain.platform.Paged;
import io.zonebrain.platform.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The enterprise registry (一企一档). Every method reads through the caller's data scope: an enterprise user sees
 * only itself, a grid officer only their grid. Records outside the scope are "not found", so their existence leaks
 * nothing. Officials edit profiles; an enterprise edits only its contacts.
 */
@Service
public class EnterpriseRegistry {

    public static final String AUDIT_TYPE = "enterprise";

    private final EnterpriseRepository repository;
    private final EnterpriseRules rules;
    private final AuditTrail audit;

    public EnterpriseRegistry(EnterpriseRepository repository, EnterpriseRules rules, AuditTrail audit) {
        this.repository = repository;
        this.rules = rules;
        this.audit = audit;
    }

    public Paged<EnterpriseSummary> list(EnterpriseFilter filter) {
        return repository.list(CallerContext.require().dataScope(), filter);
    }

    /** Every profile the filter selects, in list order, within the caller's scope (for exports). */
    public void forEachProfile(EnterpriseFilter filter, Consumer<Enterprise> sink) {
        repository.forEachProfile(CallerContext.require().dataScope(), filter, sink);
    }

    public Enterprise get(long id) {
        return repository.find(CallerContext.require().dataScope(), id)
                .orElseThrow(() -> new NotFoundException("enterprise " + id));
    }

    @Transactional
    public Enterprise create(EnterpriseDraft raw, String reason) {
        CurrentUser me = requireOfficial();
        EnterpriseDraft draft = normalise(raw);
        List<FieldError> errors = new ArrayList<>(rules.check(me.zoneId(), draft));
        checkGridInScope(me, draft, errors);
        if (draft.uscc() != null && repository.findByUscc(me.zoneId(), draft.uscc()).isPresent()) {
            errors.add(FieldError.of("uscc", "validation.uscc.taken", draft.uscc()));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        long id = repository.insert(me.zoneId(), draft);
        Enterprise created = get(id);
        audit.created(AUDIT_TYPE, id, created, reason);
        return created;
    }

    @Transactional
    public Enterprise update(long id, int expectedVersion, EnterpriseDraft raw, String reason) {
        CurrentUser me = requireOfficial();
        Enterprise before = get(id);
        EnterpriseDraft draft = normalise(raw);
        List<FieldError> errors = new ArrayList<>(rules.check(me.zoneId(), draft));
        checkGridInScope(me, draft, errors);
        repository.findByUscc(me.zoneId(), draft.uscc()).filter(other -> other.id() != id)
                .ifPresent(other -> errors.add(FieldError.of("uscc", "validation.uscc.taken", draft.uscc())));
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (!repository.update(id, expectedVersion, draft)) {
            throw new ConcurrentEditException(AUDIT_TYPE, id);
        }
        Enterprise after = get(id);
        audit.changed(AUDIT_TYPE, id, before, after, reason);
        return after;
    }

    /** Officials, and the enterprise itself, keep the contact list (including the chief data officer) current. */
    @Transactional
    public Enterprise updateContacts(long id, int expectedVersion, List<Contact> raw, String reason) {
        Enterprise before = get(id); // scope check: an enterprise user reaches only its own record
        List<Contact> contacts = raw.stream().map(EnterpriseRegistry::normalise).toList();
        List<FieldError> errors = rules.checkContacts(contacts, new ArrayList<>());
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (!repository.updateContacts(id, expectedVersion, contacts)) {
            throw new ConcurrentEditException(AUDIT_TYPE, id);
        }
        Enterprise after = get(id);
        audit.changed(AUDIT_TYPE, id, before, after, reason);
        return after;
    }

    private static CurrentUser requireOfficial() {
        CurrentUser me = CallerContext.require();
        if (!me.isOfficial()) {
            throw new AccessDeniedException("only zone officials edit the registry");
        }
        return me;
    }

    /** A grid officer may only place enterprises in their own grid. */
    private static void checkGridInScope(CurrentUser me, EnterpriseDraft draft, List<FieldError> errors) {
        Long grid = me.dataScope().gridId();
        if (grid != null && !grid.equals(draft.gridId())) {
            errors.add(FieldError.of("gridId", "validation.grid.outOfScope"));
        }
    }

    public static EnterpriseDraft normalise(EnterpriseDraft d) {
        return new EnterpriseDraft(Uscc.normalise(d.uscc()), trim(d.name()), trim(d.legalRepresentative()),
                d.foundedOn(), d.registeredCapitalYuan(), trim(d.address()), trim(d.parkCode()), d.gridId(),
                trim(d.industryCode()), trim(d.clusterCode()), d.aboveScale(), d.ownLandMu(), d.leasedAreaMu(),
                d.tags().stream().map(EnterpriseRegistry::trim).filter(t -> t != null).distinct().toList(),
                d.contacts().stream().map(EnterpriseRegistry::normalise).toList());
    }

    private static Contact normalise(Contact c) {
        return new Contact(trim(c.name()), trim(c.position()), trim(c.phone()), trim(c.email()),
                c.chiefDataOfficer());
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
