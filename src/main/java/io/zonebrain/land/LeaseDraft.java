package io.zonebrain.land;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A lease as it is entered: the lessee by USCC (an enterprise of the zone), land share in mu, floor area in m². */
public record LeaseDraft(String lesseeUscc, BigDecimal landShareMu, BigDecimal leaseFloorAreaM2, LocalDate leaseFrom,
                         LocalDate leaseTo) {

    public LeaseDraft endingOn(LocalDate day) {
        return new LeaseDraft(lesseeUscc, landShareMu, leaseFloorAreaM2, leaseFrom, day);
    }
}
