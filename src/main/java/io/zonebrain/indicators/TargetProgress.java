package io.zonebrain.indicators;

import java.math.BigDecimal;

/**
 * How far a target is met at a month: the year-to-date actual against the amount ({@code completion}) and against
 * the time elapsed ({@code timeElapsed} = month / 12, so 时间过半 at June), and actual growth against target growth.
 * {@code onTrack} when completion keeps pace with time and growth with the target growth (where either is set).
 */
public record TargetProgress(Target target, BigDecimal actualYtd, Double actualGrowth, Double completion,
                             double timeElapsed, boolean onTrack) {
}
