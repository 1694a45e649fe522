package io.zonebrain.evaluation;

/** How many enterprises of a cohort got a grade in a run; grade null = not graded (invalid data). */
public record GradeCount(String cohort, String grade, int count) {
}
