package io.zonebrain.evaluation.web;

import io.zonebrain.evaluation.Cohort;
import io.zonebrain.evaluation.Grade;
import io.zonebrain.evaluation.GradeDistribution;
import io.zonebrain.evaluation.RunFilter;
import io.zonebrain.evaluation.Scheme;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a run's page shows beyond the raw rows: the grade columns in the scheme's order (then extra classes, then
 * "-" for not graded), grade and cohort names, and the stacked bar chart of a distribution (drawn by
 * static/js/evaluation.js from a data attribute: the CSP forbids inline scripts).
 */
record RunView(List<String> columns, Map<String, String> gradeNames, Map<String, String> cohortNames) {

    static RunView of(Scheme scheme) {
        Map<String, String> gradeNames = new LinkedHashMap<>();
        for (Grade g : scheme.grades()) {
            gradeNames.put(g.code(), g.name());
        }
        for (Grade g : scheme.extraClasses()) {
            gradeNames.put(g.code(), g.name());
        }
        List<String> columns = new ArrayList<>(gradeNames.keySet());
        columns.add(RunFilter.UNGRADED);
        Map<String, String> cohortNames = new LinkedHashMap<>();
        for (Cohort c : scheme.cohorts()) {
            cohortNames.put(c.code(), c.name());
        }
        return new RunView(columns, gradeNames, cohortNames);
    }

    /**
     * One category per group, one stacked series per grade: counts as the bars, each group's percentages alongside
     * for the tooltip. {@code none} names the group of enterprises without a cohort or an industry code.
     */
    static Map<String, Object> chart(GradeDistribution d, String none) {
        Map<String, Object> chart = new HashMap<>();
        chart.put("categories", d.groups().stream().map(g -> g.name() == null ? none
                : g.code().equals(g.name()) ? g.name() : labelOf(d, g)).toList());
        List<Map<String, Object>> series = new ArrayList<>();
        for (int i = 0; i < d.grades().size(); i++) {
            int col = i;
            series.add(Map.of("name", d.grades().get(i),
                    "data", d.groups().stream().map(g -> g.counts().get(col)).toList(),
                    "percents", d.groups().stream().map(g -> g.percents().get(col)).toList()));
        }
        chart.put("series", series);
        return chart;
    }

    private static String labelOf(GradeDistribution d, GradeDistribution.Group g) {
        return d.by() == GradeDistribution.Dimension.COHORT ? g.name() : g.code() + " " + g.name();
    }
}
