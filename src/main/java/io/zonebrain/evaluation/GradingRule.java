package io.zonebrain.evaluation;

import java.util.List;

/**
 * How a cohort's totals become grades.
 * <ul>
 * <li>{@code PERCENTILE}: cut-offs best first, in percent of the graded cohort, summing to 100. Counts are
 *     cumulative and rounded half up: grade i takes ranks up to round(N × (p1 + … + pi) / 100), so the counts
 *     always add up to N (20/45/30/5 of 120 → 24/54/36/6). Ties: equal totals (at 0.01 points) share the best rank
 *     of their group and therefore the better grade, even when that grade then exceeds its share.</li>
 * <li>{@code SCORE_THRESHOLDS}: best first; the first cut whose {@code minScore} the total reaches; the last cut
 *     has no minimum and takes the rest.</li>
 * </ul>
 * Enterprises graded by an {@link AbsoluteRule} or a forced class are not part of the percentile denominator.
 */
public record GradingRule(Method method, List<Cut> cutoffs) {

    public enum Method { PERCENTILE, SCORE_THRESHOLDS }

    public record Cut(String grade, Double percent, Double minScore) {
    }

    public GradingRule {
        cutoffs = cutoffs == null ? List.of() : List.copyOf(cutoffs);
    }
}
