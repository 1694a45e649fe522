package io.zonebrain.evaluation.policies;

import io.zonebrain.evaluation.RunResultDetail;
import io.zonebrain.evaluation.internal.RunStore;
import io.zonebrain.platform.CallerContext;
import io.zonebrain.platform.CurrentUser;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * An official's view of one enterprise's evaluation: its latest published grade, the measures that follow and why,
 * and its remediation cases. Outside the official's scope (or another enterprise for an enterprise user): 404.
 */
@Controller
class EnterpriseEvaluationController {

    private final PolicyMeasures measures;
    private final MeasureText text;
    private final Remediation remediation;
    private final RunStore runs;

    EnterpriseEvaluationController(PolicyMeasures measures, MeasureText text, Remediation remediation,
                                   RunStore runs) {
        this.measures = measures;
        this.text = text;
        this.remediation = remediation;
        this.runs = runs;
    }

    @GetMapping("/evaluation/enterprises/{id}")
    String enterprise(@PathVariable long id, Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        EnterpriseMeasures m = measures.forEnterprise(id, LocalDate.now()); // checks the scope first
        CurrentUser me = CallerContext.require();
        RunResultDetail detail = m.runId() == null ? null : runs.detail(m.runId(), id).orElse(null);
        model.addAttribute("enterpriseId", id);
        model.addAttribute("detail", detail);
        model.addAttribute("standing", m);
        model.addAttribute("reason", text.reason(m, locale));
        model.addAttribute("lines", text.lines(m, locale));
        model.addAttribute("cases", me.isOfficial() ? remediation.ofEnterprise(id) : java.util.List.of());
        return "evaluation/policies-enterprise";
    }
}
