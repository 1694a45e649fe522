package io.zonebrain.evaluation;

import java.util.List;

/**
 * A group of enterprises scored and ranked together (规上 / 规下, ≥ 3 亩 / &lt; 3 亩): who enters, the indicators
 * and their declared total weight, absolute grade rules, and how totals become grades.
 */
public record Cohort(String code, String name, EntryRule entry, Double totalWeight, List<Indicator> indicators,
                     List<AbsoluteRule> absoluteRules, GradingRule grading) {

    public Cohort {
        entry = entry == null ? EntryRule.everyone() : entry;
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        absoluteRules = absoluteRules == null ? List.of() : List.copyOf(absoluteRules);
    }
}
