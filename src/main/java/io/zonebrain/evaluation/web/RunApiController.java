package io.zonebrain.evaluation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zonebrain.evaluation.EvaluationRun;
import io.zonebrain.evaluation.EvaluationRuns;
import io.zonebrain.evaluation.GradeDistribution;
import io.zonebrain.evaluation.RunFilter;
import io.zonebrain.evaluation.RunResultLine;
import io.zonebrain.evaluation.ScoreExplanations;
import io.zonebrain.platform.FieldError;
import io.zonebrain.platform.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Evaluation runs for officials: start (a background job), list, read, results, publish, finalise. Enterprise users
 * get 403 except {@code /my-result}, their own latest published result.
 */
@RestController
@RequestMapping("/api/v1/evaluation")
@Tag(name = "evaluation", description = "亩均论英雄 评价方案 / per-mu evaluation schemes")
class RunApiController {

    private final EvaluationRuns runs;
    private final ScoreExplanations explanations;
    private final MessageSource messages;

    RunApiController(EvaluationRuns runs, ScoreExplanations explanations, MessageSource messages) {
        this.runs = runs;
        this.explanations = explanations;
        this.messages = messages;
    }

    record StartRun(String schemeCode, Integer dataYear) {
    }

    record StartedRun(UUID jobId, String job) {
    }

    @PostMapping("/runs")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Run the scheme's latest version in use over a data year, as a background job; poll "
            + "/jobs/{jobId}: its result link is the new run")
    StartedRun start(@RequestBody StartRun request) {
        UUID id = runs.start(request.schemeCode(), request.dataYear());
        return new StartedRun(id, "/jobs/" + id);
    }

    @GetMapping("/runs")
    @Operation(summary = "The zone's runs, newest data year first")
    List<EvaluationRun> list() {
        return runs.list();
    }

    @GetMapping("/runs/{id}")
    @Operation(summary = "One run: scheme version, data year, version, status, counts")
    EvaluationRun get(@PathVariable long id) {
        return runs.get(id);
    }

    @GetMapping("/runs/{id}/results")
    @Operation(summary = "A run's results by cohort and rank; filter by grade ('-' = not graded), cohort, name")
    List<RunResultLine> results(@PathVariable long id, @RequestParam(required = false) String grade,
                                @RequestParam(required = false) String cohort,
                                @RequestParam(required = false) String name) {
        return runs.results(id, new RunFilter(grade, cohort, name));
    }

    @GetMapping("/runs/{id}/distribution")
    @Operation(summary = "Grade counts and percentages per cohort (by=cohort, default), GB/T 4754 industry section "
            + "(by=section) or division (by=division), counting only the enterprises in your data scope")
    GradeDistribution distribution(@PathVariable long id, @RequestParam(required = false) String by) {
        return runs.distribution(id, GradeDistribution.Dimension.parse(by));
    }

    record NotGraded(long enterpriseId, String enterpriseName, String uscc, String cohort, List<String> reasons,
                     List<FieldError> problems) {
    }

    @GetMapping("/runs/{id}/not-graded")
    @Operation(summary = "The run's enterprises that were not graded (zero land, a rejected figure, no cohort), "
            + "with the reasons; never part of the ranked list")
    List<NotGraded> notGraded(@PathVariable long id, HttpServletRequest request) {
        var locale = Locales.of(request);
        return runs.notGraded(id).stream().map(n -> new NotGraded(n.line().enterpriseId(), n.line().enterpriseName(),
                n.line().uscc(), n.line().cohort(), n.problems().stream().map(p -> messages.getMessage("field."
                        + p.field(), null, p.field(), locale) + ": " + messages.getMessage(p.messageCode(),
                        p.args().toArray(), p.messageCode(), locale)).toList(), n.problems())).toList();
    }

    @PostMapping("/runs/{id}/publish")
    @Operation(summary = "Publish a draft run (公示); a run already published, final or superseded is refused (422)")
    EvaluationRun publish(@PathVariable long id,
                          @RequestHeader(name = "X-Change-Reason", required = false) String reason) {
        return runs.publish(id, reason);
    }

    @PostMapping("/runs/{id}/finalise")
    @Operation(summary = "Make a published run final")
    EvaluationRun finalise(@PathVariable long id,
                           @RequestHeader(name = "X-Change-Reason", required = false) String reason) {
        return runs.finalise(id, reason);
    }

    @GetMapping("/my-result")
    @Operation(summary = "For enterprise users: their own latest published result with each indicator's trace")
    MyResultResponse myResult(HttpServletRequest request) {
        return runs.mine().map(m -> MyResultResponse.of(m, explanations, messages, Locales.of(request)))
                .orElseThrow(() -> new NotFoundException("no published result"));
    }
}
