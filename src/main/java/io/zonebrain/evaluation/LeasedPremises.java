package io.zonebrain.evaluation;

/**
 * How a scheme counts enterprises on leased premises (租赁厂房), since counties differ:
 * <ul>
 * <li>{@code AS_REPORTED}: every enterprise is scored on its own reported land; parcels play no part.</li>
 * <li>{@code INHERIT_LANDLORD}: lessees are not scored themselves; each takes the parcel owner's result.</li>
 * <li>{@code MERGE_PARCEL}: a parcel's owner and lessees are summed into one unit on the parcel's area, scored and
 *     ranked once; every occupant receives that shared result.</li>
 * <li>{@code SEPARATE_LIST}: lessees are scored apart, in the cohorts whose entry rule says {@code lessee = true}
 *     (on their leased area); owners in the others.</li>
 * <li>{@code TENANT_DEDUCTION}: the owner is scored as usual and loses {@code firstTenantPoints} for its first
 *     lessee and {@code furtherTenantPoints} for each further one (温岭: 10 and 5), at most {@code maxDeduction}
 *     points in all (null: no cap).</li>
 * </ul>
 * Absent from a scheme means AS_REPORTED.
 */
public record LeasedPremises(Mode mode, Double firstTenantPoints, Double furtherTenantPoints, Double maxDeduction) {

    public enum Mode { AS_REPORTED, INHERIT_LANDLORD, MERGE_PARCEL, SEPARATE_LIST, TENANT_DEDUCTION }

    public LeasedPremises {
        mode = mode == null ? Mode.AS_REPORTED : mode;
    }

    public static LeasedPremises asReported() {
        return new LeasedPremises(Mode.AS_REPORTED, null, null, null);
    }
}
