package io.zonebrain.land;

import io.zonebrain.land.internal.LandShareCapacity;
import io.zonebrain.land.internal.ParcelRules;
import io.zonebrain.land.internal.ParcelStore;
import io.zonebrain.land.internal.RegisteredEnterprise;
import io.zonebrain.land.internal.RegisteredEnterprises;
import io.zonebrain.platform.AuditTrail;
import io.zonebrain.platform.CallerContext;
import io.zonebrain.platform.ConcurrentEditException;
import io.zonebrain.platform.CurrentUser;
import io.zonebrain.platform.DataScope;
import io.zonebrain.platform.FieldError;
import io.zonebrain.platform.NotFoundException;
import io.zonebrain.platform.Paged;
import io.zonebrain.platform.ValidationException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Parcels (宗地): the list, one parcel with its owner and leases, and officials' changes. Every read goes through
 * the caller's data scope: a zone official sees the zone, a grid officer the parcels whose owner or a lessee is in
 * the grid, an enterprise the parcels it owns (with all their leases: they are its tenants) and, where it only
 * leases, the parcel's code, area and location and its own lease. Outside the scope a parcel is "not found".
 */
@Service
public class Parcels {

    public static final String AUDIT_TYPE = "land_parcel";

    private final ParcelStore store;
    private final RegisteredEnterprises enterprises;
    private final AuditTrail audit;
    private final Clock clock;

    public Parcels(ParcelStore store, RegisteredEnterprises enterprises, AuditTrail audit, Clock clock) {
        this.store = store;
        this.enterprises = enterprises;
        this.audit = audit;
        this.clock = clock;
    }

    public Paged<ParcelSummary> list(ParcelFilter filter) {
        CurrentUser me = CallerContext.require();
        Paged<ParcelSummary> page = store.list(me.dataScope(), filter, today());
        return new Paged<>(page.items().stream().map(s -> limit(me, s)).toList(), page.total(), page.moreThanTotal(),
                page.page(), page.size());
    }

    /** Every parcel the filter selects, with all its leases, in list order (exports; officials only). */
    public void forEach(ParcelFilter filter, Consumer<Parcel> sink) {
        CurrentUser me = requireOfficial();
        store.forEach(me.dataScope(), filter.withPage(0, ParcelFilter.MAX_PAGE_SIZE), today(), sink);
    }

    public Parcel get(long id) {
        CurrentUser me = CallerContext.require();
        return store.find(me.dataScope(), id).map(p -> limit(me, p))
                .orElseThrow(() -> new NotFoundException("parcel " + id));
    }

    /** An enterprise user's own land: the parcels it owns and the leases it holds elsewhere. */
    public MyLand mine() {
        CurrentUser me = CallerContext.require();
        if (!me.isEnterprise()) {
            throw new AccessDeniedException("only an enterprise has its own land");
        }
        List<ParcelSummary> owned = new ArrayList<>();
        List<MyLand.LeasedPlot> leased = new ArrayList<>();
        store.forEach(me.dataScope(), ParcelFilter.all(), today(), p -> {
            Parcel seen = limit(me, p);
            if (!seen.limited()) {
                owned.add(new ParcelSummary(p.id(), p.parcelCode(), p.parcelName(), p.parcelLocation(), p.landUse(),
                        p.parcelAreaMu(), p.owner(), (int) p.leases().stream().filter(l -> l.inForceOn(today()))
                        .map(l -> l.lessee().id()).distinct().count(), p.leasedMuOn(today()), false));
            }
            seen.leases().stream().filter(l -> l.lessee().id() == me.enterpriseId()).forEach(l -> leased.add(
                    new MyLand.LeasedPlot(p.id(), p.parcelCode(), p.parcelLocation(), p.parcelAreaMu(), l)));
        });
        return new MyLand(owned, leased);
    }

