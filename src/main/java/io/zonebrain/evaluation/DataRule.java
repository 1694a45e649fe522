package io.zonebrain.evaluation;

/**
 * What an indicator scores when its value cannot be computed as usual: a figure is missing, a denominator is zero,
 * or the value is negative (a tax refund larger than the tax, a loss-making value added).
 * <ul>
 * <li>{@code COHORT_AVERAGE_SCORE}: the average points of the cohort's enterprises scored normally on it (黄岩's
 *     rule for a missing emission figure).</li>
 * <li>{@code FIXED_PENALTY}: zero points on the indicator and {@code points} deducted from the total.</li>
 * <li>{@code ZERO}: zero points.</li>
 * <li>{@code EXCLUDE}: the indicator is left out and the other indicators' points are scaled up to the cohort's
 *     total weight.</li>
 * <li>{@code REJECT}: the enterprise is not graded until the figure is corrected (an input error).</li>
 * <li>{@code AS_COMPUTED}: only for negative values: score the negative value like any other.</li>
 * </ul>
 */
public record DataRule(Kind rule, Double points) {

    public enum Kind { COHORT_AVERAGE_SCORE, FIXED_PENALTY, ZERO, EXCLUDE, REJECT, AS_COMPUTED }

    public static DataRule of(Kind kind) {
        return new DataRule(kind, null);
    }

    public double penalty() {
        return points == null ? 0 : points;
    }
}
