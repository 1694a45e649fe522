package io.zonebrain.evaluation;

/**
 * Why an enterprise has its grade, in the order the rules applied: the percentile or threshold it reached, an
 * absolute rule, a ceiling, a floor, a forced class. {@code detail} is the scheme's own wording where it has one.
 * Under the leased-premise modes: INHERITED_FROM_LANDLORD (detail "landlord / parcel code") and MERGED_PARCEL
 * (detail: the unit's parcel codes) come first, then the reasons of the result inherited or shared.
 */
public record GradeReason(Kind kind, String grade, String detail) {

    public enum Kind { PERCENTILE, SCORE_THRESHOLD, ABSOLUTE_RULE, CEILING, FLOOR, FORCED_CLASS, NEEDS_COHORT,
        NOT_GRADED, INHERITED_FROM_LANDLORD, MERGED_PARCEL }
}
