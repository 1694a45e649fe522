package io.zonebrain.evaluation.web;

import io.zonebrain.evaluation.EvaluationRuns;
import io.zonebrain.evaluation.MyEvaluation;
import io.zonebrain.evaluation.Objections;
import io.zonebrain.evaluation.ScoreExplanations;
import io.zonebrain.evaluation.policies.EnterpriseMeasures;
import io.zonebrain.evaluation.policies.MeasureText;
import io.zonebrain.evaluation.policies.MyWhatIf;
import io.zonebrain.evaluation.policies.PolicyMeasures;
import io.zonebrain.evaluation.policies.WhatIfText;
import io.zonebrain.platform.CallerContext;
import io.zonebrain.platform.ValidationException;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** An enterprise's own latest published evaluation, each indicator as a trace sentence against its benchmark. */
@Controller
class MyEvaluationController {

    private final EvaluationRuns runs;
    private final ScoreExplanations explanations;
    private final MessageSource messages;
    private final Objections objections;
    private final MyWhatIf whatIf;
    private final PolicyMeasures measures;
    private final MeasureText measureText;
    private final WhatIfText whatIfText;

    MyEvaluationController(EvaluationRuns runs, ScoreExplanations explanations, MessageSource messages,
                           Objections objections, MyWhatIf whatIf, PolicyMeasures measures, MeasureText measureText,
                           WhatIfText whatIfText) {
        this.whatIfText = whatIfText;
        this.runs = runs;
        this.objections = objections;
        this.explanations = explanations;
        this.messages = messages;
        this.whatIf = whatIf;
        this.measures = measures;
        this.measureText = measureText;
    }

    @GetMapping("/evaluation/mine")
    String mine(@RequestParam(required = false) String indicator, Model model) {
        MyEvaluation mine = runs.mine().orElse(null);
        model.addAttribute("mine", mine);
        if (mine != null) {
            model.addAttribute("objectionOpen", objections.windowOpen(mine.run()));
            model.addAttribute("myObjections", objections.mine(mine.run().id()));
            model.addAttribute("result", MyResultResponse.of(mine, explanations, messages,
                    LocaleContextHolder.getLocale()));
            model.addAttribute("gradeName", mine.result().line().grade() == null ? null
                    : mine.scheme().grades().stream().filter(g -> g.code().equals(mine.result().line().grade()))
                            .map(g -> g.name()).findFirst().orElse(mine.result().line().grade()));
            Locale locale = LocaleContextHolder.getLocale();
            EnterpriseMeasures m = measures.forEnterprise(CallerContext.require().enterpriseId(), LocalDate.now());
            model.addAttribute("measuresReason", measureText.reason(m, locale));
            model.addAttribute("measureLines", measureText.lines(m, locale));
            model.addAttribute("whatIfIndicators", whatIf.indicators());
            model.addAttribute("whatIfIndicator", indicator);
            if (indicator != null && !indicator.isBlank()) {
                try {
                    whatIf.solve(indicator).ifPresent(a -> model.addAttribute("whatIf",
                            whatIfText.lines(a, locale)));
                } catch (ValidationException e) {
                    model.addAttribute("whatIfError", true);
                }
            }
        }
        return "evaluation/mine";
    }
}
