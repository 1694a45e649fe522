package io.zonebrain.evaluation;

/**
 * How a scheme counts enterprises on leased premises (租赁厂房), since counties differ. The kernel reads the data
 * year's {@link ParcelOccupancy} (leases in force at any time in the year). A <em>lessee</em> is an enterprise holding
 * leases and owning no parcel; an owner that also rents space elsewhere is an owner. Without any occupancy (a zone
 * whose parcels are not recorded) every mode scores exactly as AS_REPORTED.
 * <ul>
 * <li>{@code AS_REPORTED}: every enterprise is scored on its own reported land; parcels play no part.</li>
 * <li>{@code INHERIT_LANDLORD}: lessees are neither scored nor ranked; each lessee's result is its landlord's total,
 *     rank and grade (no indicator lines: those are the landlord's figures), with the reason "inherited from
 *     landlord X on parcel P". The landlord is the owner of the parcel where the lessee's land share is largest
 *     (equal shares: the smaller parcel code). A lessee whose landlord is not in the run (no annual figures, or the
 *     parcel has no registered owner) is not graded, with a problem naming the parcel.</li>
 * <li>{@code MERGE_PARCEL}: a parcel's owner and lessees are one unit: their figures summed (a figure missing only
 *     when every member's is), land = the area of the unit's parcels (not the sum of shares), scored and ranked
 *     once; every member receives the shared result with the reason naming the parcels. Figures cannot be split,
 *     so each enterprise joins one unit: an owner with a lease in force on any of its parcels forms a unit with all
 *     its parcels; a lessee joins the unit of the parcel where its share is largest (its other leases are ignored).
 *     Enterprises sharing no parcel are scored alone as reported. The unit takes its cohort, industry, years and
 *     flags from its lead (the owner, or else the lessee with the largest share); it is above-scale when any member
 *     is. The other members' own forced class, ceilings and floors then apply to their copy of the result.</li>
 * <li>{@code SEPARATE_LIST}: lessees are scored apart, in the cohorts whose entry rule says {@code lessee = true},
 *     on their land share (the leases in force in the year, summed); floor-area bounds apply to the leased floor
 *     area. Owners and everyone else enter only the cohorts with {@code lessee} null or false.</li>
 * <li>{@code TENANT_DEDUCTION}: the owner is scored as usual and loses {@code firstTenantPoints} for its first
 *     lessee and {@code furtherTenantPoints} for each further one (温岭: 10 and 5, no cap), at most
 *     {@code maxDeduction} points in all (null: no cap); one adjustment per tenant, the first tenant being the one
 *     whose lease began first. Lessees are scored on their own land share as usual.</li>
 * </ul>
 * Under INHERIT_LANDLORD and MERGE_PARCEL a lessee's own flags still cap, floor or force its grade, but its own
 * points adjustments do not count: the total is not its own. Absent from a scheme means AS_REPORTED.
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
