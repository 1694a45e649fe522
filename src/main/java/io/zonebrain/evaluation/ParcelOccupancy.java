package io.zonebrain.evaluation;

import java.time.LocalDate;

/**
 * Who occupies a land parcel (宗地) in a data year, as the kernel reads it for the {@link LeasedPremises} modes: one
 * row per occupant, as land publishes it in {@code land_published_occupancy}. The OWNER row carries the parcel's
 * whole area in {@code landMu}; a LESSEE row its land share, the leased floor area (m², null when the lease does not
 * say) and the day its lease began. Several leases of one lessee on one parcel may be given as several rows; the
 * kernel adds them up. Ids are the enterprise ids the {@link EnterpriseYear}s carry; the name is for explanations.
 */
public record ParcelOccupancy(String parcelId, String parcelCode, double parcelAreaMu, String enterpriseId,
                              String enterpriseName, Role role, double landMu, Double floorAreaM2,
                              LocalDate leaseFrom) {

    public enum Role { OWNER, LESSEE }

    public static ParcelOccupancy owner(String parcelId, String parcelCode, double areaMu, String enterpriseId,
                                        String name) {
        return new ParcelOccupancy(parcelId, parcelCode, areaMu, enterpriseId, name, Role.OWNER, areaMu, null, null);
    }

    public static ParcelOccupancy lessee(String parcelId, String parcelCode, double areaMu, String enterpriseId,
                                         String name, double landMu, Double floorAreaM2, LocalDate leaseFrom) {
        return new ParcelOccupancy(parcelId, parcelCode, areaMu, enterpriseId, name, Role.LESSEE, landMu, floorAreaM2,
                leaseFrom);
    }

    /** How an explanation names the enterprise: its name, or its id where the name is not known. */
    String label() {
        return enterpriseName == null || enterpriseName.isBlank() ? "#" + enterpriseId : enterpriseName;
    }
}
