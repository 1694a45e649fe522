package io.zonebrain.evaluation;

import java.util.List;

/**
 * One indicator's line of an enterprise's result, everything needed to recompute it by hand: the value in the
 * display unit (NaN when it could not be computed), the benchmark used (NaN when the method needs none), the
 * cohort's lowest and highest value for min–max scaling, the points before and after cap/floor, what happened
 * ({@link Outcome}) and which data rule applied when the value was not scored as usual.
 */
public record IndicatorScore(String code, String name, String unit, Scoring.Method method, double weight,
                             double value, double benchmark, double low, double high, double rawPoints,
                             double points, Outcome outcome, DataRule.Kind ruleApplied,
                             List<InputField> problemFields) {

    public enum Outcome { SCORED, MISSING, ZERO_DENOMINATOR, NEGATIVE }

    public boolean capped() {
        return outcome == Outcome.SCORED && points < ScoringKernel.round2(rawPoints);
    }

    public boolean floored() {
        return outcome == Outcome.SCORED && points > ScoringKernel.round2(rawPoints);
    }
}
