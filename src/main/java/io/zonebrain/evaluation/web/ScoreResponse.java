package io.zonebrain.evaluation.web;

import io.zonebrain.evaluation.AppliedAdjustment;
import io.zonebrain.evaluation.DataRule;
import io.zonebrain.evaluation.EnterpriseResult;
import io.zonebrain.evaluation.GradeReason;
import io.zonebrain.evaluation.IndicatorScore;
import io.zonebrain.evaluation.SchemeCatalogue;
import io.zonebrain.evaluation.ScoreExplanations;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/** The score endpoint's answer: numbers for machines, a trace sentence per line for people. */
record ScoreResponse(String scheme, int version, String cohort, List<Line> indicators, List<Adjustment> adjustments,
                     BigDecimal total, String grade, List<String> gradeReasons) {

    record Line(String code, String name, BigDecimal value, String unit, BigDecimal benchmark, BigDecimal weight,
                BigDecimal points, IndicatorScore.Outcome outcome, DataRule.Kind rule, String trace) {
    }

    record Adjustment(AppliedAdjustment.Kind kind, BigDecimal points, String reason) {
    }

    static ScoreResponse of(SchemeCatalogue.Scored scored, ScoreExplanations explanations, MessageSource messages,
                            Locale locale) {
        EnterpriseResult r = scored.result();
        List<Line> lines = r.indicators().stream().map(s -> new Line(s.code(), s.name(), decimal(s.value(), 6),
                s.unit(), decimal(s.benchmark(), 6), decimal(s.weight(), 4), decimal(s.points(), 2), s.outcome(),
                s.ruleApplied(), explanations.explain(s, locale))).toList();
        List<Adjustment> adjustments = r.adjustments().stream().map(a -> new Adjustment(a.kind(),
                decimal(a.points(), 2), messages.getMessage("evaluation.adjustment." + a.kind(),
                        new Object[] {a.reason() != null ? a.reason() : a.indicator()}, locale))).toList();
        List<String> reasons = r.gradeReasons().stream().map(g -> reason(g, messages, locale)).toList();
        return new ScoreResponse(scored.scheme().code(), scored.scheme().version(), r.cohort(), lines, adjustments,
                decimal(r.total(), 2), r.grade(), reasons);
    }

    private static String reason(GradeReason g, MessageSource messages, Locale locale) {
        return messages.getMessage("evaluation.grade." + g.kind(), new Object[] {g.grade(), g.detail()}, locale);
    }

    private static BigDecimal decimal(double d, int scale) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return null;
        }
        BigDecimal b = BigDecimal.valueOf(d).setScale(scale, RoundingMode.HALF_UP).stripTrailingZeros();
        return b.scale() < 0 ? b.setScale(0) : b; // 10, not 1E+1
    }
}
