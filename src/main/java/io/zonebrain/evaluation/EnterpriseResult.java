package io.zonebrain.evaluation;

import io.zonebrain.platform.FieldError;
import java.util.List;

/**
 * One enterprise's evaluation: each indicator's line, adjustments, the total (rounded to 0.01 points; each
 * indicator's points are rounded first, so the published table adds up), its rank in the cohort (1 = best,
 * equal totals share a rank; 0 when not ranked) of {@code ranked}, its grade (null when not graded) and why.
 * {@code problems} lists input that a data rule rejects; such an enterprise is neither ranked nor graded.
 */
public record EnterpriseResult(String enterpriseId, String cohort, List<IndicatorScore> indicators,
                               List<AppliedAdjustment> adjustments, double total, int rank, int ranked,
                               String grade, List<GradeReason> gradeReasons, List<FieldError> problems) {

    public boolean graded() {
        return grade != null;
    }
}
