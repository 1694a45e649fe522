package io.zonebrain.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Parcels and leases for evaluation tests, written straight into land's tables (V50): the land module's service is
 * not on this branch, and the evaluation reads them only through land_published_occupancy, as a run does.
 */
@Component
public class LandFixture {

    private final JdbcClient jdbc;

    public LandFixture(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A parcel with a unique code; {@code ownerId} null for land held outside the registry. */
    public long parcel(long zoneId, String code, String areaMu, Long ownerId) {
        return jdbc.sql("insert into land_parcel (zone_id, parcel_code, area_mu, owner_enterprise_id)"
                        + " values (:z, :c, :a, :o) returning id")
                .param("z", zoneId).param("c", code).param("a", new BigDecimal(areaMu)).param("o", ownerId)
                .query(Long.class).single();
    }

    public void lease(long parcelId, long lesseeId, String landMu, String floorAreaM2, String from, String to) {
        jdbc.sql("insert into land_lease (parcel_id, lessee_enterprise_id, land_mu, floor_area_m2, lease_from, lease_to)"
                        + " values (:p, :e, :l, :f, :from, :to)")
                .param("p", parcelId).param("e", lesseeId).param("l", new BigDecimal(landMu))
                .param("f", floorAreaM2 == null ? null : new BigDecimal(floorAreaM2))
                .param("from", LocalDate.parse(from)).param("to", to == null ? null : LocalDate.parse(to)).update();
    }
}
