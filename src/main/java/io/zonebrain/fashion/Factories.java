package io.zonebrain.fashion;

import io.zonebrain.fashion.internal.FactoryRules;
import io.zonebrain.fashion.internal.FactoryStore;
import io.zonebrain.fashion.internal.FashionCodeLists;
import io.zonebrain.platform.AuditTrail;
import io.zonebrain.platform.ConcurrentEditException;
import io.zonebrain.platform.FieldError;
import io.zonebrain.platform.NotFoundException;
import io.zonebrain.platform.Paged;
import io.zonebrain.platform.ValidationException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The factories of the virtual group. The operator registers and edits any factory; a factory keeps its own
 * profile, prices and calendar; officers read. A factory outside the caller's sight is "not found".
 */
@Service
public class Factories {

    public static final String AUDIT_TYPE = "fashion_factory";
    private static final int MAX_CLOSURE_DAYS = 366;

    private final FactoryStore store;
    private final FactoryRules rules;
    private final FashionCodeLists codeLists;
    private final AuditTrail audit;

    Factories(FactoryStore store, FactoryRules rules, FashionCodeLists codeLists, AuditTrail audit) {
        this.store = store;
        this.rules = rules;
        this.codeLists = codeLists;
        this.audit = audit;
    }

    /** The list is for those who see the whole group. */
    public Paged<FactorySummary> list(FactoryFilter filter) {
        FashionCaller me = FashionCaller.current().requireOverview();
        return store.list(me.zoneId(), filter);
    }

    public void forEach(FactoryFilter filter, Consumer<Factory> sink) {
        FashionCaller me = FashionCaller.current().requireOverview();
        store.forEach(me.zoneId(), filter.withPage(0, FactoryFilter.MAX_PAGE_SIZE), sink);
    }

    public Factory get(long id) {
        FashionCaller me = FashionCaller.current().requireReader();
        if (!me.seesFactory(id)) {
            throw new NotFoundException("factory " + id);
        }
        return store.find(me.zoneId(), id).orElseThrow(() -> new NotFoundException("factory " + id));
    }

    /** The signed-in factory's own profile. */
    public Factory mine() {
        FashionCaller me = FashionCaller.current();
        if (!me.isFactory()) {
            throw new NotFoundException("own factory");
        }
        return get(me.factoryId());
    }

    public Factory byCode(String code) {
        FashionCaller me = FashionCaller.current().requireOverview();
        return store.findByCode(me.zoneId(), code).orElseThrow(() -> new NotFoundException("factory " + code));
    }

