package io.zonebrain.indicators;

/**
 * An enterprise's own figures for a month and its rank by output within its cluster: the rank and the size of the
 * field only, never another firm's figures.
 */
public record EnterpriseStanding(String period, EnterpriseFigure figures, String clusterCode, Integer rankInCluster,
                                 int firmsInCluster) {
}
