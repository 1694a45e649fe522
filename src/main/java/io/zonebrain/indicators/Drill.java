package io.zonebrain.indicators;

/**
 * Which firms to list behind a tile or chart: a slice ({@code dimension} + {@code key}, or the whole scope) and a
 * kind (all, above 1 亿元, growing, shrinking, a growth bucket, high-tech).
 */
public record Drill(Dimension dimension, String key, Kind kind, String bucket) {

    public enum Kind { ALL, ABOVE_100M, GROWING, SHRINKING, BUCKET, NEW }

    public static Drill all() {
        return new Drill(Dimension.ZONE, null, Kind.ALL, null);
    }
}
