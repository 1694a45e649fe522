package io.zonebrain.evaluation.web;

import io.zonebrain.evaluation.EvaluationRun;
import io.zonebrain.evaluation.EvaluationRuns;
import io.zonebrain.evaluation.Objection;
import io.zonebrain.evaluation.ObjectionDraft;
import io.zonebrain.evaluation.Objections;
import io.zonebrain.platform.ExcelExport;
import io.zonebrain.platform.NotFoundException;
import io.zonebrain.platform.ValidationException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Objection pages: an enterprise files from its own result page (/evaluation/mine); officials list a run's
 * objections, decide them, export the list and download evidence. Problems come back to the page as messages.
 */
@Controller
class ObjectionPagesController {

    private final Objections objections;
    private final EvaluationRuns runs;
    private final MessageSource messages;

    ObjectionPagesController(Objections objections, EvaluationRuns runs, MessageSource messages) {
        this.objections = objections;
        this.runs = runs;
        this.messages = messages;
    }

    @PostMapping("/evaluation/mine/objections")
    String file(@RequestParam long runId, @RequestParam(required = false) String reason,
                @RequestParam(required = false) List<String> indicators,
                @RequestParam(required = false) String evidenceText,
                @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) throws IOException {
        ObjectionDraft.Evidence evidence = file == null || file.isEmpty() ? null
                : new ObjectionDraft.Evidence(file.getOriginalFilename(), file.getContentType(), file.getBytes());
        try {
            objections.file(runId, new ObjectionDraft(reason, indicators, evidenceText, evidence));
            redirect.addFlashAttribute("objectionFiled", true);
        } catch (ValidationException e) {
            redirect.addFlashAttribute("objectionErrors", ObjectionProblems.of(e, messages,
                    LocaleContextHolder.getLocale()));
            redirect.addFlashAttribute("objectionReason", reason);
            redirect.addFlashAttribute("objectionEvidenceText", evidenceText);
        }
        return "redirect:/evaluation/mine";
    }

    @GetMapping("/evaluation/runs/{id}/objections")
    String list(@PathVariable long id, @RequestParam(required = false) String status, Model model) {
        EvaluationRun run = runs.get(id);
        model.addAttribute("run", run);
        model.addAttribute("status", statusOf(status));
        model.addAttribute("statuses", Objection.Status.values());
        List<Objection> list = objections.list(id, statusOf(status));
        model.addAttribute("objections", list);
        model.addAttribute("supersededBy", run.supersededBy() == null ? null : runs.get(run.supersededBy()));
        java.util.Map<Long, Integer> filedVersions = new java.util.HashMap<>();
        list.stream().filter(Objection::carried).forEach(o -> filedVersions.computeIfAbsent(o.filedRunId(),
                r -> runs.get(r).version()));
        model.addAttribute("filedVersions", filedVersions);
        return "evaluation/objections";
    }

    @PostMapping("/evaluation/objections/{id}/decision")
    String decide(@PathVariable long id, @RequestParam(required = false) Boolean accept,
                  @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        Objection o = objections.get(id);
        try {
            objections.decide(id, accept, reason);
        } catch (ValidationException e) {
            redirect.addFlashAttribute("errors", ObjectionProblems.of(e, messages, LocaleContextHolder.getLocale()));
        }
        return "redirect:/evaluation/runs/" + o.runId() + "/objections";
    }

    @GetMapping("/evaluation/objections/{id}/evidence")
    ResponseEntity<byte[]> evidence(@PathVariable long id) {
        ObjectionDraft.Evidence e = objections.evidence(id).orElseThrow(() -> new NotFoundException("evidence " + id));
        // always an attachment: an uploaded file is never rendered inline in our origin
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(e.name(), StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.APPLICATION_OCTET_STREAM).body(e.bytes());
    }

    @GetMapping("/evaluation/runs/{id}/objections/export.xlsx")
    void export(@PathVariable long id, @RequestParam(required = false) String status, HttpServletResponse response)
            throws IOException {
        EvaluationRun run = runs.get(id);
        List<Objection> list = objections.list(id, statusOf(status));
        Locale locale = LocaleContextHolder.getLocale();
        List<String> headers = List.of("no", "name", "uscc", "filedAt", "reason", "indicators", "status",
                "decidedBy", "decisionReason", "newRun").stream()
                .map(k -> messages.getMessage("objection.export." + k, null, locale)).toList();
        String name = run.schemeCode() + "-" + run.dataYear() + "-v" + run.version() + "-objections.xlsx";
        response.setContentType(ExcelExport.CONTENT_TYPE);
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8));
        ExcelExport.write(response.getOutputStream(), messages.getMessage("objection.export.sheet", null, locale),
                headers, sink -> {
                    int n = 0;
                    for (Objection o : list) {
                        sink.accept(Arrays.asList(++n, o.enterpriseName(), o.uscc(),
                                o.filedAt().atZone(ZoneId.systemDefault()).toLocalDateTime().toString(),
                                o.reason(), String.join(", ", o.indicators()),
                                messages.getMessage("objection.status." + o.status(), null, locale),
                                o.decidedBy(), o.decisionReason(), o.newRunId()));
                    }
                });
    }

    /** An unknown status filter lists everything rather than failing: it comes from a URL a person may edit. */
    private static Objection.Status statusOf(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        return Arrays.stream(Objection.Status.values()).filter(s -> s.name().equalsIgnoreCase(status.strip()))
                .findFirst().orElse(null);
    }
}
