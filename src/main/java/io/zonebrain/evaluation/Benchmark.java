package io.zonebrain.evaluation;

/**
 * The value an indicator is measured against, in the indicator's display unit: fixed (as published, or frozen
 * from a previous run) or computed from the cohort's valid values, times {@code factor} (1 when absent).
 */
public record Benchmark(Kind kind, Double value, Double factor) {

    public enum Kind { FIXED, COHORT_MEAN, COHORT_MEDIAN, COHORT_MAX }

    public static Benchmark fixed(double value) {
        return new Benchmark(Kind.FIXED, value, null);
    }

    public double k() {
        return factor == null ? 1.0 : factor;
    }
}
