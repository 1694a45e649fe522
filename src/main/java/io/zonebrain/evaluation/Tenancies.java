package io.zonebrain.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The year's occupancy indexed the ways the leased-premise modes ask: the parcels each enterprise owns, the leases
 * each holds (one per lessee and parcel, several rows of one lessee on one parcel added up), and each parcel's
 * owner. An enterprise is a <em>lessee</em> when it holds leases and owns no parcel: an owner that also rents space
 * elsewhere stays an owner, scored on what it reports.
 */
final class Tenancies {

    /** One lessee's tenancy on one parcel: the land share and floor area of its leases in force, added up. */
    record Lease(String parcelId, String parcelCode, double parcelAreaMu, String lesseeId, String lesseeName,
                 double landMu, Double floorAreaM2, LocalDate from) {
    }

    /** A parcel as its OWNER row describes it. */
    record Parcel(String parcelId, String parcelCode, double areaMu, String ownerId, String ownerName) {
    }

    private static final Comparator<Lease> LARGEST_FIRST = Comparator.comparingDouble(Lease::landMu).reversed()
            .thenComparing(Lease::parcelCode);
    private static final Comparator<Lease> FIRST_TENANT_FIRST = Comparator
            .comparing(Lease::from, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Lease::parcelCode).thenComparing(Lease::lesseeId);

    private final Map<String, List<Parcel>> ownedBy = new HashMap<>();
    private final Map<String, Parcel> ownedParcel = new HashMap<>();
    private final Map<String, List<Lease>> leasesOf = new HashMap<>();
    private final Map<String, List<Lease>> leasesOnParcel = new HashMap<>();

    Tenancies(List<ParcelOccupancy> occupancy) {
        Map<String, Lease> leases = new LinkedHashMap<>();
        for (ParcelOccupancy o : occupancy) {
            if (o.enterpriseId() == null) {
                continue;
            }
            if (o.role() == ParcelOccupancy.Role.OWNER) {
                if (!ownedParcel.containsKey(o.parcelId())) {
                    Parcel p = new Parcel(o.parcelId(), o.parcelCode(), o.parcelAreaMu(), o.enterpriseId(), o.label());
                    ownedParcel.put(o.parcelId(), p);
                    ownedBy.computeIfAbsent(o.enterpriseId(), k -> new ArrayList<>()).add(p);
                }
                continue;
            }
            leases.merge(o.enterpriseId() + "@" + o.parcelId(),
                    new Lease(o.parcelId(), o.parcelCode(), o.parcelAreaMu(), o.enterpriseId(), o.label(), o.landMu(),
                            o.floorAreaM2(), o.leaseFrom()), Tenancies::add);
        }
        for (Lease l : leases.values()) {
            leasesOf.computeIfAbsent(l.lesseeId(), k -> new ArrayList<>()).add(l);
            leasesOnParcel.computeIfAbsent(l.parcelId(), k -> new ArrayList<>()).add(l);
        }
    }

    private static Lease add(Lease a, Lease b) {
        Double floor = a.floorAreaM2();
        if (b.floorAreaM2() != null) {
            floor = floor == null ? b.floorAreaM2() : Double.valueOf(floor + b.floorAreaM2());
        }
        LocalDate from = a.from() == null ? b.from() : b.from() == null || a.from().isBefore(b.from()) ? a.from()
                : b.from();
        return new Lease(a.parcelId(), a.parcelCode(), a.parcelAreaMu(), a.lesseeId(), a.lesseeName(),
                a.landMu() + b.landMu(), floor, from);
    }

    boolean isEmpty() {
        return ownedBy.isEmpty() && leasesOf.isEmpty();
    }

    boolean isLessee(String enterpriseId) {
        return leasesOf.containsKey(enterpriseId) && !ownedBy.containsKey(enterpriseId);
    }

    boolean isOwner(String enterpriseId) {
        return ownedBy.containsKey(enterpriseId);
    }

    List<Parcel> parcelsOwnedBy(String enterpriseId) {
        return ownedBy.getOrDefault(enterpriseId, List.of());
    }

    List<Lease> leasesOf(String enterpriseId) {
        return leasesOf.getOrDefault(enterpriseId, List.of());
    }

    /** The land share of all its leases in force. */
    double landShare(String lesseeId) {
        double sum = 0;
        for (Lease l : leasesOf(lesseeId)) {
            sum += l.landMu();
        }
        return sum;
    }

    /** The leased floor area of all its leases in force; null when no lease states one. */
    Double floorArea(String lesseeId) {
        Double sum = null;
        for (Lease l : leasesOf(lesseeId)) {
            if (l.floorAreaM2() != null) {
                sum = (sum == null ? 0 : sum) + l.floorAreaM2();
            }
        }
        return sum;
    }

    /** The lease with the largest land share (equal shares: the smaller parcel code), or null. */
    Lease mainLease(String lesseeId) {
        return leasesOf(lesseeId).stream().min(LARGEST_FIRST).orElse(null);
    }

    /** The owner of a parcel, or null when the parcel has no owner in the registry. */
    Parcel ownedParcel(String parcelId) {
        return ownedParcel.get(parcelId);
    }

    /**
     * The distinct lessees on an owner's parcels, first tenant first: by the day the lease began, then parcel code,
     * then lessee id, so the order (and so who counts as "first") never depends on the order rows were read in.
     */
    List<Lease> tenantsOf(String ownerId) {
        Map<String, Lease> byLessee = new HashMap<>();
        for (Parcel p : parcelsOwnedBy(ownerId)) {
            for (Lease l : leasesOnParcel.getOrDefault(p.parcelId(), List.of())) {
                if (!l.lesseeId().equals(ownerId)) {
                    byLessee.merge(l.lesseeId(), l, (a, b) -> FIRST_TENANT_FIRST.compare(a, b) <= 0 ? a : b);
                }
            }
        }
        List<Lease> tenants = new ArrayList<>(byLessee.values());
        tenants.sort(FIRST_TENANT_FIRST);
        return tenants;
    }

    boolean hasLeases(String parcelId) {
        return leasesOnParcel.containsKey(parcelId);
    }
}
