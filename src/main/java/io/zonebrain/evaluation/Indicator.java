package io.zonebrain.evaluation;

/**
 * One indicator of a cohort: a formula over {@link InputField}s, shown as {@code formula × scale} in {@code unit}
 * (亩均税收 = taxYuan / landMu × 0.0001 in 万元/亩), its weight in points, how it scores, its benchmark (in the
 * display unit), optional cap and floor on its points, and what happens with missing, zero-denominator and
 * negative data. Absent data rules mean REJECT: nothing is scored by a silent default.
 */
public record Indicator(String code, String name, String formula, String unit, Double scale, double weight,
                        Scoring scoring, Benchmark benchmark, Double cap, Double floor,
                        DataRule whenMissing, DataRule whenZeroDenominator, DataRule whenNegative) {

    public Indicator {
        scale = scale == null ? 1.0 : scale;
        scoring = scoring == null ? Scoring.ratio() : scoring;
        whenMissing = whenMissing == null ? DataRule.of(DataRule.Kind.REJECT) : whenMissing;
        whenZeroDenominator = whenZeroDenominator == null ? DataRule.of(DataRule.Kind.REJECT) : whenZeroDenominator;
        whenNegative = whenNegative == null ? DataRule.of(DataRule.Kind.AS_COMPUTED) : whenNegative;
    }
}
