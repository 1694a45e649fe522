package io.zonebrain.evaluation.policies;

import io.zonebrain.evaluation.Benchmark;
import io.zonebrain.evaluation.Cohort;
import io.zonebrain.evaluation.DataRule;
import io.zonebrain.evaluation.Indicator;
import io.zonebrain.evaluation.Scoring;
import io.zonebrain.evaluation.EnterpriseYear;
import io.zonebrain.evaluation.EvaluationRuns;
import io.zonebrain.evaluation.GradingRule;
import io.zonebrain.evaluation.InputField;
import io.zonebrain.evaluation.MyEvaluation;
import io.zonebrain.evaluation.RunResultDetail;
import io.zonebrain.platform.FieldError;
import io.zonebrain.platform.ValidationException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The enterprise's own what-if on its latest published result: its stored result and inputs, the run's cut-offs —
 * the lowest total that got each grade in its cohort (percentile grading), or the scheme's minimum scores
 * (thresholds) — and, read here and used only inside the solver, the other cohort members' stored values where the
 * cohort matters (min–max low/high, cohort benchmarks, cohort averages). The answer carries only the enterprise's own
 * figures and the cut-offs, never another enterprise's.
 */
@Service
public class MyWhatIf {

    private final EvaluationRuns runs;
    private final JdbcClient jdbc;

    MyWhatIf(EvaluationRuns runs, JdbcClient jdbc) {
        this.runs = runs;
        this.jdbc = jdbc;
    }

    /** Empty when the enterprise has no published result, or one that was not graded (nothing to lift). */
    public Optional<WhatIf.Answer> solve(String indicatorCode) {
        return runs.mine().flatMap(mine -> {
            RunResultDetail d = mine.result();
            if (!d.line().valid() || d.line().grade() == null || d.line().cohort() == null) {
                return Optional.empty();
            }
            Cohort cohort = cohortOf(mine);
            if (indicatorCode == null || cohort.indicators().stream().noneMatch(i -> i.code().equals(indicatorCode))) {
                throw new ValidationException(List.of(FieldError.of("whatIfIndicator",
                        "policies.whatIf.indicator.unknown", String.valueOf(indicatorCode))));
            }
            EnterpriseYear year = yearOf(d);
            InputField input = WhatIf.drivingInput(cohort, indicatorCode, year);
            WhatIf.Standing standing = new WhatIf.Standing(year, cohort.code(), d.line().total().doubleValue(),
                    d.line().grade(), d.indicators(), d.adjustments(), d.gradeReasons());
            return Optional.of(WhatIf.solve(mine.scheme(), standing, indicatorCode, cutoffs(mine, cohort),
                    others(mine, cohort, WhatIf.touched(cohort, input))));
        });
    }

    /**
     * The other members' stored values and points on the indicators the input enters, where the rebuild needs the
     * cohort (min–max scaling, a cohort benchmark, a cohort-average rule). Server-side only: the answer carries
     * none of them.
     */
    private Map<String, WhatIf.Others> others(MyEvaluation mine, Cohort cohort, Set<String> touched) {
        List<String> codes = cohort.indicators().stream().filter(i -> touched.contains(i.code()))
                .filter(MyWhatIf::needsCohort).map(Indicator::code).toList();
        Map<String, WhatIf.Others> others = new HashMap<>();
        if (codes.isEmpty()) {
            return others;
        }
        Map<String, List<double[]>> rows = new HashMap<>();
        jdbc.sql("""
                select i ->> 'code' as code, (i ->> 'value')::float8 as value, (i ->> 'points')::float8 as points
                from evaluation_result x cross join lateral json_array_elements(x.trace -> 'indicators') i
                where x.run_id = :run and x.cohort = :cohort and x.enterprise_id <> :me
                  and i ->> 'outcome' = 'SCORED' and i ->> 'code' in (:codes)
                """).param("run", mine.run().id()).param("cohort", cohort.code())
                .param("me", mine.result().line().enterpriseId()).param("codes", codes)
                .query((rs, n) -> rows.computeIfAbsent(rs.getString("code"), c -> new ArrayList<>())
                        .add(new double[] {rs.getDouble("value"), rs.getDouble("points")})).list();
        rows.forEach((code, list) -> {
            double[] values = list.stream().mapToDouble(r -> r[0]).sorted().toArray();
            double points = list.stream().mapToDouble(r -> r[1]).sum();
            others.put(code, new WhatIf.Others(values, points, list.size()));
        });
        return others;
    }

    private static boolean needsCohort(Indicator i) {
        boolean cohortBenchmark = i.benchmark() != null && i.benchmark().kind() != Benchmark.Kind.FIXED;
        boolean average = Stream.of(i.whenMissing(), i.whenZeroDenominator(), i.whenNegative())
                .anyMatch(r -> r.rule() == DataRule.Kind.COHORT_AVERAGE_SCORE);
        return cohortBenchmark || average || i.scoring().method() == Scoring.Method.MIN_MAX;
    }

    /** The indicators the enterprise may ask about: those of its cohort in the run. */
    public List<IndicatorChoice> indicators() {
        return runs.mine().filter(m -> m.result().line().cohort() != null)
                .map(m -> cohortOf(m).indicators().stream().map(i -> new IndicatorChoice(i.code(), i.name(), i.unit()))
                        .toList()).orElse(List.of());
    }

    public record IndicatorChoice(String code, String name, String unit) {
    }

    private static Cohort cohortOf(MyEvaluation mine) {
        return mine.scheme().cohorts().stream().filter(c -> c.code().equals(mine.result().line().cohort()))
                .findFirst().orElseThrow();
    }

    private WhatIf.Cutoffs cutoffs(MyEvaluation mine, Cohort cohort) {
        Map<String, Double> lowest = new HashMap<>();
        if (cohort.grading() != null && cohort.grading().method() == GradingRule.Method.SCORE_THRESHOLDS) {
            for (GradingRule.Cut cut : cohort.grading().cutoffs()) {
                lowest.put(cut.grade(), cut.minScore() == null ? Double.NEGATIVE_INFINITY : cut.minScore());
            }
            return new WhatIf.Cutoffs(lowest);
        }
        jdbc.sql("""
                select grade, min(total) as lowest from evaluation_result
                where run_id = :run and cohort = :cohort and valid and grade is not null group by grade
                """).param("run", mine.run().id()).param("cohort", cohort.code())
                .query((rs, n) -> lowest.put(rs.getString("grade"), rs.getBigDecimal("lowest").doubleValue())).list();
        return new WhatIf.Cutoffs(lowest);
    }

    /** The inputs the run read, as stored with the result (yuan and base units, null = missing). */
    static EnterpriseYear yearOf(RunResultDetail d) {
        double[] v = InputField.noValues();
        for (InputField f : InputField.values()) {
            Object x = d.inputs().get(f.key());
            if (x instanceof Number n) {
                v[f.ordinal()] = n.doubleValue();
            }
        }
        Object industry = d.inputs().get("industryCode");
        return new EnterpriseYear(String.valueOf(d.line().enterpriseId()), d.line().cohort(),
                Boolean.TRUE.equals(d.inputs().get("aboveScale")), industry == null ? null : industry.toString(),
                null, v, Set.of());
    }
}
