package io.zonebrain.land;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One parcel (宗地) with its owner and leases, as the caller may see it. When {@code limited} is true the caller
 * is an enterprise that only leases on this parcel: it sees the code, area and location and its own lease, and
 * name, land use and owner are null and the other leases absent.
 */
public record Parcel(long id, long zoneId, String parcelCode, String parcelName, String parcelLocation,
                     String landUse, BigDecimal parcelAreaMu, EnterpriseRef owner, List<Lease> leases, int version,
                     boolean limited) {

    public Parcel {
        leases = List.copyOf(leases);
    }

    /** The land leased out on a day: the land shares of the leases in force then. */
    public BigDecimal leasedMuOn(LocalDate day) {
        return leases.stream().filter(l -> l.inForceOn(day)).map(Lease::landShareMu)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** What is left to the owner on a day, never negative. */
    public BigDecimal ownUseMuOn(LocalDate day) {
        return parcelAreaMu.subtract(leasedMuOn(day)).max(BigDecimal.ZERO);
    }

    public Parcel withoutLeases() {
        return new Parcel(id, zoneId, parcelCode, parcelName, parcelLocation, landUse, parcelAreaMu, owner, List.of(),
                version, limited);
    }

    public ParcelDraft toDraft() {
        return new ParcelDraft(parcelCode, parcelName, parcelLocation, landUse, parcelAreaMu,
                owner == null ? null : owner.uscc());
    }
}
