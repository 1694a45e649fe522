package io.zonebrain.evaluation;

/** Bonus (positive) or penalty (negative) points for enterprises carrying a flag, e.g. +2 for a provincial 未来工厂. */
public record PointsAdjustment(String flag, double points, String reason) {
}
