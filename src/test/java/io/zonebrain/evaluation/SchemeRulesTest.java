package io.zonebrain.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonebrain.platform.FieldError;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemeRulesTest {

    private static List<String> problems(Scheme s) {
        return SchemeRules.check(s).stream().map(e -> e.field() + " " + e.messageCode()).toList();
    }

    private static Scheme withCohort(Cohort c) {
        Scheme base = TestSchemes.percentile(50, 50);
        return new Scheme(base.code(), 1, base.name(), base.owner(), base.documentNumber(), base.dataYear(),
                base.grades(), base.extraClasses(), List.of(c), List.of(), List.of(), null);
    }

    private static Cohort cohort(List<Indicator> indicators, double total, GradingRule grading) {
        return new Cohort("all", "全部", EntryRule.everyone(), total, indicators, List.of(), grading);
    }

    @Test
    void bothShippedSchemesAreValid() {
        assertThat(SchemeRules.check(TestSchemes.shipped("reference-huangyan-2022"))).isEmpty();
        assertThat(SchemeRules.check(TestSchemes.shipped("linping-demo-2022"))).isEmpty();
    }

    @Test
    void weightsMustSumAsDeclared() {
        List<FieldError> errors = SchemeRules.check(withCohort(cohort(List.of(TestSchemes.perMu()), 90,
                TestSchemes.percentileRule(50, 50))));
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("cohorts[0].totalWeight");
            assertThat(e.messageCode()).isEqualTo("evaluation.scheme.weightsDoNotSum");
            assertThat(e.args()).containsExactly("100", "90");
        });
    }

    @Test
    void aFormulaOverAnUnknownFieldIsNamed() {
        Indicator bad = new Indicator("x", "x", "taxYuan / floorArea", "", 1.0, 100, Scoring.ratio(),
                Benchmark.fixed(1), null, null, null, null, null);
        List<FieldError> errors = SchemeRules.check(withCohort(cohort(List.of(bad), 100,
                TestSchemes.percentileRule(50, 50))));
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("cohorts[0].indicators[0].formula");
            assertThat(e.messageCode()).isEqualTo("evaluation.formula.unknownField");
            assertThat(e.args()).containsExactly(11, "floorArea");
        });
    }

    @Test
    void cutOffsMustCover100Percent() {
        assertThat(problems(withCohort(cohort(List.of(TestSchemes.perMu()), 100,
                TestSchemes.percentileRule(20, 40, 35)))))
                .containsExactly("cohorts[0].grading.cutoffs evaluation.scheme.cutoffsNot100");
    }

    @Test
    void aBenchmarkOfZeroIsRefused() {
        Indicator zero = new Indicator("x", "x", "taxYuan / landMu", "", 1.0, 100, Scoring.ratio(),
                Benchmark.fixed(0), null, null, null, null, null);
        assertThat(problems(withCohort(cohort(List.of(zero), 100, TestSchemes.percentileRule(50, 50)))))
                .containsExactly("cohorts[0].indicators[0].benchmark.value evaluation.scheme.benchmarkNotPositive");
    }

    @Test
    void gradesInRulesMustExist() {
        Cohort c = new Cohort("all", "全部", EntryRule.everyone(), 100.0, List.of(TestSchemes.perMu()),
                List.of(new AbsoluteRule("nope", 2.0, null, "E", null)),
                new GradingRule(GradingRule.Method.SCORE_THRESHOLDS, List.of(new GradingRule.Cut("A", null, 50.0),
                        new GradingRule.Cut("B", null, 60.0))));
        assertThat(problems(withCohort(c))).containsExactlyInAnyOrder(
                "cohorts[0].absoluteRules[0].indicator evaluation.scheme.unknownIndicator",
                "cohorts[0].absoluteRules[0].grade evaluation.scheme.unknownGrade",
                "cohorts[0].grading.cutoffs[0].minScore evaluation.scheme.thresholdsNotDescending",
                "cohorts[0].grading.cutoffs[1].minScore evaluation.scheme.lastThresholdOpen");
    }

    @Test
    void entryRulesReadIndustryRangesAndLand() {
        assertThat(EntryRule.industryMatches("13-43", "3411")).isTrue();
        assertThat(EntryRule.industryMatches("13-43", "4411")).isFalse();
        assertThat(EntryRule.industryMatches("34", "3411")).isTrue();
        EntryRule small = new EntryRule(null, null, 3.0, List.of(), null);
        assertThat(small.admits(TestSchemes.firm("x", 1))).isTrue(); // 1 mu < 3
    }
}
