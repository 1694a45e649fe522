package io.zonebrain.enterprise;

import java.math.BigDecimal;
import java.util.List;

/** One row of the registry list. */
public record EnterpriseSummary(long id, String uscc, String name, String industryCode, String clusterCode,
                                String parkCode, Long gridId, boolean aboveScale, BigDecimal ownLandMu,
                                BigDecimal leasedAreaMu, List<String> tags) {
}
