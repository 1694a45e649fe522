package io.zonebrain.land;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A lease of part of a parcel. {@code landShareMu} is the share of the parcel's land the lessee uses (what per-mu
 * figures count); {@code leaseTo} null means open-ended; both dates are inclusive.
 */
public record Lease(long id, long parcelId, EnterpriseRef lessee, BigDecimal landShareMu, BigDecimal leaseFloorAreaM2,
                    LocalDate leaseFrom, LocalDate leaseTo, int version) {

    public boolean inForceOn(LocalDate day) {
        return !leaseFrom.isAfter(day) && (leaseTo == null || !leaseTo.isBefore(day));
    }

    public boolean endedBefore(LocalDate day) {
        return leaseTo != null && leaseTo.isBefore(day);
    }

    public LeaseDraft toDraft() {
        return new LeaseDraft(lessee.uscc(), landShareMu, leaseFloorAreaM2, leaseFrom, leaseTo);
    }
}
