package io.zonebrain.land.internal.demo;

import java.sql.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes the generated parcels and leases with batched statements (one round trip per few hundred rows), in the
 * caller's transaction: ~1,400 parcels and ~500 leases take a fraction of a second. No audit entries: this is the
 * demo's starting state, not anybody's change.
 */
@Component
public class DemoLandWriter {

    private static final int BATCH = 500;

    private final JdbcTemplate jdbc;

    public DemoLandWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void write(long zoneId, DemoLandGenerator.DemoLand land) {
        jdbc.batchUpdate("insert into land_parcel (zone_id, parcel_code, name, location, land_use, area_mu, "
                        + "owner_enterprise_id) values (?, ?, ?, ?, ?, ?, ?)", land.parcels(), BATCH,
                (ps, p) -> {
                    ps.setLong(1, zoneId);
                    ps.setString(2, p.code());
                    ps.setString(3, p.name());
                    ps.setString(4, p.location());
                    ps.setString(5, p.landUse());
                    ps.setBigDecimal(6, p.areaMu());
                    ps.setLong(7, p.ownerId());
                });
        Map<String, Long> ids = new HashMap<>();
        jdbc.query("select parcel_code, id from land_parcel where zone_id = ?",
                rs -> {
                    ids.put(rs.getString(1), rs.getLong(2));
                }, zoneId);
        List<DemoLandGenerator.DemoParcel> parcels = land.parcels();
        jdbc.batchUpdate("insert into land_lease (parcel_id, lessee_enterprise_id, land_mu, floor_area_m2, lease_from, "
                        + "lease_to) values (?, ?, ?, ?, ?, ?)", land.leases(), BATCH,
                (ps, l) -> {
                    ps.setLong(1, ids.get(parcels.get(l.parcelIndex()).code()));
                    ps.setLong(2, l.lesseeId());
                    ps.setBigDecimal(3, l.landMu());
                    ps.setBigDecimal(4, l.floorAreaM2());
                    ps.setDate(5, Date.valueOf(l.from()));
                    ps.setDate(6, l.to() == null ? null : Date.valueOf(l.to()));
                });
    }

    /** Fresh statistics, so the first list and scope queries plan for the real table sizes. */
    void analyze() {
        jdbc.execute("analyze land_parcel");
        jdbc.execute("analyze land_lease");
    }
}
