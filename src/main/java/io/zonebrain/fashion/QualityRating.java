package io.zonebrain.fashion;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** The delivered quality of a lot: 1 (poor) to 5 (excellent), and the defect rate found, when measured. */
public record QualityRating(int score, BigDecimal defectRatePercent, String note, String ratedBy,
                            OffsetDateTime ratedAt) {
}
