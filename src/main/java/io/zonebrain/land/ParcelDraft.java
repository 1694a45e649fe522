package io.zonebrain.land;

import java.math.BigDecimal;

/**
 * A parcel as it is entered. The owner is named by USCC and must be an enterprise of the zone; blank when the
 * land is held by the zone itself or by a body outside the registry. {@code landUse} is a {@link LandUse} code.
 */
public record ParcelDraft(String parcelCode, String parcelName, String parcelLocation, String landUse,
                          BigDecimal parcelAreaMu, String ownerUscc) {
}
