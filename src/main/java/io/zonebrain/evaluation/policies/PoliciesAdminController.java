package io.zonebrain.evaluation.policies;

import io.zonebrain.platform.ValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Zone administrators list and add the measures that follow a grade; /admin/** is for zone admins only. */
@Controller
class PoliciesAdminController {

    private final PolicyMeasures measures;
    private final MessageSource messages;
    private final MeasureText text;

    PoliciesAdminController(PolicyMeasures measures, MessageSource messages, MeasureText text) {
        this.measures = measures;
        this.messages = messages;
        this.text = text;
    }

    record Row(PolicyMeasure measure, MeasureText.Line line) {
    }

    @GetMapping("/admin/evaluation/policies")
    String list(Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("rows", measures.list().stream().map(m -> new Row(m, text.line(m, locale))).toList());
        model.addAttribute("kinds", PolicyMeasure.Kind.values());
        model.addAttribute("resources", PolicyMeasure.Resource.values());
        if (!model.containsAttribute("draft")) {
            model.addAttribute("draft", new PolicyDraft(null, null, null, 1, null, true, null, LocalDate.now(), null,
                    null));
        }
        return "evaluation/policies";
    }

    @PostMapping("/admin/evaluation/policies")
    String add(@RequestParam(required = false) String grade, @RequestParam(required = false) PolicyMeasure.Kind kind,
               @RequestParam(required = false) PolicyMeasure.Resource resource,
               @RequestParam(required = false) Integer minConsecutiveYears,
               @RequestParam(required = false) BigDecimal amount,
               @RequestParam(required = false) Boolean eligible, @RequestParam(required = false) Integer priority,
               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveTo,
               @RequestParam(required = false) String description, @RequestParam(required = false) String reason,
               Model model) {
        PolicyDraft draft = new PolicyDraft(grade, kind, resource, minConsecutiveYears, amount,
                eligible != null && eligible, priority, effectiveFrom, effectiveTo, description);
        try {
            measures.add(draft, reason);
            return "redirect:/admin/evaluation/policies";
        } catch (ValidationException e) {
            Locale locale = LocaleContextHolder.getLocale();
            model.addAttribute("errors", e.errors().stream().map(f -> messages.getMessage("field." + f.field(),
                    null, f.field(), locale) + ": " + messages.getMessage(f.messageCode(), f.args().toArray(),
                    locale)).toList());
            model.addAttribute("draft", draft);
            return list(model);
        }
    }
}
