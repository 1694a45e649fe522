package io.zonebrain.evaluation.web;

import io.zonebrain.evaluation.EvaluationRuns;
import io.zonebrain.evaluation.MyEvaluation;
import io.zonebrain.evaluation.Objections;
import io.zonebrain.evaluation.ScoreExplanations;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** An enterprise's own latest published evaluation, each indicator as a trace sentence against its benchmark. */
@Controller
class MyEvaluationController {

    private final EvaluationRuns runs;
    private final ScoreExplanations explanations;
    private final MessageSource messages;
    private final Objections objections;

    MyEvaluationController(EvaluationRuns runs, ScoreExplanations explanations, MessageSource messages,
                           Objections objections) {
        this.runs = runs;
        this.objections = objections;
        this.explanations = explanations;
        this.messages = messages;
    }

    @GetMapping("/evaluation/mine")
    String mine(Model model) {
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
        }
        return "evaluation/mine";
    }
}
