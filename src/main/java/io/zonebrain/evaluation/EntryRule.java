package io.zonebrain.evaluation;

import java.util.List;

/**
 * Who belongs to a cohort. Every condition left empty (null) matches everyone. Land: {@code minLandMu} inclusive,
 * {@code maxLandMu} exclusive, so "≥ 3 亩" and "< 3 亩" split cleanly. Industry codes are GB/T 4754 prefixes
 * ("34", "C") or ranges of equal-length prefixes ("13-43", compared on the code's first digits). Years operating:
 * min inclusive, max exclusive. {@code lessee} and the leased floor area (m², min inclusive, max exclusive) choose
 * the lessees' cohorts when the scheme's {@link LeasedPremises} mode is SEPARATE_LIST. (lessee/floor area: admitted
 * by the kernel only once the leased-premise modes are wired; until then they match everyone.)
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

    public boolean admits(EnterpriseYear e) {
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
