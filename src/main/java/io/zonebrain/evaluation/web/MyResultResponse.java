package io.zonebrain.evaluation.web;

import io.zonebrain.evaluation.MyEvaluation;
import io.zonebrain.evaluation.RunResultDetail;
import io.zonebrain.evaluation.ScoreExplanations;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;

/** An enterprise's own result: where it came from, its total, rank and grade, and one trace sentence per line. */
record MyResultResponse(long runId, String scheme, int schemeVersion, int dataYear, int runVersion, String status,
                        String cohort, BigDecimal total, Integer rank, Integer ranked, String grade, boolean valid,
                        Map<String, Object> inputs, List<Line> indicators, List<String> gradeReasons,
                        List<String> problems) {

    record Line(String code, String name, String unit, Double value, Double benchmark, double points,
                String trace) {
    }

    static MyResultResponse of(MyEvaluation m, ScoreExplanations explanations, MessageSource messages,
                               Locale locale) {
        RunResultDetail d = m.result();
        List<Line> lines = d.indicators().stream().map(s -> new Line(s.code(), s.name(), s.unit(),
                Double.isNaN(s.value()) ? null : s.value(), Double.isNaN(s.benchmark()) ? null : s.benchmark(),
                s.points(), explanations.explain(s, locale))).toList();
        List<String> reasons = d.gradeReasons().stream().map(g -> messages.getMessage("evaluation.grade." + g.kind(),
                new Object[] {g.grade(), g.detail()}, locale)).toList();
        List<String> problems = d.problems().stream().map(p -> messages.getMessage("field." + p.field(), null,
                p.field(), locale) + ": " + messages.getMessage(p.messageCode(), p.args().toArray(), locale)).toList();
        return new MyResultResponse(m.run().id(), m.run().schemeCode(), m.run().schemeVersion(), m.run().dataYear(),
                m.run().version(), m.run().status().name(), d.line().cohort(), d.line().total(), d.line().rank(),
                d.line().ranked(), d.line().grade(), d.line().valid(), d.inputs(), lines, reasons, problems);
    }
}
