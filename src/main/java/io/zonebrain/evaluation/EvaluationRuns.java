package io.zonebrain.evaluation;

import io.zonebrain.enterprise.IndustryCodes;
import io.zonebrain.evaluation.internal.ObjectionWindow;
import io.zonebrain.evaluation.internal.RunExecution;
import io.zonebrain.evaluation.internal.RunInputs;
import io.zonebrain.evaluation.internal.RunStore;
import io.zonebrain.evaluation.internal.SchemeStore;
import io.zonebrain.platform.AuditTrail;
import io.zonebrain.platform.BackgroundJobs;
import io.zonebrain.platform.CallerContext;
import io.zonebrain.platform.ConcurrentEditException;
import io.zonebrain.platform.CurrentUser;
import io.zonebrain.platform.FieldError;
import io.zonebrain.platform.NotFoundException;
import io.zonebrain.platform.ValidationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evaluation runs: an officer runs a scheme version (in use) over a data year as a background job; each run is an
 * immutable version whose results never change, published (公示) and then made final by guarded, audited status
 * changes. Officials see runs (results within their data scope); starting, publishing and finalising need the
 * whole zone. Enterprise users see only their own latest published result ({@link #mine()}).
 */
@Service
public class EvaluationRuns {

    private final SchemeStore schemes;
    private final RunStore runs;
    private final RunInputs inputs;
    private final RunExecution execution;
    private final BackgroundJobs jobs;
    private final AuditTrail audit;
    private final ObjectionWindow window;
    private final ApplicationEventPublisher events;
    private final IndustryCodes industryCodes;

    EvaluationRuns(SchemeStore schemes, RunStore runs, RunInputs inputs, RunExecution execution,
                   BackgroundJobs jobs, AuditTrail audit, ObjectionWindow window,
                   ApplicationEventPublisher events, IndustryCodes industryCodes) {
        this.industryCodes = industryCodes;
        this.schemes = schemes;
        this.runs = runs;
        this.inputs = inputs;
        this.execution = execution;
        this.jobs = jobs;
        this.audit = audit;
        this.window = window;
        this.events = events;
    }

    /**
     * Checks the request now (so a bad scheme or a year without data is a message on the form, not a failed job),
     * then starts the run as a background job; the job's result link is the run's page.
     */
    public UUID start(String schemeCode, Integer dataYear) {
        CurrentUser me = zoneOfficial();
        List<FieldError> errors = new ArrayList<>();
        Optional<StoredScheme> scheme = schemeCode == null || schemeCode.isBlank() ? Optional.empty()
                : schemes.latestInUse(me.zoneId(), schemeCode.strip());
        if (scheme.isEmpty()) {
            errors.add(FieldError.of("schemeCode", "evaluation.run.noScheme", String.valueOf(schemeCode)));
        }
        if (dataYear == null) {
            errors.add(FieldError.of("dataYear", "evaluation.scheme.required"));
        } else if (inputs.count(me.zoneId(), dataYear) == 0) {
            errors.add(FieldError.of("dataYear", "evaluation.run.noData", String.valueOf(dataYear)));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        StoredScheme s = scheme.get();
        return jobs.start("evaluation-run", progress -> {
            long id = execution.run(me.zoneId(), s, dataYear, progress::update);
            return new BackgroundJobs.Outcome(s.code() + " v" + s.version() + " / " + dataYear,
                    "/evaluation/runs/" + id);
        });
    }

    public List<EvaluationRun> list() {
        return runs.list(official().zoneId());
    }

    public EvaluationRun get(long runId) {
        return runs.find(official().zoneId(), runId).orElseThrow(() -> new NotFoundException("run " + runId));
    }

    /** The scheme version the run used, frozen since it was put in use. */
    public Scheme schemeOf(EvaluationRun run) {
        return schemes.version(official().zoneId(), run.schemeCode(), run.schemeVersion()).orElseThrow().scheme();
    }

    public List<RunResultLine> results(long runId, RunFilter filter) {
        CurrentUser me = official();
        get(runId);
        return runs.lines(runId, me.dataScope(), filter == null ? RunFilter.none() : filter);
    }

    public List<GradeCount> distribution(long runId) {
        CurrentUser me = official();
        get(runId);
        return runs.distribution(runId, me.dataScope());
    }

    /**
     * Grade counts and percentages per cohort, industry section or division, counting only the enterprises in the
     * caller's data scope (a grid officer: the grid's), like the result list.
     */
    public GradeDistribution distribution(long runId, GradeDistribution.Dimension by) {
        CurrentUser me = official();
        EvaluationRun run = get(runId);
        Scheme scheme = schemeOf(run);
        List<String> grades = new ArrayList<>();
        scheme.grades().forEach(g -> grades.add(g.code()));
        scheme.extraClasses().forEach(g -> grades.add(g.code()));
        List<GradeCount> counts = runs.distribution(runId, me.dataScope(), by);
        counts.stream().map(c -> gradeOrDash(c.grade())).filter(g -> !grades.contains(g)
                && !RunFilter.UNGRADED.equals(g)).distinct().forEach(grades::add);
        grades.add(RunFilter.UNGRADED);
        Map<String, String> names = new HashMap<>();
        if (by == GradeDistribution.Dimension.COHORT) {
            scheme.cohorts().forEach(c -> names.put(c.code(), c.name()));
        } else {
            industryCodes.sectionsAndDivisions().forEach(c -> names.put(c.code(), c.name()));
        }
        Map<String, Integer[]> byGroup = new java.util.LinkedHashMap<>();
        if (by == GradeDistribution.Dimension.COHORT) {
            scheme.cohorts().forEach(c -> byGroup.put(c.code(), zeros(grades.size())));
        }
        for (GradeCount c : counts) {
            byGroup.computeIfAbsent(c.cohort() == null ? RunFilter.UNGRADED : c.cohort(), k -> zeros(grades.size()))
                    [grades.indexOf(gradeOrDash(c.grade()))] += c.count();
        }
        List<GradeDistribution.Group> groups = new ArrayList<>();
        byGroup.forEach((code, n) -> {
            boolean none = RunFilter.UNGRADED.equals(code);
            groups.add(GradeDistribution.Group.of(none ? null : code, none ? null : names.getOrDefault(code, code),
                    List.of(n)));
        });
        return new GradeDistribution(by, List.copyOf(grades), List.copyOf(groups));
    }

    /** The run's enterprises that were not graded, within the caller's scope, each with its reasons. */
    public List<NotGradedLine> notGraded(long runId) {
        CurrentUser me = official();
        get(runId);
        return runs.notGraded(runId, me.dataScope());
    }

    /** Against the previous data year's latest run of the same scheme code, when there is one. */
    public Optional<GradeMigration> migration(long runId) {
        CurrentUser me = official();
        EvaluationRun run = get(runId);
        Optional<EvaluationRun> previous = runs.previousYear(me.zoneId(), run.schemeCode(), run.dataYear());
        if (previous.isEmpty()) {
            return Optional.empty();
        }
        List<String[]> cells = runs.migration(previous.get().id(), runId, me.dataScope());
        Set<String> order = new LinkedHashSet<>();
        Scheme scheme = schemeOf(run);
        scheme.grades().forEach(g -> order.add(g.code()));
        scheme.extraClasses().forEach(g -> order.add(g.code()));
        cells.forEach(c -> {
            order.add(gradeOrDash(c[0]));
            order.add(gradeOrDash(c[1]));
        });
        List<String> grades = List.copyOf(order);
        Map<String, Integer[]> counts = new HashMap<>();
        for (String[] c : cells) {
            Integer[] row = counts.computeIfAbsent(gradeOrDash(c[0]), k -> zeros(grades.size()));
            row[grades.indexOf(gradeOrDash(c[1]))] += Integer.parseInt(c[2]);
        }
        List<GradeMigration.Row> rows = grades.stream()
                .map(g -> new GradeMigration.Row(g, List.of(counts.getOrDefault(g, zeros(grades.size()))))).toList();
        return Optional.of(new GradeMigration(previous.get().id(), previous.get().dataYear(),
                previous.get().version(), grades, rows));
    }

    /**
     * The corrected version after an accepted objection, in the caller's transaction (the decision and the correction
     * stand or fall together): the run's scheme version (not the latest in use, so only the corrected data differ)
     * re-run over the current annual figures, published at once with the same objection deadline so the 公示 list
     * and the enterprises' own view show the correction, and naming the version it supersedes; that version becomes
     * SUPERSEDED, its results untouched. Only a PUBLISHED version can be corrected; a version corrected or finalised
     * by someone else meanwhile is a conflict and nothing is written. Audited: the new version (by the writer), its
     * publication and the supersession, all with the reason.
     */
    @Transactional
    public EvaluationRun publishCorrection(long runId, String reason) {
        CurrentUser me = zoneOfficial();
        EvaluationRun old = lockChain(runId);
        if (!old.published()) {
            throw new ConcurrentEditException("evaluation_run", runId);
        }
        StoredScheme scheme = schemes.version(me.zoneId(), old.schemeCode(), old.schemeVersion()).orElseThrow();
        long newRunId = execution.run(me.zoneId(), scheme, old.dataYear(), (done, total) -> { });
        if (!runs.publishCorrection(newRunId, runId, CallerContext.actorName(), old.objectionDeadline())
                || !runs.supersede(runId)) {
            throw new ConcurrentEditException("evaluation_run", runId);
        }
        EvaluationRun corrected = get(newRunId);
        audit.record("evaluation_run", newRunId, "PUBLISH", Map.of("status", "DRAFT"),
                Map.of("status", corrected.status().name(), "supersedes", runId,
                        "objectionDeadline", String.valueOf(corrected.objectionDeadline())), reason);
        audit.record("evaluation_run", runId, "SUPERSEDE", Map.of("status", old.status().name()),
                Map.of("status", EvaluationRun.Status.SUPERSEDED.name(), "supersededBy", newRunId), reason);
        events.publishEvent(new RunPublished(me.zoneId(), newRunId));
        return corrected;
    }

    /**
     * Takes the lock of the run's scheme and year for the rest of the caller's transaction and reads the run again
     * under it, so a correction, a filing or a decision sees the run as the last one of them left it. Only inside a
     * transaction: the lock ends with it.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public EvaluationRun lockChain(long runId) {
        long zoneId = CallerContext.require().zoneId();
        EvaluationRun run = runs.find(zoneId, runId).orElseThrow(() -> new NotFoundException("run " + runId));
        runs.lockVersions(zoneId, run.schemeCode(), run.dataYear());
        return runs.find(zoneId, runId).orElseThrow();
    }

    /**
     * DRAFT → PUBLISHED (公示), opening the objection window. Only a draft can be published: anything else is refused
     * with the reason (already published or final; superseded by a correction), and nothing changes. One version of a
     * scheme and data year stands at a time: publishing a draft while another version of it is in its 公示 replaces
     * that one (it becomes SUPERSEDED, results untouched; this one opens a new window) unless objections to it are
     * still open (decide them first: an accepted one publishes its own correction); a final version is never
     * replaced.
     */
    @Transactional
    public EvaluationRun publish(long runId, String reason) {
        zoneOfficial();
        EvaluationRun before = lockChain(runId);
        if (!before.draft()) {
            throw notADraft(before);
        }
        EvaluationRun standing = runs.standing(CallerContext.require().zoneId(), before.schemeCode(),
                before.dataYear(), runId).orElse(null);
        if (standing != null && standing.finalised()) {
            throw new ValidationException(List.of(FieldError.of("status", "runs.publish.finalStands",
                    standing.version())));
        }
        if (standing != null && runs.openObjections(standing.id()) > 0) {
            throw new ValidationException(List.of(FieldError.of("status", "runs.publish.openObjections",
                    standing.version(), runs.openObjections(standing.id()))));
        }
        LocalDate deadline = window.deadlineForPublicationToday();
        boolean moved = standing == null
                ? runs.publish(runId, CallerContext.actorName(), deadline)
                : runs.publishReplacing(runId, standing.id(), CallerContext.actorName(), deadline)
                        && runs.supersede(standing.id());
        if (!moved) {
            throw new ConcurrentEditException("evaluation_run", runId);
        }
        EvaluationRun after = get(runId);
        audit.record("evaluation_run", runId, "PUBLISH", before.status(), after.status(), reason);
        if (standing != null) {
            audit.record("evaluation_run", standing.id(), "SUPERSEDE", Map.of("status", standing.status().name()),
                    Map.of("status", EvaluationRun.Status.SUPERSEDED.name(), "supersededBy", runId,
                            "republished", true), reason);
        }
        // remediation cases for the D class open in the same transaction as the publication
        events.publishEvent(new RunPublished(CallerContext.require().zoneId(), runId));
        return after;
    }

    /**
     * PUBLISHED → FINAL, after the 公示 window; a draft must be published first, a superseded version is replaced by
     * its correction (finalise that one), a final run stays as it is.
     */
    @Transactional
    public EvaluationRun finalise(long runId, String reason) {
        zoneOfficial();
        EvaluationRun before = get(runId);
        if (before.status() == EvaluationRun.Status.DRAFT) {
            throw new ValidationException(List.of(FieldError.of("status", "evaluation.run.notPublished")));
        }
        if (before.superseded()) {
            throw new ValidationException(List.of(FieldError.of("status", "runs.finalise.superseded",
                    versionOf(before.supersededBy()))));
        }
        int open = runs.openObjections(runId);
        if (open > 0 && before.published()) {
            throw new ValidationException(List.of(FieldError.of("status", "objection.finaliseRefused", open)));
        }
        if (runs.finalise(runId, CallerContext.actorName())) {
            EvaluationRun after = get(runId);
            audit.record("evaluation_run", runId, "FINALISE", before.status(), after.status(), reason);
            return after;
        }
        EvaluationRun now = get(runId);
        if (now.superseded() || (now.published() && runs.openObjections(runId) > 0)) {
            // corrected, or an objection filed, between our check and the guarded update
            throw new ConcurrentEditException("evaluation_run", runId);
        }
        return now;
    }

    /** The calling enterprise's own result in its latest published or final run; empty when there is none. */
    public Optional<MyEvaluation> mine() {
        CurrentUser me = CallerContext.require();
        if (!me.isEnterprise() || me.enterpriseId() == null) {
            throw new AccessDeniedException("my evaluation is for enterprise users");
        }
        return runs.latestPublishedRunOf(me.zoneId(), me.enterpriseId()).flatMap(runId -> {
            EvaluationRun run = runs.find(me.zoneId(), runId).orElseThrow();
            Scheme scheme = schemes.version(me.zoneId(), run.schemeCode(), run.schemeVersion()).orElseThrow().scheme();
            return runs.detail(runId, me.enterpriseId()).map(d -> new MyEvaluation(run, scheme, d));
        });
    }

    private ValidationException notADraft(EvaluationRun run) {
        if (run.superseded()) {
            return new ValidationException(List.of(FieldError.of("status", "runs.publish.superseded",
                    versionOf(run.supersededBy()))));
        }
        return new ValidationException(List.of(FieldError.of("status", "runs.publish.notDraft",
                String.valueOf(run.publishedAt() == null ? "-"
                        : java.time.LocalDate.ofInstant(run.publishedAt(), java.time.ZoneId.systemDefault())))));
    }

    /** The version number of a run of the caller's zone, for messages ("superseded by version 3"). */
    private String versionOf(Long runId) {
        return runId == null ? "-" : runs.find(CallerContext.require().zoneId(), runId)
                .map(r -> String.valueOf(r.version())).orElse("-");
    }

    private static String gradeOrDash(String grade) {
        return grade == null ? RunFilter.UNGRADED : grade;
    }

    private static Integer[] zeros(int n) {
        Integer[] a = new Integer[n];
        java.util.Arrays.fill(a, 0);
        return a;
    }

    private static CurrentUser official() {
        CurrentUser me = CallerContext.require();
        if (!me.isOfficial()) {
            throw new AccessDeniedException("evaluation runs are for zone officials");
        }
        return me;
    }

    /** Runs decide for the whole zone, so a grid officer may look but not start, publish or finalise. */
    private static CurrentUser zoneOfficial() {
        CurrentUser me = official();
        if (me.gridId() != null) {
            throw new AccessDeniedException("evaluation runs are decided for the whole zone");
        }
        return me;
    }
}
