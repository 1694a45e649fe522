package io.zonebrain.evaluation.web;

import io.zonebrain.evaluation.EvaluationRun;
import io.zonebrain.evaluation.EvaluationRuns;
import io.zonebrain.evaluation.RunFilter;
import io.zonebrain.evaluation.RunResultLine;
import io.zonebrain.evaluation.Scheme;
import io.zonebrain.evaluation.SchemeCatalogue;
import io.zonebrain.platform.ExcelExport;
import io.zonebrain.platform.ValidationException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/** Officials' pages for evaluation runs: the list and start form, a run's page, publish, finalise, the 公示 export. */
@Controller
class RunPagesController {

    private final EvaluationRuns runs;
    private final SchemeCatalogue schemes;
    private final MessageSource messages;
    private final JsonMapper json;

    RunPagesController(EvaluationRuns runs, SchemeCatalogue schemes, MessageSource messages, JsonMapper json) {
        this.runs = runs;
        this.schemes = schemes;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping("/evaluation/runs")
    String list(Model model) {
        model.addAttribute("runs", runs.list());
        model.addAttribute("schemes", schemes.list());
        model.addAttribute("defaultYear", Year.now().getValue() - 1);
        return "evaluation/runs";
    }

    @PostMapping("/evaluation/runs")
    String start(@RequestParam(required = false) String schemeCode, @RequestParam(required = false) Integer dataYear,
                 Model model) {
        try {
            return "redirect:/jobs/" + runs.start(schemeCode, dataYear);
        } catch (ValidationException e) {
            Locale locale = LocaleContextHolder.getLocale();
            model.addAttribute("errors", e.errors().stream().map(f -> messages.getMessage("field." + f.field(),
                    null, f.field(), locale) + ": " + messages.getMessage(f.messageCode(), f.args().toArray(),
                    locale)).toList());
            model.addAttribute("selectedScheme", schemeCode);
            list(model);
            model.addAttribute("defaultYear", dataYear);
            return "evaluation/runs";
        }
    }

    @GetMapping("/evaluation/runs/{id}")
    String run(@PathVariable long id, @RequestParam(required = false) String grade,
               @RequestParam(required = false) String cohort, @RequestParam(required = false) String name,
               Model model) {
        EvaluationRun run = runs.get(id);
        Scheme scheme = runs.schemeOf(run);
        RunView view = RunView.of(scheme, runs.distribution(id));
        RunFilter filter = new RunFilter(grade, cohort, name);
        model.addAttribute("run", run);
        model.addAttribute("scheme", scheme);
        model.addAttribute("view", view);
        model.addAttribute("chartJson", json.writeValueAsString(view.chart()));
        model.addAttribute("filter", filter);
        model.addAttribute("results", runs.results(id, filter));
        model.addAttribute("migration", runs.migration(id).orElse(null));
        model.addAttribute("supersededBy", run.supersededBy() == null ? null : runs.get(run.supersededBy()));
        model.addAttribute("supersedes", run.supersedes() == null ? null : runs.get(run.supersedes()));
        return "evaluation/run";
    }

    @PostMapping("/evaluation/runs/{id}/publish")
    String publish(@PathVariable long id, @RequestParam(required = false) String reason,
                   org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
        try {
            runs.publish(id, reason);
        } catch (ValidationException e) {
            // already published, or superseded: the run page says so instead of an error page
            redirect.addFlashAttribute("errors", ObjectionProblems.of(e, messages, LocaleContextHolder.getLocale()));
        }
        return "redirect:/evaluation/runs/" + id;
    }

    @PostMapping("/evaluation/runs/{id}/finalise")
    String finalise(@PathVariable long id, @RequestParam(required = false) String reason,
                    org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
        try {
            runs.finalise(id, reason);
        } catch (ValidationException e) {
            // e.g. objections still open: the run page says so instead of an error page
            redirect.addFlashAttribute("errors", ObjectionProblems.of(e, messages, LocaleContextHolder.getLocale()));
        }
        return "redirect:/evaluation/runs/" + id;
    }

    /** The list as officials post it for 公示: 序号, 企业名称, 统一社会信用代码, 类别/分组, 综合得分, 排名, 评价等级. */
    @GetMapping("/evaluation/runs/{id}/export.xlsx")
    void export(@PathVariable long id, HttpServletResponse response) throws IOException {
        EvaluationRun run = runs.get(id);
        RunView view = RunView.of(runs.schemeOf(run), List.of());
        List<RunResultLine> lines = runs.results(id, RunFilter.none());
        Locale locale = LocaleContextHolder.getLocale();
        List<String> headers = List.of("no", "name", "uscc", "cohort", "total", "rank", "grade").stream()
                .map(k -> messages.getMessage("evaluation.export." + k, null, locale)).toList();
        String notGraded = messages.getMessage("evaluation.run.notGraded", null, locale);
        String file = run.schemeCode() + "-" + run.dataYear() + "-v" + run.version() + ".xlsx";
        response.setContentType(ExcelExport.CONTENT_TYPE);
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(file, StandardCharsets.UTF_8));
        ExcelExport.write(response.getOutputStream(), messages.getMessage("evaluation.export.sheet", null, locale),
                headers, sink -> {
                    int n = 0;
                    for (RunResultLine l : lines) {
                        sink.accept(java.util.Arrays.asList(++n, l.enterpriseName(), l.uscc(),
                                l.cohort() == null ? null : view.cohortNames().getOrDefault(l.cohort(), l.cohort()),
                                l.total(), l.rank(),
                                l.grade() == null ? notGraded : view.gradeNames().getOrDefault(l.grade(), l.grade())));
                    }
                });
    }
}
