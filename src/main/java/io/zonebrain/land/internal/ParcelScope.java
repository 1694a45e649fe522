package io.zonebrain.land.internal;

import io.zonebrain.platform.DataScope;
import java.util.HashMap;
import java.util.Map;

/**
 * The caller's data scope as SQL over {@code land_parcel p}. A zone official sees the zone's parcels; a grid officer
 * the parcels whose owner or any lessee is in the grid; an enterprise the parcels it owns or leases on. Grids and
 * enterprises are read from the enterprise module's published view through {@link DataScope#condition}, the one
 * place that turns a scope into bound parameters.
 *
 * <p>An enterprise that only leases on a parcel must not learn about the parcel's other lessees, its owner, name or
 * land use; {@link #owned()} and {@link #visibleLease(String)} are the predicates that keep filters and counts from
 * leaking them.
 */
public record ParcelScope(String sql, Map<String, Object> params, boolean enterprise) {

    public static ParcelScope of(DataScope scope) {
        Map<String, Object> params = new HashMap<>();
        params.put("scopeZone", scope.zoneId());
        if (scope.gridId() == null && scope.enterpriseId() == null) {
            return new ParcelScope("p.zone_id = :scopeZone", params, false);
        }
        DataScope.Condition c = scope.condition("d.zone_id", "d.grid_id", "d.enterprise_id");
        params.putAll(c.params());
        String sql = "p.zone_id = :scopeZone and (exists (select 1 from enterprise_published_dimensions d "
                + "where d.enterprise_id = p.owner_enterprise_id and " + c.sql() + ") "
                + "or exists (select 1 from land_lease sl join enterprise_published_dimensions d "
                + "on d.enterprise_id = sl.lessee_enterprise_id where sl.parcel_id = p.id and " + c.sql() + "))";
        return new ParcelScope(sql, params, scope.enterpriseId() != null);
    }

    /** True for rows whose owner-only columns (name, land use, owner) the caller may see and filter on. */
    public String owned() {
        return enterprise ? "p.owner_enterprise_id = :scopeEnterprise" : "true";
    }

    /** True for leases (alias {@code alias}) the caller may see: all of them, or an enterprise's own and its tenants'. */
    public String visibleLease(String alias) {
        return enterprise
                ? "(p.owner_enterprise_id = :scopeEnterprise or " + alias + ".lessee_enterprise_id = :scopeEnterprise)"
                : "true";
    }
}
