package io.zonebrain.evaluation.policies;

import io.zonebrain.evaluation.Cohort;
import io.zonebrain.evaluation.EnterpriseYear;
import io.zonebrain.evaluation.EvaluationRuns;
import io.zonebrain.evaluation.GradingRule;
import io.zonebrain.evaluation.IndicatorScore;
import io.zonebrain.evaluation.InputField;
import io.zonebrain.evaluation.MyEvaluation;
import io.zonebrain.evaluation.RunResultDetail;
import io.zonebrain.platform.FieldError;
import io.zonebrain.platform.ValidationException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The enterprise's own what-if on its latest published result: the run's inputs, the run's benchmarks and the run's
 * cut-offs — the lowest total that got each grade in its cohort (percentile grading), or the scheme's minimum scores
 * (thresholds). Only the cut-offs leave the run, never another enterprise's figures.
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
            Map<String, Double> benchmarks = new HashMap<>();
            for (IndicatorScore s : d.indicators()) {
                benchmarks.put(s.code(), s.benchmark());
            }
            return Optional.of(WhatIf.solve(mine.scheme(), benchmarks, yearOf(d), cohort.code(),
                    d.line().total().doubleValue(), d.line().grade(), indicatorCode, cutoffs(mine, cohort)));
        });
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
