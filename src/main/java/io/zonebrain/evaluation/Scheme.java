package io.zonebrain.evaluation;

import java.util.List;

/**
 * One version of a published per-mu evaluation scheme (亩均效益评价办法), as data: who issued it under which document
 * number (文号), for which data year, its grades best first, extra classes outside the grading (T), its cohorts,
 * points adjustments, grade overrides and how leased premises count. Stored as JSON; a version in use is never
 * changed.
 */
public record Scheme(String code, Integer version, String name, String owner, String documentNumber,
                     Integer dataYear, List<Grade> grades, List<Grade> extraClasses, List<Cohort> cohorts,
                     List<PointsAdjustment> adjustments, List<GradeOverride> overrides, String notes,
                     LeasedPremises leasedPremises) {

    public Scheme {
        grades = grades == null ? List.of() : List.copyOf(grades);
        extraClasses = extraClasses == null ? List.of() : List.copyOf(extraClasses);
        cohorts = cohorts == null ? List.of() : List.copyOf(cohorts);
        adjustments = adjustments == null ? List.of() : List.copyOf(adjustments);
        overrides = overrides == null ? List.of() : List.copyOf(overrides);
        leasedPremises = leasedPremises == null ? LeasedPremises.asReported() : leasedPremises;
    }

    /** A scheme that scores every enterprise on its own reported land. */
    public Scheme(String code, Integer version, String name, String owner, String documentNumber, Integer dataYear,
                  List<Grade> grades, List<Grade> extraClasses, List<Cohort> cohorts,
                  List<PointsAdjustment> adjustments, List<GradeOverride> overrides, String notes) {
        this(code, version, name, owner, documentNumber, dataYear, grades, extraClasses, cohorts, adjustments,
                overrides, notes, null);
    }

    public Scheme withVersion(int newVersion) {
        return new Scheme(code, newVersion, name, owner, documentNumber, dataYear, grades, extraClasses, cohorts,
                adjustments, overrides, notes, leasedPremises);
    }
}
