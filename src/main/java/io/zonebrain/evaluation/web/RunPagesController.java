package io.zonebrain.evaluation.web;

import io.zonebrain.evaluation.EvaluationRun;
import io.zonebrain.evaluation.EvaluationRuns;
import io.zonebrain.evaluation.GradeDistribution;
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
import java.util.ArrayList;
import java.util.Arrays;
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
               @RequestParam(required = false) String by, Model model) {
        EvaluationRun run = runs.get(id);
        Scheme scheme = runs.schemeOf(run);
        RunView view = RunView.of(scheme);
        Locale locale = LocaleContextHolder.getLocale();
        GradeDistribution distribution = runs.distribution(id, dimensionOf(by));
        RunFilter filter = new RunFilter(grade, cohort, name);
        model.addAttribute("run", run);
        model.addAttribute("scheme", scheme);
        model.addAttribute("view", view);
        model.addAttribute("distribution", distribution);
        model.addAttribute("dimensions", GradeDistribution.Dimension.values());
        model.addAttribute("chartJson", json.writeValueAsString(RunView.chart(distribution,
                messages.getMessage("runs.distribution.none", null, locale))));
        model.addAttribute("filter", filter);
        // the ranked 公示 list: graded enterprises only; those not graded are listed apart with their reasons
        model.addAttribute("results", runs.results(id, filter).stream().filter(RunResultLine::valid).toList());
        model.addAttribute("notGraded", notGradedRows(id, locale));
        model.addAttribute("migration", runs.migration(id).orElse(null));
        model.addAttribute("supersededBy", run.supersededBy() == null ? null : runs.get(run.supersededBy()));
        model.addAttribute("supersedes", run.supersedes() == null ? null : runs.get(run.supersedes()));
        return "evaluation/run";
    }

    /** A not-graded enterprise and why, in the page's language. */
    record NotGradedRow(RunResultLine line, List<String> reasons) {
    }

    private List<NotGradedRow> notGradedRows(long id, Locale locale) {
        return runs.notGraded(id).stream().map(n -> new NotGradedRow(n.line(), n.problems().stream()
                .map(p -> messages.getMessage("field." + p.field(), null, p.field(), locale) + ": "
                        + messages.getMessage(p.messageCode(), p.args().toArray(), p.messageCode(), locale))
                .toList())).toList();
    }

    /** An unknown {@code by} on the page falls back to cohorts: it comes from a URL a person may edit. */
    private static GradeDistribution.Dimension dimensionOf(String by) {
        try {
            return GradeDistribution.Dimension.parse(by);
        } catch (ValidationException e) {
            return GradeDistribution.Dimension.COHORT;
        }
    }

    /** The distribution table as shown: per group each grade's count and percentage, and the group's total. */
    @GetMapping("/evaluation/runs/{id}/distribution.xlsx")
    void distributionExport(@PathVariable long id, @RequestParam(required = false) String by,
                            HttpServletResponse response) throws IOException {
        EvaluationRun run = runs.get(id);
        GradeDistribution d = runs.distribution(id, dimensionOf(by));
        Locale locale = LocaleContextHolder.getLocale();
        List<String> headers = new ArrayList<>();
        headers.add(messages.getMessage("runs.distribution.code", null, locale));
        headers.add(messages.getMessage("runs.distribution.by." + d.by().key(), null, locale));
        for (String g : d.grades()) {
            headers.add(messages.getMessage("runs.distribution.count", new Object[] {g}, locale));
            headers.add(messages.getMessage("runs.distribution.percent", new Object[] {g}, locale));
        }
        headers.add(messages.getMessage("evaluation.run.total", null, locale));
        String none = messages.getMessage("runs.distribution.none", null, locale);
        attachment(response, run.schemeCode() + "-" + run.dataYear() + "-v" + run.version() + "-distribution-"
                + d.by().key() + ".xlsx");
        ExcelExport.write(response.getOutputStream(), messages.getMessage("runs.distribution.sheet", null, locale),
                headers, sink -> {
                    for (GradeDistribution.Group g : d.groups()) {
                        List<Object> row = new ArrayList<>();
                        row.add(g.code());
                        row.add(g.name() == null ? none : g.name());
                        for (int i = 0; i < d.grades().size(); i++) {
                            row.add(g.counts().get(i));
                            row.add(g.percents().get(i));
                        }
                        row.add(g.total());
                        sink.accept(row);
                    }
                });
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

    /**
     * The list as officials post it for 公示: 序号, 企业名称, 统一社会信用代码, 类别/分组, 综合得分, 排名, 评价等级 — graded
     * enterprises only; a second sheet lists the enterprises not graded and why (zero land, a rejected figure).
     */
    @GetMapping("/evaluation/runs/{id}/export.xlsx")
    void export(@PathVariable long id, HttpServletResponse response) throws IOException {
        EvaluationRun run = runs.get(id);
        RunView view = RunView.of(runs.schemeOf(run));
        Locale locale = LocaleContextHolder.getLocale();
        List<String> headers = List.of("no", "name", "uscc", "cohort", "total", "rank", "grade").stream()
                .map(k -> messages.getMessage("evaluation.export." + k, null, locale)).toList();
        List<List<?>> ranked = new ArrayList<>();
        for (RunResultLine l : runs.results(id, RunFilter.none())) {
            if (l.valid()) {
                ranked.add(Arrays.asList(ranked.size() + 1, l.enterpriseName(), l.uscc(), cohortName(view, l),
                        l.total(), l.rank(), view.gradeNames().getOrDefault(l.grade(), l.grade())));
            }
        }
        List<String> notGradedHeaders = List.of(headers.get(0), headers.get(1), headers.get(2), headers.get(3),
                messages.getMessage("runs.notGraded.reason", null, locale));
        List<List<?>> notGraded = new ArrayList<>();
        for (NotGradedRow n : notGradedRows(id, locale)) {
            notGraded.add(Arrays.asList(notGraded.size() + 1, n.line().enterpriseName(), n.line().uscc(),
                    cohortName(view, n.line()), String.join("；", n.reasons())));
        }
        attachment(response, run.schemeCode() + "-" + run.dataYear() + "-v" + run.version() + ".xlsx");
        RunWorkbook.write(response.getOutputStream(), List.of(
                new RunWorkbook.Sheet(messages.getMessage("evaluation.export.sheet", null, locale), headers, ranked),
                new RunWorkbook.Sheet(messages.getMessage("runs.notGraded.sheet", null, locale), notGradedHeaders,
                        notGraded)));
    }

    private static String cohortName(RunView view, RunResultLine l) {
        return l.cohort() == null ? null : view.cohortNames().getOrDefault(l.cohort(), l.cohort());
    }

    private static void attachment(HttpServletResponse response, String file) {
        response.setContentType(ExcelExport.CONTENT_TYPE);
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(file, StandardCharsets.UTF_8));
    }
}
