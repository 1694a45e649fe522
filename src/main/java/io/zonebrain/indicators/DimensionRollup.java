package io.zonebrain.indicators;

/** The headline figures of one slice of the zone: a cluster, an industry section or division, a park, a grid. */
public record DimensionRollup(Dimension dimension, String key, Rollup figures) {
}
