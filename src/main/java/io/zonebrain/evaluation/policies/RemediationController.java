package io.zonebrain.evaluation.policies;

import io.zonebrain.evaluation.EvaluationRuns;
import io.zonebrain.platform.ExcelExport;
import io.zonebrain.platform.ValidationException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 整治提升: the cases with filters and the zone's tally, one case's page, its changes, and the Excel list. */
@Controller
class RemediationController {

    private final Remediation remediation;
    private final EvaluationRuns runs;
    private final MessageSource messages;

    RemediationController(Remediation remediation, EvaluationRuns runs, MessageSource messages) {
        this.remediation = remediation;
        this.runs = runs;
        this.messages = messages;
    }

    @GetMapping("/evaluation/remediation")
    String list(@RequestParam(required = false) RemediationCase.Status status,
                @RequestParam(required = false) String owner, @RequestParam(required = false) String name,
                @RequestParam(required = false) Long runId, Model model) {
        RemediationCase.Filter filter = new RemediationCase.Filter(status, owner, name, runId, null);
        model.addAttribute("filter", filter);
        model.addAttribute("cases", remediation.list(filter));
        model.addAttribute("totals", remediation.totals());
        model.addAttribute("statuses", RemediationCase.Status.values());
        model.addAttribute("publishedRuns", runs.list().stream().filter(r -> !r.draft()).toList());
        return "evaluation/remediation";
    }

    @PostMapping("/evaluation/remediation/open")
    String open(@RequestParam long runId, RedirectAttributes redirect) {
        int opened = remediation.openCasesFor(runId);
        redirect.addFlashAttribute("opened", opened);
        return "redirect:/evaluation/remediation";
    }

    @GetMapping("/evaluation/remediation/{id}")
    String one(@PathVariable long id, Model model) {
        model.addAttribute("c", remediation.get(id));
        model.addAttribute("notes", remediation.notes(id));
        model.addAttribute("allMeasures", RemediationCase.Measure.values());
        return "evaluation/remediation-case";
    }

    @PostMapping("/evaluation/remediation/{id}")
    String update(@PathVariable long id, @RequestParam int version,
                  @RequestParam(required = false) List<RemediationCase.Measure> measures,
                  @RequestParam(required = false) String owner,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
                  @RequestParam(required = false) String reason, Model model) {
        return guarded(id, model, () -> remediation.update(id, version, measures == null ? List.of() : measures,
                owner, deadline, reason));
    }

    @PostMapping("/evaluation/remediation/{id}/notes")
    String note(@PathVariable long id, @RequestParam(required = false) String note, Model model) {
        return guarded(id, model, () -> remediation.addNote(id, note));
    }

    @PostMapping("/evaluation/remediation/{id}/close")
    String close(@PathVariable long id, @RequestParam int version,
                 @RequestParam(required = false) RemediationCase.Status status,
                 @RequestParam(required = false) BigDecimal freedLandMu,
                 @RequestParam(required = false) String reason, Model model) {
        return guarded(id, model, () -> remediation.close(id, version, status, freedLandMu, reason));
    }

    private String guarded(long id, Model model, Runnable change) {
        try {
            change.run();
            return "redirect:/evaluation/remediation/" + id;
        } catch (ValidationException e) {
            Locale locale = LocaleContextHolder.getLocale();
            model.addAttribute("errors", e.errors().stream().map(f -> messages.getMessage("field." + f.field(),
                    null, f.field(), locale) + ": " + messages.getMessage(f.messageCode(), f.args().toArray(),
                    locale)).toList());
            return one(id, model);
        }
    }

    @GetMapping("/evaluation/remediation/export.xlsx")
    void export(@RequestParam(required = false) RemediationCase.Status status,
                @RequestParam(required = false) String owner, @RequestParam(required = false) String name,
                @RequestParam(required = false) Long runId, HttpServletResponse response) throws IOException {
        List<RemediationCase> cases = remediation.list(new RemediationCase.Filter(status, owner, name, runId, null));
        Locale locale = LocaleContextHolder.getLocale();
        List<String> headers = List.of("no", "name", "uscc", "year", "measures", "owner", "deadline", "status",
                        "land", "freed").stream()
                .map(k -> messages.getMessage("remediation.export." + k, null, locale)).toList();
        response.setContentType(ExcelExport.CONTENT_TYPE);
        response.setHeader("Content-Disposition", "attachment; filename=\"remediation.xlsx\"");
        ExcelExport.write(response.getOutputStream(), messages.getMessage("remediation.export.sheet", null, locale),
                headers, sink -> {
                    int n = 0;
                    for (RemediationCase c : cases) {
                        sink.accept(Arrays.asList(++n, c.enterpriseName(), c.uscc(), c.dataYear(),
                                c.measures().stream().map(m -> messages.getMessage("remediation.measure." + m, null,
                                        locale)).collect(Collectors.joining("、")),
                                c.owner(), c.deadline() == null ? null : c.deadline().toString(),
                                messages.getMessage("remediation.status." + c.status(), null, locale),
                                c.landMu(), c.freedLandMu()));
                    }
                });
    }
}
