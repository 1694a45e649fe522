package io.zonebrain.evaluation.policies;

import java.time.LocalDate;
import java.util.List;

/**
 * The measures that apply to one enterprise on a date and why: the grade in its latest published run (scheme code,
 * data year, run version) and how many consecutive years it has held that grade in the scheme's published runs.
 * {@code runId} is null when the enterprise has no published result yet (then no measure applies).
 */
public record EnterpriseMeasures(long enterpriseId, LocalDate date, Long runId, String schemeCode, Integer dataYear,
                                 Integer runVersion, String grade, int consecutiveYears,
                                 List<PolicyMeasure> measures) {
}
