package io.zonebrain.evaluation;

import io.zonebrain.platform.FieldError;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;

/**
 * What the kernel scores under a scheme's {@link LeasedPremises} mode, and how each enterprise's result comes back
 * from it. The kernel scores <em>subjects</em>: usually the enterprise-years themselves; under MERGE_PARCEL a
 * parcel's occupants summed into one subject; under INHERIT_LANDLORD the lessees are left out. Each enterprise then
 * gets its own subject's result, a result shared with its parcel, or its landlord's.
 */
final class LeasedPremisesPlan {

    /** How one enterprise's result is made from the subjects' results. */
    private record Route(int subject, Kind kind, String detail, String parcelCode) {
        enum Kind { OWN, SHARED_LEAD, SHARED, INHERITED, NO_LANDLORD }
    }

    final List<EnterpriseYear> subjects;
    /** Per subject: a lessee (for entry rules), its leased floor area (NaN: unknown), extra adjustments or null. */
    final boolean[] lessee;
    final double[] floorAreaM2;
    final List<AppliedAdjustment>[] extraAdjustments;
    final boolean separateList;
    private final List<EnterpriseYear> enterprises;
    private final Route[] routes;

    @SuppressWarnings("unchecked")
    private LeasedPremisesPlan(List<EnterpriseYear> enterprises, List<EnterpriseYear> subjects, Route[] routes,
                               boolean separateList) {
        this.enterprises = enterprises;
        this.subjects = subjects;
        this.routes = routes;
        this.separateList = separateList;
        this.lessee = new boolean[subjects.size()];
        this.floorAreaM2 = new double[subjects.size()];
        Arrays.fill(floorAreaM2, Double.NaN);
        this.extraAdjustments = new List[subjects.size()];
    }

    static LeasedPremisesPlan of(LeasedPremises rule, List<EnterpriseYear> enterprises,
                                 List<ParcelOccupancy> occupancy) {
        Tenancies t = new Tenancies(occupancy);
        return switch (rule.mode()) {
            case INHERIT_LANDLORD -> inheriting(enterprises, t);
            case MERGE_PARCEL -> merging(enterprises, t);
            case SEPARATE_LIST -> ownLand(enterprises, t, true, null);
            case TENANT_DEDUCTION -> ownLand(enterprises, t, false, rule);
            case AS_REPORTED -> ownLand(enterprises, new Tenancies(List.of()), false, null);
        };
    }

    /**
     * The enterprise-years as scored: a lessee's land is the land share of its leases in force (SEPARATE_LIST,
     * TENANT_DEDUCTION); everyone else's, and every land under the other modes, as reported.
     */
    static List<EnterpriseYear> asScored(LeasedPremises rule, List<EnterpriseYear> enterprises,
                                         List<ParcelOccupancy> occupancy) {
        if (occupancy.isEmpty() || (rule.mode() != LeasedPremises.Mode.SEPARATE_LIST
                && rule.mode() != LeasedPremises.Mode.TENANT_DEDUCTION)) {
            return enterprises;
        }
        Tenancies t = new Tenancies(occupancy);
        return enterprises.stream().map(e -> t.isLessee(e.enterpriseId()) ? withLand(e, t.landShare(e.enterpriseId()))
                : e).toList();
    }

    /** SEPARATE_LIST, TENANT_DEDUCTION, AS_REPORTED: one subject per enterprise, lessees on their land share. */
    private static LeasedPremisesPlan ownLand(List<EnterpriseYear> enterprises, Tenancies t, boolean separate,
                                              LeasedPremises deduction) {
        List<EnterpriseYear> subjects = new ArrayList<>(enterprises.size());
        Route[] routes = new Route[enterprises.size()];
        for (int i = 0; i < enterprises.size(); i++) {
            EnterpriseYear e = enterprises.get(i);
            subjects.add(t.isLessee(e.enterpriseId()) ? withLand(e, t.landShare(e.enterpriseId())) : e);
            routes[i] = new Route(i, Route.Kind.OWN, null, null);
        }
        LeasedPremisesPlan plan = new LeasedPremisesPlan(enterprises, subjects, routes, separate);
        for (int i = 0; i < enterprises.size(); i++) {
            String id = enterprises.get(i).enterpriseId();
            if (t.isLessee(id)) {
                plan.lessee[i] = true;
                Double floor = t.floorArea(id);
                plan.floorAreaM2[i] = floor == null ? Double.NaN : floor;
            }
            if (deduction != null && t.isOwner(id)) {
                plan.extraAdjustments[i] = deductions(deduction, t.tenantsOf(id));
            }
        }
        return plan;
    }

