package io.zonebrain.evaluation;

import java.util.List;

/**
 * How an indicator's value becomes points.
 * <ul>
 * <li>{@code RATIO_TO_BENCHMARK}: value ÷ benchmark × weight (黄岩).</li>
 * <li>{@code LOWER_IS_BETTER}: benchmark ÷ value × weight (pollution or energy intensity); a value of zero earns
 *     the cap, or the weight when there is no cap.</li>
 * <li>{@code MIN_MAX}: the cohort's lowest value earns {@code minPercent}% of the weight, the highest
 *     {@code maxPercent}%, linearly between (旌德: 20–100%).</li>
 * <li>{@code BANDS}: the highest band whose {@code from} the value reaches earns its percent of the weight.</li>
 * </ul>
 */
public record Scoring(Method method, Double minPercent, Double maxPercent, List<Band> bands) {

    public enum Method { RATIO_TO_BENCHMARK, LOWER_IS_BETTER, MIN_MAX, BANDS }

    public record Band(double from, double percent) {
    }

    public Scoring {
        bands = bands == null ? List.of() : List.copyOf(bands);
    }

    public static Scoring ratio() {
        return new Scoring(Method.RATIO_TO_BENCHMARK, null, null, List.of());
    }

    public boolean needsBenchmark() {
        return method == Method.RATIO_TO_BENCHMARK || method == Method.LOWER_IS_BETTER;
    }
}
