package io.zonebrain.evaluation;

import static io.zonebrain.evaluation.TestSchemes.firm;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Percentile splits, ties, thresholds, absolute rules and every override kind. */
class GradingTest {

    private static List<EnterpriseResult> scoreDistinct(Scheme scheme, int n) {
        List<EnterpriseYear> firms = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            firms.add(firm("e" + i, 1000 - i));
        }
        return ScoringKernel.compile(scheme).score(firms, ScoringKernel.Mode.FULL);
    }

    private static Map<String, Long> counts(List<EnterpriseResult> results) {
        return results.stream().filter(EnterpriseResult::graded)
                .collect(Collectors.groupingBy(EnterpriseResult::grade, TreeMap::new, Collectors.counting()));
    }

    @Test
    void percentile20_45_30_5Of120Is24_54_36_6() {
        assertThat(counts(scoreDistinct(TestSchemes.percentile(20, 45, 30, 5), 120)))
                .containsExactlyEntriesOf(new TreeMap<>(Map.of("A", 24L, "B", 54L, "C", 36L, "D", 6L)));
    }

    @Test
    void percentile20_40_35_5Of100Is20_40_35_5() {
        assertThat(counts(scoreDistinct(TestSchemes.percentile(20, 40, 35, 5), 100)))
                .containsExactlyEntriesOf(new TreeMap<>(Map.of("A", 20L, "B", 40L, "C", 35L, "D", 5L)));
    }

    /* Cumulative rounding, half up: 7 firms at 20/40/35/5 → boundaries 1.4→1, 4.2→4, 6.65→7, 7 → 1/3/3/0. */
    @Test
    void countsAreRoundedCumulativelySoTheyAddUp() {
        assertThat(counts(scoreDistinct(TestSchemes.percentile(20, 40, 35, 5), 7)))
                .containsExactlyEntriesOf(new TreeMap<>(Map.of("A", 1L, "B", 3L, "C", 3L)));
        assertThat(ScoringKernel.percentileBoundaries(TestSchemes.percentileRule(20, 40, 35, 5).cutoffs(), 7))
                .containsExactly(1, 4, 7, 7);
    }

    /* 10 firms at 20/40/35/5: A takes ranks 1–2. Firms 2 and 3 tie at 90 points: both rank 2, both A. */
    @Test
    void tiesShareTheBetterRankAndGrade() {
        List<EnterpriseYear> firms = new ArrayList<>(List.of(firm("e1", 100), firm("e2", 90), firm("e3", 90)));
        for (int i = 4; i <= 10; i++) {
            firms.add(firm("e" + i, 90 - i));
        }
        List<EnterpriseResult> rs = ScoringKernel.compile(TestSchemes.percentile(20, 40, 35, 5))
                .score(firms, ScoringKernel.Mode.FULL);
        assertThat(rs.subList(0, 4)).extracting(EnterpriseResult::rank).containsExactly(1, 2, 2, 4);
        assertThat(rs.subList(0, 4)).extracting(EnterpriseResult::grade).containsExactly("A", "A", "A", "B");
        assertThat(rs.get(0).ranked()).isEqualTo(10);
    }

    @Test
    void scoreThresholds() {
        GradingRule thresholds = new GradingRule(GradingRule.Method.SCORE_THRESHOLDS, List.of(
                new GradingRule.Cut("A", null, 90.0), new GradingRule.Cut("B", null, 70.0),
                new GradingRule.Cut("C", null, 50.0), new GradingRule.Cut("D", null, null)));
        Scheme scheme = TestSchemes.scheme(List.of(TestSchemes.perMu()), thresholds, List.of(), List.of(), List.of());
        List<EnterpriseResult> rs = ScoringKernel.compile(scheme).score(List.of(firm("a", 90), firm("b", 89.99),
                firm("c", 50), firm("d", 10)), ScoringKernel.Mode.SINGLE);
        assertThat(rs).extracting(EnterpriseResult::grade).containsExactly("A", "B", "C", "D");
    }

    /* 临平: 亩均税收 < 2 ⇒ D, before ranking; the rest split by percentile among themselves. */
    @Test
    void anAbsoluteRuleGradesDAndLeavesThePercentileDenominator() {
        AbsoluteRule dRule = new AbsoluteRule("perMu", 2.0, null, "D", "亩均税收低于 2");
        Scheme scheme = TestSchemes.scheme(List.of(TestSchemes.perMu()), TestSchemes.percentileRule(20, 45, 35),
                List.of(dRule), List.of(), List.of());
        List<EnterpriseYear> firms = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            firms.add(firm("ok" + i, 100 + i));
        }
        firms.add(firm("low1", 1.99));
        firms.add(firm("low2", 0));
        firms.add(firm("edge", 2));
        List<EnterpriseResult> rs = ScoringKernel.compile(scheme).score(firms, ScoringKernel.Mode.FULL);
        assertThat(rs.get(20).grade()).isEqualTo("D");
        assertThat(rs.get(20).gradeReasons()).extracting(GradeReason::kind)
                .containsExactly(GradeReason.Kind.ABSOLUTE_RULE);
        assertThat(rs.get(21).grade()).isEqualTo("D");
        // 21 firms in the pool (20 + edge at exactly 2): A round(4.2)=4, B round(13.65)=14 → 10, C 7
        assertThat(counts(rs)).containsExactlyEntriesOf(new TreeMap<>(Map.of("A", 4L, "B", 10L, "C", 7L, "D", 2L)));
        assertThat(rs.get(22).grade()).isEqualTo("C");
        assertThat(rs.get(21).rank()).isEqualTo(23);
    }

    @Test
    void aCeilingCapsTheGrade() {
        GradeOverride accident = new GradeOverride("SAFETY_ACCIDENT", GradeOverride.Kind.CEILING, "C", "安全事故");
        Scheme scheme = TestSchemes.scheme(List.of(TestSchemes.perMu()), TestSchemes.percentileRule(50, 50),
                List.of(), List.of(accident), List.of());
        List<EnterpriseResult> rs = ScoringKernel.compile(scheme).score(List.of(firm("best", 100, "SAFETY_ACCIDENT"),
                firm("second", 90), firm("third", 80, "SAFETY_ACCIDENT"), firm("last", 70)), ScoringKernel.Mode.FULL);
        assertThat(rs).extracting(EnterpriseResult::grade).containsExactly("C", "A", "C", "B"); // third was B: at best C too
        assertThat(rs.get(0).gradeReasons()).extracting(GradeReason::kind)
                .containsExactly(GradeReason.Kind.PERCENTILE, GradeReason.Kind.CEILING);
        assertThat(rs.get(0).rank()).isEqualTo(1);
    }

    @Test
    void aFloorKeepsNewFirmsOutOfD() {
        GradeOverride newFirm = new GradeOverride("NEW_ABOVE_SCALE", GradeOverride.Kind.FLOOR, "C", "新上规");
        Scheme scheme = TestSchemes.scheme(List.of(TestSchemes.perMu()), TestSchemes.percentileRule(25, 25, 25, 25),
                List.of(), List.of(newFirm), List.of());
        List<EnterpriseResult> rs = ScoringKernel.compile(scheme).score(List.of(firm("a", 100), firm("b", 90),
                firm("c", 80), firm("d", 70, "NEW_ABOVE_SCALE")), ScoringKernel.Mode.FULL);
        assertThat(rs).extracting(EnterpriseResult::grade).containsExactly("A", "B", "C", "C");
        assertThat(rs.get(3).gradeReasons()).extracting(GradeReason::kind)
                .containsExactly(GradeReason.Kind.PERCENTILE, GradeReason.Kind.FLOOR);
    }

    @Test
    void aForcedClassIsNeitherRankedNorCounted() {
        GradeOverride utility = new GradeOverride("UTILITY", GradeOverride.Kind.FORCE_CLASS, "T", "公用事业");
        Scheme scheme = TestSchemes.scheme(List.of(TestSchemes.perMu()), TestSchemes.percentileRule(50, 50),
                List.of(), List.of(utility), List.of());
        List<EnterpriseResult> rs = ScoringKernel.compile(scheme).score(List.of(firm("u", 500, "UTILITY"),
                firm("a", 100), firm("b", 90)), ScoringKernel.Mode.FULL);
        assertThat(rs).extracting(EnterpriseResult::grade).containsExactly("T", "A", "B");
        assertThat(rs).extracting(EnterpriseResult::rank).containsExactly(0, 1, 2);
        assertThat(rs.get(1).ranked()).isEqualTo(2);
    }

    @Test
    void flagAdjustmentsMoveTheTotal() {
        PointsAdjustment bonus = new PointsAdjustment("FUTURE_FACTORY", 2.5, "未来工厂");
        Scheme scheme = TestSchemes.scheme(List.of(TestSchemes.perMu()), TestSchemes.percentileRule(50, 50),
                List.of(), List.of(), List.of(bonus));
        EnterpriseResult r = ScoringKernel.compile(scheme).score(List.of(firm("f", 80, "FUTURE_FACTORY")),
                ScoringKernel.Mode.SINGLE).get(0);
        assertThat(r.total()).isEqualTo(82.5);
        assertThat(r.adjustments()).extracting(AppliedAdjustment::kind).containsExactly(AppliedAdjustment.Kind.FLAG);
        assertThat(r.gradeReasons()).extracting(GradeReason::kind).containsExactly(GradeReason.Kind.NEEDS_COHORT);
    }
}