    /** 温岭: −first for the first tenant, −further for each further one, at most maxDeduction in all. */
    static List<AppliedAdjustment> deductions(LeasedPremises rule, List<Tenancies.Lease> tenants) {
        if (tenants.isEmpty()) {
            return null;
        }
        double first = rule.firstTenantPoints() == null ? 0 : rule.firstTenantPoints();
        double further = rule.furtherTenantPoints() == null ? 0 : rule.furtherTenantPoints();
        List<AppliedAdjustment> out = new ArrayList<>(tenants.size());
        double deducted = 0;
        for (int k = 0; k < tenants.size(); k++) {
            double points = k == 0 ? first : further;
            if (rule.maxDeduction() != null) {
                points = Math.min(points, rule.maxDeduction() - deducted);
            }
            if (points <= 0) {
                break;
            }
            deducted += points;
            Tenancies.Lease l = tenants.get(k);
            out.add(new AppliedAdjustment(AppliedAdjustment.Kind.TENANT_DEDUCTION, null, null, -points,
                    l.lesseeName() + " / " + l.parcelCode()));
        }
        return out.isEmpty() ? null : out;
    }

    /** INHERIT_LANDLORD: lessees are not subjects; each points at its landlord on the parcel of its largest share. */
    private static LeasedPremisesPlan inheriting(List<EnterpriseYear> enterprises, Tenancies t) {
        Map<String, Integer> subjectOf = new HashMap<>();
        List<EnterpriseYear> subjects = new ArrayList<>();
        for (EnterpriseYear e : enterprises) {
            if (!t.isLessee(e.enterpriseId())) {
                subjectOf.put(e.enterpriseId(), subjects.size());
                subjects.add(e);
            }
        }
        Route[] routes = new Route[enterprises.size()];
        for (int i = 0; i < enterprises.size(); i++) {
            String id = enterprises.get(i).enterpriseId();
            if (!t.isLessee(id)) {
                routes[i] = new Route(subjectOf.get(id), Route.Kind.OWN, null, null);
                continue;
            }
            Tenancies.Lease main = t.mainLease(id);
            Tenancies.Parcel parcel = t.ownedParcel(main.parcelId());
            Integer landlord = parcel == null ? null : subjectOf.get(parcel.ownerId());
            routes[i] = landlord == null
                    ? new Route(-1, Route.Kind.NO_LANDLORD, parcel == null ? null : parcel.ownerName(),
                            main.parcelCode())
                    : new Route(landlord, Route.Kind.INHERITED, parcel.ownerName() + " / " + main.parcelCode(),
                            main.parcelCode());
        }
        return new LeasedPremisesPlan(enterprises, subjects, routes, false);
    }

