package io.zonebrain.land;

import java.math.BigDecimal;
import java.util.List;

/**
 * An enterprise's own land: the parcels it owns, and the leases it holds on others' parcels (with only the code,
 * location and area of those parcels).
 */
public record MyLand(List<ParcelSummary> owned, List<LeasedPlot> leased) {

    public record LeasedPlot(long parcelId, String parcelCode, String parcelLocation, BigDecimal parcelAreaMu,
                             Lease lease) {
    }
}
