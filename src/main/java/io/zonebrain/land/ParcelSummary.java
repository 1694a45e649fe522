package io.zonebrain.land;

import java.math.BigDecimal;

/**
 * One row of the parcel list. {@code lessees} and {@code leasedMu} count the leases in force today that the caller
 * may see. For a {@code limited} row (an enterprise leasing on someone else's parcel) name, land use and owner are
 * null and the counts are its own lease's.
 */
public record ParcelSummary(long id, String parcelCode, String parcelName, String parcelLocation, String landUse,
                            BigDecimal parcelAreaMu, EnterpriseRef owner, int lessees, BigDecimal leasedMu,
                            boolean limited) {
}