    /**
     * MERGE_PARCEL. Figures cannot be split between parcels, so each enterprise joins one unit: an owner whose
     * parcels have a lease in force is a unit with all its parcels; a lessee joins the unit of the parcel where its
     * land share is largest (its owner's unit, or the parcel alone when it has no owner in the registry); everyone
     * else is scored alone on what it reports. A unit's land is the area of its parcels that its members occupy; its
     * other figures are its members' sums (missing only when every member's is missing).
     */
    private static LeasedPremisesPlan merging(List<EnterpriseYear> enterprises, Tenancies t) {
        Map<String, List<Integer>> units = new LinkedHashMap<>();
        String[] unitOf = new String[enterprises.size()];
        for (int i = 0; i < enterprises.size(); i++) {
            String id = enterprises.get(i).enterpriseId();
            String key = null;
            if (t.isOwner(id)) {
                if (t.parcelsOwnedBy(id).stream().anyMatch(p -> t.hasLeases(p.parcelId()))) {
                    key = "O:" + id;
                }
            } else if (t.isLessee(id)) {
                Tenancies.Lease main = t.mainLease(id);
                Tenancies.Parcel parcel = t.ownedParcel(main.parcelId());
                key = parcel != null ? "O:" + parcel.ownerId() : "P:" + main.parcelId();
            }
            unitOf[i] = key;
            if (key != null) {
                units.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
        List<EnterpriseYear> subjects = new ArrayList<>();
        Route[] routes = new Route[enterprises.size()];
        for (int i = 0; i < enterprises.size(); i++) {
            if (unitOf[i] == null) {
                routes[i] = new Route(subjects.size(), Route.Kind.OWN, null, null);
                subjects.add(enterprises.get(i));
            }
        }
        for (Map.Entry<String, List<Integer>> unit : units.entrySet()) {
            String key = unit.getKey();
            List<Integer> members = unit.getValue();
            Map<String, Double> parcels = new HashMap<>(); // parcel code → area
            int lead = -1;
            double leadShare = -1;
            for (int i : members) {
                String id = enterprises.get(i).enterpriseId();
                if (key.equals("O:" + id)) {
                    t.parcelsOwnedBy(id).forEach(p -> parcels.put(p.parcelCode(), p.areaMu()));
                    lead = i;
                    leadShare = Double.POSITIVE_INFINITY;
                    continue;
                }
                double share = 0;
                for (Tenancies.Lease l : t.leasesOf(id)) {
                    Tenancies.Parcel p = t.ownedParcel(l.parcelId());
                    String leaseUnit = p != null ? "O:" + p.ownerId() : "P:" + l.parcelId();
                    if (leaseUnit.equals(key)) {
                        parcels.put(l.parcelCode(), l.parcelAreaMu());
                        share += l.landMu();
                    }
                }
                if (share > leadShare) {
                    lead = i;
                    leadShare = share;
                }
            }
            double land = parcels.values().stream().mapToDouble(Double::doubleValue).sum();
            String codes = String.join(", ", new TreeSet<>(parcels.keySet()));
            int subject = subjects.size();
            subjects.add(merged(enterprises, members, lead, land));
            for (int i : members) {
                routes[i] = new Route(subject, i == lead ? Route.Kind.SHARED_LEAD : Route.Kind.SHARED, codes, codes);
            }
        }
        return new LeasedPremisesPlan(enterprises, subjects, routes, false);
    }

    private static EnterpriseYear merged(List<EnterpriseYear> enterprises, List<Integer> members, int lead,
                                         double land) {
        double[] v = InputField.noValues();
        boolean aboveScale = false;
        for (int i : members) {
            EnterpriseYear e = enterprises.get(i);
            aboveScale |= e.aboveScale();
            double[] own = e.values();
            for (int f = 0; f < v.length; f++) {
                if (!Double.isNaN(own[f])) {
                    v[f] = Double.isNaN(v[f]) ? own[f] : v[f] + own[f];
                }
            }
        }
        v[InputField.LAND_MU.ordinal()] = land;
        EnterpriseYear l = enterprises.get(lead);
        return new EnterpriseYear(l.enterpriseId(), l.cohort(), aboveScale, l.industryCode(), l.yearsOperating(), v,
                l.flags());
    }

    static EnterpriseYear withLand(EnterpriseYear e, double landMu) {
        double[] v = e.values().clone();
        v[InputField.LAND_MU.ordinal()] = landMu;
        return new EnterpriseYear(e.enterpriseId(), e.cohort(), e.aboveScale(), e.industryCode(), e.yearsOperating(),
                v, e.flags());
    }

    /**
     * Each enterprise's result, in the order of the enterprises given: its own subject's, or the shared or inherited
     * one under its own id with the reason first, then its own forced class, ceiling and floor
     * ({@code ownOverrides}) when it is not the subject that carried its flags into the scoring.
     */
    List<EnterpriseResult> distribute(List<EnterpriseResult> scored,
                                      BiFunction<EnterpriseResult, Set<String>, EnterpriseResult> ownOverrides) {
        List<EnterpriseResult> out = new ArrayList<>(enterprises.size());
        for (int i = 0; i < enterprises.size(); i++) {
            EnterpriseYear e = enterprises.get(i);
            Route route = routes[i];
            if (route.kind() == Route.Kind.OWN) {
                out.add(scored.get(route.subject()));
                continue;
            }
            if (route.kind() == Route.Kind.NO_LANDLORD) {
                FieldError problem = route.detail() == null
                        ? FieldError.of("leasedPremises.landlord", "leased.noLandlord", route.parcelCode())
                        : FieldError.of("leasedPremises.landlord", "leased.landlordNotInRun",
                                route.detail(), route.parcelCode());
                out.add(new EnterpriseResult(e.enterpriseId(), null, List.of(), List.of(), 0, 0, 0, null,
                        List.of(new GradeReason(GradeReason.Kind.NOT_GRADED, null, null)), List.of(problem)));
                continue;
            }
            EnterpriseResult r = scored.get(route.subject());
            if (route.kind() == Route.Kind.INHERITED) {
                List<FieldError> problems = r.problems().isEmpty() && r.cohort() != null ? List.of()
                        : List.of(FieldError.of("leasedPremises.landlord", "leased.landlordNotGraded",
                        route.detail()));
                List<GradeReason> reasons = new ArrayList<>(2);
                reasons.add(new GradeReason(GradeReason.Kind.INHERITED_FROM_LANDLORD, r.grade(), route.detail()));
                EnterpriseResult inherited = new EnterpriseResult(e.enterpriseId(), r.cohort(), List.of(), List.of(),
                        r.total(), r.rank(), r.ranked(), r.grade(), reasons, problems);
                out.add(ownOverrides.apply(inherited, e.flags()));
                continue;
            }
            List<GradeReason> reasons = new ArrayList<>(r.gradeReasons().size() + 2);
            reasons.add(new GradeReason(GradeReason.Kind.MERGED_PARCEL, r.grade(), route.detail()));
            reasons.addAll(r.gradeReasons());
            EnterpriseResult shared = new EnterpriseResult(e.enterpriseId(), r.cohort(), r.indicators(),
                    r.adjustments(), r.total(), r.rank(), r.ranked(), r.grade(), reasons, r.problems());
            out.add(route.kind() == Route.Kind.SHARED_LEAD ? shared : ownOverrides.apply(shared, e.flags()));
        }
        return out;
    }
}