    @Transactional
    public Parcel create(ParcelDraft raw, String reason) {
        CurrentUser me = requireOfficial();
        ParcelDraft draft = ParcelRules.normalise(raw);
        List<FieldError> errors = new ArrayList<>(ParcelRules.check(draft));
        Long ownerId = owner(me, draft, errors);
        if (draft.parcelCode() != null && store.codeTaken(me.zoneId(), draft.parcelCode(), null)) {
            errors.add(FieldError.of("parcelCode", "land.validation.parcelCode.taken", draft.parcelCode()));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        long id;
        try {
            id = store.insert(me.zoneId(), stored(draft, ownerId));
        } catch (DuplicateKeyException e) { // someone took the code since the check above
            throw new ValidationException(List.of(FieldError.of("parcelCode", "land.validation.parcelCode.taken",
                    draft.parcelCode())));
        }
        Parcel created = get(id);
        audit.created(AUDIT_TYPE, id, created.withoutLeases(), reason);
        return created;
    }

    @Transactional
    public Parcel update(long id, int expectedVersion, ParcelDraft raw, String reason) {
        CurrentUser me = requireOfficial();
        get(id); // scope: outside it the parcel is "not found"
        store.lock(id); // the area check below must see every lease committed before this change
        Parcel before = get(id);
        ParcelDraft draft = ParcelRules.normalise(raw);
        List<FieldError> errors = new ArrayList<>(ParcelRules.check(draft));
        Long ownerId = owner(me, draft, errors);
        if (draft.parcelCode() != null && store.codeTaken(me.zoneId(), draft.parcelCode(), id)) {
            errors.add(FieldError.of("parcelCode", "land.validation.parcelCode.taken", draft.parcelCode()));
        }
        if (ownerId != null && before.leases().stream().anyMatch(l -> l.lessee().id() == ownerId)) {
            errors.add(FieldError.of("ownerUscc", "land.validation.owner.isLessee"));
        }
        if (draft.parcelAreaMu() != null && draft.parcelAreaMu().signum() > 0) {
            LandShareCapacity.overflow(spans(before.leases()), draft.parcelAreaMu()).ifPresent(peak ->
                    errors.add(FieldError.of("parcelAreaMu", "land.validation.area.belowLeases", peak.leasedMu(),
                            peak.day())));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        boolean updated;
        try {
            updated = store.update(id, expectedVersion, stored(draft, ownerId));
        } catch (DuplicateKeyException e) {
            throw new ValidationException(List.of(FieldError.of("parcelCode", "land.validation.parcelCode.taken",
                    draft.parcelCode())));
        }
        if (!updated) {
            throw new ConcurrentEditException(AUDIT_TYPE, id);
        }
        Parcel after = get(id);
        audit.changed(AUDIT_TYPE, id, before.withoutLeases(), after.withoutLeases(), reason);
        return after;
    }

    /**
     * The owner named by USCC, resolved in the caller's zone. A grid officer may only give land to an enterprise of
     * their grid (otherwise the parcel would leave their sight), and zone-held land needs a zone-wide official.
     */
    private Long owner(CurrentUser me, ParcelDraft draft, List<FieldError> errors) {
        Long grid = me.dataScope().gridId();
        if (draft.ownerUscc() == null) {
            if (grid != null) {
                errors.add(FieldError.of("ownerUscc", "land.validation.owner.requiredInGrid"));
            }
            return null;
        }
        if (errors.stream().anyMatch(e -> e.field().equals("ownerUscc"))) {
            return null;
        }
        Optional<RegisteredEnterprise> owner = enterprises.byUscc(me.zoneId(), draft.ownerUscc());
        if (owner.isEmpty()) {
            errors.add(FieldError.of("ownerUscc", "land.validation.enterprise.unknown", draft.ownerUscc()));
            return null;
        }
        if (grid != null && !grid.equals(owner.get().gridId())) {
            errors.add(FieldError.of("ownerUscc", "land.validation.owner.outOfGrid", draft.ownerUscc()));
        }
        return owner.get().id();
    }

    static List<LandShareCapacity.Span> spans(List<Lease> leases) {
        return leases.stream().map(l -> new LandShareCapacity.Span(l.landShareMu(), l.leaseFrom(), l.leaseTo()))
                .toList();
    }

    private static ParcelStore.StoredParcel stored(ParcelDraft d, Long ownerId) {
        return new ParcelStore.StoredParcel(d.parcelCode(), d.parcelName(), d.parcelLocation(), d.landUse(),
                d.parcelAreaMu(), ownerId);
    }

    /** What an enterprise that only leases on the parcel may see: code, area, location and its own lease. */
    static Parcel limit(CurrentUser me, Parcel p) {
        DataScope scope = me.dataScope();
        if (scope.enterpriseId() == null || (p.owner() != null && p.owner().id() == scope.enterpriseId())) {
            return p;
        }
        List<Lease> own = p.leases().stream().filter(l -> l.lessee().id() == scope.enterpriseId()).toList();
        return new Parcel(p.id(), p.zoneId(), p.parcelCode(), null, p.parcelLocation(), null, p.parcelAreaMu(), null,
                own, p.version(), true);
    }

    private static ParcelSummary limit(CurrentUser me, ParcelSummary s) {
        DataScope scope = me.dataScope();
        if (scope.enterpriseId() == null || (s.owner() != null && s.owner().id() == scope.enterpriseId())) {
            return s;
        }
        return new ParcelSummary(s.id(), s.parcelCode(), null, s.parcelLocation(), null, s.parcelAreaMu(), null,
                s.lessees(), s.leasedMu(), true);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    static CurrentUser requireOfficial() {
        CurrentUser me = CallerContext.require();
        if (!me.isOfficial()) {
            throw new AccessDeniedException("only zone officials change parcels and leases");
        }
        return me;
    }
}
