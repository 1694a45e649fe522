package io.zonebrain.evaluation;

import io.zonebrain.platform.FieldError;
import java.util.List;
import java.util.Map;

/**
 * A result with everything needed to recompute it by hand: the inputs the kernel used (yuan and base units, null =
 * missing), each indicator's value, benchmark and points, the adjustments, why the grade, and the problems that made
 * it invalid.
 */
public record RunResultDetail(RunResultLine line, Map<String, Object> inputs, List<IndicatorScore> indicators,
                              List<AppliedAdjustment> adjustments, List<GradeReason> gradeReasons,
                              List<FieldError> problems) {
}
