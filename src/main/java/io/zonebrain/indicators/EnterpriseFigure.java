package io.zonebrain.indicators;

import java.math.BigDecimal;

/** One firm behind a tile or chart: its year-to-date output and value added, and its growth (null if new). */
public record EnterpriseFigure(long enterpriseId, String name, String clusterCode, String parkCode, Long gridId,
                               BigDecimal outputYtd, BigDecimal priorOutputYtd, Double outputYoy,
                               BigDecimal valueAddedYtd, BigDecimal highTechOutputYtd) {
}
