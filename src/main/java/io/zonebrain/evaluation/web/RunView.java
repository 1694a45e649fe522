package io.zonebrain.evaluation.web;

import io.zonebrain.evaluation.Cohort;
import io.zonebrain.evaluation.Grade;
import io.zonebrain.evaluation.GradeCount;
import io.zonebrain.evaluation.RunFilter;
import io.zonebrain.evaluation.Scheme;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a run's page shows beyond the raw rows: the grade columns in the scheme's order (then extra classes, then
 * "-" for not graded), a distribution row per cohort, and the chart's data (drawn by static/js/evaluation.js).
 */
record RunView(List<String> columns, Map<String, String> gradeNames, Map<String, String> cohortNames,
               List<Row> rows, Map<String, Object> chart) {

    record Row(String cohort, String name, List<Integer> counts, int total) {
    }

    static RunView of(Scheme scheme, List<GradeCount> counts) {
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
        Map<String, int[]> byCohort = new LinkedHashMap<>();
        cohortNames.keySet().forEach(c -> byCohort.put(c, new int[columns.size()]));
        for (GradeCount gc : counts) {
            String cohort = gc.cohort() == null ? RunFilter.UNGRADED : gc.cohort();
            int col = columns.indexOf(gc.grade() == null ? RunFilter.UNGRADED : gc.grade());
            byCohort.computeIfAbsent(cohort, k -> new int[columns.size()])[col < 0 ? columns.size() - 1 : col]
                    += gc.count();
        }
        List<Row> rows = new ArrayList<>();
        byCohort.forEach((code, n) -> rows.add(new Row(code, cohortNames.getOrDefault(code, code),
                java.util.Arrays.stream(n).boxed().toList(), java.util.Arrays.stream(n).sum())));
        Map<String, Object> chart = new HashMap<>();
        chart.put("categories", rows.stream().map(Row::name).toList());
        List<Map<String, Object>> series = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            int col = i;
            series.add(Map.of("name", columns.get(i), "data", rows.stream().map(r -> r.counts().get(col)).toList()));
        }
        chart.put("series", series);
        return new RunView(columns, gradeNames, cohortNames, rows, chart);
    }
}
