package io.zonebrain.evaluation;

import java.util.List;

/**
 * Who belongs to a cohort. Every condition left empty (null) matches everyone. Land: {@code minLandMu} inclusive,
 * {@code maxLandMu} exclusive, so "≥ 3 亩" and "< 3 亩" split cleanly. Industry codes are GB/T 4754 prefixes
 * ("34", "C") or ranges of equal-length prefixes ("13-43", compared on the code's first digits). Years operating
 * (full years from the founding date to the end of the data year): min inclusive, max exclusive; an enterprise
 * whose founding date is unknown does not enter a cohort that sets either.
 * <p>{@code lessee} and the leased floor area (m², min inclusive, max exclusive) are for the {@link LeasedPremises}
 * modes that score lessees themselves. A lessee is an enterprise on leased land that owns no parcel. Under
 * SEPARATE_LIST, lessees enter only cohorts with {@code lessee = true} and everyone else only cohorts with
 * {@code lessee} null or false; under the other modes {@code lessee} null matches everyone. Floor-area bounds admit
 * only enterprises whose leases state a floor area (summed over the leases in force), so never an owner.
 */
public record EntryRule(Boolean aboveScale, Double minLandMu, Double maxLandMu, List<String> industryCodes,
                        Integer minYearsOperating, Integer maxYearsOperating, Boolean lessee,
                        Double minFloorAreaM2, Double maxFloorAreaM2) {

    public EntryRule {
        industryCodes = industryCodes == null ? List.of() : List.copyOf(industryCodes);
    }

    public EntryRule(Boolean aboveScale, Double minLandMu, Double maxLandMu, List<String> industryCodes,
                     Integer minYearsOperating) {
        this(aboveScale, minLandMu, maxLandMu, industryCodes, minYearsOperating, null, null, null, null);
    }

    public static EntryRule everyone() {
        return new EntryRule(null, null, null, List.of(), null);
    }

    /** As for an enterprise that leases nothing (no parcels known, or not a lessee). */
    public boolean admits(EnterpriseYear e) {
        return admits(e, false, Double.NaN, false);
    }

    /**
     * {@code isLessee} and {@code floorAreaM2} (NaN: not known) come from the year's occupancy;
     * {@code separateList} is true under SEPARATE_LIST, where {@code lessee} null means "owners only".
     */
    public boolean admits(EnterpriseYear e, boolean isLessee, double floorAreaM2, boolean separateList) {
        if (separateList ? Boolean.TRUE.equals(lessee) != isLessee : lessee != null && lessee != isLessee) {
            return false;
        }
        if (minFloorAreaM2 != null && !(floorAreaM2 >= minFloorAreaM2)) {
            return false;
        }
        if (maxFloorAreaM2 != null && !(floorAreaM2 < maxFloorAreaM2)) {
            return false;
        }
        if (aboveScale != null && aboveScale != e.aboveScale()) {
            return false;
        }
        double land = e.value(InputField.LAND_MU);
        if (minLandMu != null && !(land >= minLandMu)) {
            return false;
        }
        if (maxLandMu != null && !(land < maxLandMu)) {
            return false;
        }
        if (minYearsOperating != null && (e.yearsOperating() == null || e.yearsOperating() < minYearsOperating)) {
            return false;
        }
        if (maxYearsOperating != null && (e.yearsOperating() == null || e.yearsOperating() >= maxYearsOperating)) {
            return false;
        }
        return industryCodes.isEmpty() || industryCodes.stream().anyMatch(p -> industryMatches(p, e.industryCode()));
    }

    static boolean industryMatches(String pattern, String code) {
        if (code == null) {
            return false;
        }
        int dash = pattern.indexOf('-');
        if (dash < 0) {
            return code.startsWith(pattern);
        }
        String from = pattern.substring(0, dash).strip();
        String to = pattern.substring(dash + 1).strip();
        if (code.length() < from.length()) {
            return false;
        }
        String head = code.substring(0, from.length());
        return head.compareTo(from) >= 0 && head.compareTo(to) <= 0;
    }
}
