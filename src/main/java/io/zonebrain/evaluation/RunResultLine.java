package io.zonebrain.evaluation;

import java.math.BigDecimal;

/**
 * One enterprise's line in a run, as the 公示 list shows it: name and USCC as of the run, cohort, total, rank of
 * {@code ranked} in the cohort (null when not ranked), grade (null when not graded). {@code valid} is false when a
 * data rule of the scheme rejected the enterprise's figures; the detail's problems say why.
 */
public record RunResultLine(long runId, long enterpriseId, String enterpriseName, String uscc, String cohort,
                            boolean valid, BigDecimal total, Integer rank, Integer ranked, String grade) {
}
