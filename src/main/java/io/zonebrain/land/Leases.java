package io.zonebrain.land;

import io.zonebrain.land.internal.LandShareCapacity;
import io.zonebrain.land.internal.LeaseStore;
import io.zonebrain.land.internal.ParcelRules;
import io.zonebrain.land.internal.ParcelStore;
import io.zonebrain.land.internal.RegisteredEnterprise;
import io.zonebrain.land.internal.RegisteredEnterprises;
import io.zonebrain.platform.AuditTrail;
import io.zonebrain.platform.ConcurrentEditException;
import io.zonebrain.platform.CurrentUser;
import io.zonebrain.platform.FieldError;
import io.zonebrain.platform.NotFoundException;
import io.zonebrain.platform.ValidationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Officials add, change and end the leases on a parcel. Each write locks the parcel's row first and then checks the
 * land shares against the leases committed so far, so two leases written at the same moment cannot both squeeze
 * into the same spare land. Enterprises cannot change leases (403), not even their own.
 */
@Service
public class Leases {

    public static final String AUDIT_TYPE = "land_lease";

    private final Parcels parcels;
    private final ParcelStore parcelStore;
    private final LeaseStore store;
    private final RegisteredEnterprises enterprises;
    private final AuditTrail audit;

    public Leases(Parcels parcels, ParcelStore parcelStore, LeaseStore store, RegisteredEnterprises enterprises,
                  AuditTrail audit) {
        this.parcels = parcels;
        this.parcelStore = parcelStore;
        this.store = store;
        this.enterprises = enterprises;
        this.audit = audit;
    }

    @Transactional
    public Lease add(long parcelId, LeaseDraft raw, String reason) {
        CurrentUser me = Parcels.requireOfficial();
        Parcel parcel = locked(parcelId);
        LeaseDraft draft = ParcelRules.normalise(raw);
        LeaseStore.StoredLease stored = checked(me, parcel, null, draft);
        long id;
        try {
            id = store.insert(parcelId, stored);
        } catch (DuplicateKeyException e) { // only reachable when the check above raced, which the lock prevents
            throw new ValidationException(List.of(FieldError.of("leaseFrom", "land.validation.lease.duplicate")));
        }
        Lease created = lease(parcelId, id);
        audit.created(AUDIT_TYPE, id, created, reason);
        return created;
    }

    @Transactional
    public Lease change(long parcelId, long leaseId, int expectedVersion, LeaseDraft raw, String reason) {
        Parcels.requireOfficial();
        Lease before = lease(parcelId, leaseId);
        return write(parcelId, before, expectedVersion, ParcelRules.normalise(raw), reason);
    }

    /** Ends a lease on {@code lastDay} (inclusive): its share is free again from the day after. */
    @Transactional
    public Lease end(long parcelId, long leaseId, int expectedVersion, LocalDate lastDay, String reason) {
        Parcels.requireOfficial();
        Lease before = lease(parcelId, leaseId);
        if (lastDay == null) {
            throw new ValidationException(List.of(FieldError.of("leaseTo", "land.validation.required")));
        }
        return write(parcelId, before, expectedVersion, before.toDraft().endingOn(lastDay), reason);
    }

    private Lease write(long parcelId, Lease before, int expectedVersion, LeaseDraft draft, String reason) {
        CurrentUser me = Parcels.requireOfficial();
        Parcel parcel = locked(parcelId);
        LeaseStore.StoredLease stored = checked(me, parcel, before.id(), draft);
        boolean updated;
        try {
            updated = store.update(parcelId, before.id(), expectedVersion, stored);
        } catch (DuplicateKeyException e) {
            throw new ValidationException(List.of(FieldError.of("leaseFrom", "land.validation.lease.duplicate")));
        }
        if (!updated) {
            throw new ConcurrentEditException(AUDIT_TYPE, before.id());
        }
        Lease after = lease(parcelId, before.id());
        audit.changed(AUDIT_TYPE, before.id(), before, after, reason);
        return after;
    }

    /** The parcel (in scope, else "not found"), read again after its row is locked. */
    private Parcel locked(long parcelId) {
        parcels.get(parcelId);
        parcelStore.lock(parcelId);
        return parcels.get(parcelId);
    }

    private Lease lease(long parcelId, long leaseId) {
        return parcels.get(parcelId).leases().stream().filter(l -> l.id() == leaseId).findFirst()
                .orElseThrow(() -> new NotFoundException("lease " + leaseId));
    }

    /** Every rule of a lease on this parcel; {@code leaseId} is the lease being changed, null for a new one. */
    private LeaseStore.StoredLease checked(CurrentUser me, Parcel parcel, Long leaseId, LeaseDraft draft) {
        List<FieldError> errors = new ArrayList<>(ParcelRules.check(draft));
        RegisteredEnterprise lessee = null;
        if (draft.lesseeUscc() != null && errors.stream().noneMatch(e -> e.field().equals("lesseeUscc"))) {
            Optional<RegisteredEnterprise> found = enterprises.byUscc(me.zoneId(), draft.lesseeUscc());
            if (found.isEmpty()) {
                errors.add(FieldError.of("lesseeUscc", "land.validation.enterprise.unknown", draft.lesseeUscc()));
            } else {
                lessee = found.get();
                if (parcel.owner() != null && parcel.owner().id() == lessee.id()) {
                    errors.add(FieldError.of("lesseeUscc", "land.validation.lease.lesseeIsOwner"));
                }
            }
        }
        List<Lease> others = parcel.leases().stream().filter(l -> leaseId == null || l.id() != leaseId).toList();
        if (lessee != null && draft.leaseFrom() != null) {
            long lesseeId = lessee.id();
            if (others.stream().anyMatch(l -> l.lessee().id() == lesseeId && l.leaseFrom().equals(draft.leaseFrom()))) {
                errors.add(FieldError.of("leaseFrom", "land.validation.lease.duplicate"));
            }
        }
        if (errors.isEmpty()) {
            List<LandShareCapacity.Span> spans = new ArrayList<>(Parcels.spans(others));
            spans.add(new LandShareCapacity.Span(draft.landShareMu(), draft.leaseFrom(), draft.leaseTo()));
            LandShareCapacity.overflow(spans, parcel.parcelAreaMu()).ifPresent(peak ->
                    errors.add(FieldError.of("landShareMu", "land.validation.lease.overArea", peak.day(),
                            peak.leasedMu(), parcel.parcelAreaMu())));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new LeaseStore.StoredLease(lessee.id(), draft.landShareMu(), draft.leaseFloorAreaM2(),
                draft.leaseFrom(), draft.leaseTo());
    }
}
