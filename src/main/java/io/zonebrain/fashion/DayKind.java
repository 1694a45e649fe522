package io.zonebrain.fashion;

/** What a special day of the cluster's calendar is: a day off (holiday), or a make-up working day (调休上班). */
public enum DayKind {
    /** Nobody works, even on a weekday. */
    HOLIDAY,
    /** Factories work, even on a Sunday: the make-up day the State Council sets beside a long holiday. */
    WORKDAY
}
