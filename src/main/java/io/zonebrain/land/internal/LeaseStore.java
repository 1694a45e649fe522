package io.zonebrain.land.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL writes of {@code land_lease}; leases are read with their parcel ({@link ParcelStore}). */
@Repository
public class LeaseStore {

    private final JdbcClient jdbc;

    public LeaseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long parcelId, StoredLease l) {
        return jdbc.sql("""
                        insert into land_lease (parcel_id, lessee_enterprise_id, land_mu, floor_area_m2, lease_from,
                                                lease_to)
                        values (:parcel, :lessee, :land, :floor, :from, :to) returning id
                        """)
                .param("parcel", parcelId).param("lessee", l.lesseeEnterpriseId()).param("land", l.landShareMu())
                .param("floor", l.leaseFloorAreaM2()).param("from", l.leaseFrom()).param("to", l.leaseTo())
                .query(Long.class).single();
    }

    /** False when the lease's version is no longer {@code expectedVersion} (or it is not on this parcel). */
    public boolean update(long parcelId, long leaseId, int expectedVersion, StoredLease l) {
        return jdbc.sql("""
                        update land_lease set lessee_enterprise_id = :lessee, land_mu = :land, floor_area_m2 = :floor,
                               lease_from = :from, lease_to = :to, version = version + 1, updated_at = now()
                        where id = :id and parcel_id = :parcel and version = :version
                        """)
                .param("lessee", l.lesseeEnterpriseId()).param("land", l.landShareMu())
                .param("floor", l.leaseFloorAreaM2()).param("from", l.leaseFrom()).param("to", l.leaseTo())
                .param("id", leaseId).param("parcel", parcelId).param("version", expectedVersion).update() == 1;
    }

    /** A lease's own columns as written: the lessee resolved to an enterprise id. */
    public record StoredLease(long lesseeEnterpriseId, BigDecimal landShareMu, BigDecimal leaseFloorAreaM2,
                              LocalDate leaseFrom, LocalDate leaseTo) {
    }
}
