package io.zonebrain.evaluation;

/**
 * Filters of a run's result list, each optional: a grade code (or {@link #UNGRADED} for the invalid rows), a cohort
 * code, part of the enterprise name.
 */
public record RunFilter(String grade, String cohort, String name) {

    public static final String UNGRADED = "-";

    public static RunFilter none() {
        return new RunFilter(null, null, null);
    }

    public RunFilter {
        grade = blankToNull(grade);
        cohort = blankToNull(cohort);
        name = blankToNull(name);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