    @Transactional
    public Factory create(FactoryDraft raw, String reason) {
        FashionCaller me = FashionCaller.current().requireOperator();
        FactoryDraft draft = normalise(raw);
        List<FieldError> errors = new ArrayList<>(rules.check(codeLists.load(me.zoneId()), draft));
        usccNotTaken(me.zoneId(), draft.uscc(), null, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        long id = store.insert(me.zoneId(), draft, store.registryEnterprise(me.zoneId(), draft.uscc()).orElse(null));
        Factory created = store.find(me.zoneId(), id).orElseThrow();
        audit.created(AUDIT_TYPE, id, created, reason);
        return created;
    }

    @Transactional
    public Factory update(long id, int expectedVersion, FactoryDraft raw, String reason) {
        Factory before = editable(id);
        long zone = before.zoneId();
        FactoryDraft draft = normalise(raw);
        List<FieldError> errors = new ArrayList<>(rules.check(codeLists.load(zone), draft));
        usccNotTaken(zone, draft.uscc(), id, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (!store.update(id, expectedVersion, draft, store.registryEnterprise(zone, draft.uscc()).orElse(null))) {
            throw new ConcurrentEditException(AUDIT_TYPE, id);
        }
        Factory after = store.find(zone, id).orElseThrow();
        audit.changed(AUDIT_TYPE, id, before, after, reason);
        return after;
    }

    /**
     * Adds a closure to the calendar. Overlapping an existing closure is refused with the one it overlaps; the check
     * runs under the factory's row lock, so two people adding at once cannot both slip through.
     */
    @Transactional
    public Factory addClosure(long factoryId, LocalDate from, LocalDate to, String reason) {
        Factory before = editable(factoryId);
        store.lock(before.zoneId(), factoryId);
        Factory current = store.find(before.zoneId(), factoryId).orElseThrow();
        String text = reason == null || reason.isBlank() ? null : reason.strip();
        List<FieldError> errors = new ArrayList<>();
        if (from == null) {
            errors.add(FieldError.of("closure.startsOn", "validation.required"));
        }
        if (to == null) {
            errors.add(FieldError.of("closure.endsOn", "validation.required"));
        }
        if (from != null && to != null) {
            if (to.isBefore(from)) {
                errors.add(FieldError.of("closure.endsOn", "fashion.validation.closure.endBeforeStart"));
            } else if (to.toEpochDay() - from.toEpochDay() > MAX_CLOSURE_DAYS) {
                errors.add(FieldError.of("closure.endsOn", "fashion.validation.closure.tooLong", MAX_CLOSURE_DAYS));
            } else {
                current.closures().stream().filter(c -> c.overlaps(from, to)).forEach(c -> errors.add(
                        FieldError.of("closure.startsOn", "fashion.validation.closure.overlap",
                                c.startsOn().toString(), c.endsOn().toString())));
            }
        }
        if (text != null && text.length() > 200) {
            errors.add(FieldError.of("closure.reason", "validation.tooLong", 200, text.length()));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        store.addClosure(factoryId, from, to, text);
        store.touch(factoryId);
        Factory after = store.find(before.zoneId(), factoryId).orElseThrow();
        audit.changed(AUDIT_TYPE, factoryId, before, after, "closure " + from + " – " + to);
        return after;
    }

    @Transactional
    public Factory removeClosure(long factoryId, long closureId) {
        Factory before = editable(factoryId);
        store.lock(before.zoneId(), factoryId);
        if (!store.deleteClosure(factoryId, closureId)) {
            throw new NotFoundException("closure " + closureId);
        }
        store.touch(factoryId);
        Factory after = store.find(before.zoneId(), factoryId).orElseThrow();
        audit.changed(AUDIT_TYPE, factoryId, before, after, "closure removed");
        return after;
    }

    /** The factory, when the caller may change it: others' factories are "not found", officers are forbidden. */
    private Factory editable(long id) {
        FashionCaller me = FashionCaller.current().requireParticipant();
        Factory f = get(id);
        if (!me.editsFactory(id)) {
            throw new AccessDeniedException("factory " + id + " is read-only for " + me.username());
        }
        return f;
    }

    private void usccNotTaken(long zoneId, String uscc, Long self, List<FieldError> errors) {
        if (uscc == null) {
            return;
        }
        store.findByUscc(zoneId, uscc).filter(other -> self == null || other.id() != self)
                .ifPresent(other -> errors.add(FieldError.of("factory.uscc", "fashion.validation.uscc.taken", uscc,
                        other.code())));
    }

    public static FactoryDraft normalise(FactoryDraft d) {
        String uscc = d.uscc() == null || d.uscc().isBlank() ? null
                : d.uscc().replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        BigDecimal efficiency = d.efficiency() == null ? null : d.efficiency().setScale(3, RoundingMode.HALF_UP);
        List<CategoryPrice> categories = d.categories().stream()
                .map(c -> new CategoryPrice(trim(c.category()), c.yuanPerMinute() == null ? null
                        : c.yuanPerMinute().setScale(4, RoundingMode.HALF_UP)))
                .toList();
        List<String> processes = d.processes().stream().map(Factories::trim).toList();
        return new FactoryDraft(trim(d.name()), uscc, trim(d.townCode()), trim(d.address()), trim(d.contactName()),
                trim(d.contactPhone()), d.workers(), d.minutesPerDay(), efficiency, d.qualityLevel(),
                d.minOrderPieces() == null ? 0 : d.minOrderPieces(), d.joinedOn(), categories, processes);
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
