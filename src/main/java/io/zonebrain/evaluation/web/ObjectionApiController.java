package io.zonebrain.evaluation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zonebrain.evaluation.Objection;
import io.zonebrain.evaluation.ObjectionDraft;
import io.zonebrain.evaluation.Objections;
import io.zonebrain.platform.FieldError;
import io.zonebrain.platform.ValidationException;
import java.util.Base64;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Objections over the API: an enterprise user files against its own result (evidence file as base64, JSON keeps
 * the API one format); officials list a run's objections and decide one.
 */
@RestController
@RequestMapping("/api/v1/evaluation")
@Tag(name = "evaluation", description = "亩均论英雄 评价方案 / per-mu evaluation schemes")
class ObjectionApiController {

    private final Objections objections;

    ObjectionApiController(Objections objections) {
        this.objections = objections;
    }

    record FileObjection(String reason, List<String> indicators, String evidenceText, String evidenceFileName,
                         String evidenceContentType, String evidenceFileBase64) {
    }

    record Decision(Boolean accept, String reason) {
    }

    @PostMapping("/runs/{id}/objections")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "For enterprise users: object to your own result in a published run, within its window")
    Objection file(@PathVariable long id, @RequestBody FileObjection request) {
        ObjectionDraft.Evidence file = null;
        if (request.evidenceFileBase64() != null && !request.evidenceFileBase64().isBlank()) {
            try {
                file = new ObjectionDraft.Evidence(request.evidenceFileName(), request.evidenceContentType(),
                        Base64.getMimeDecoder().decode(request.evidenceFileBase64()));
            } catch (IllegalArgumentException e) {
                throw new ValidationException(List.of(FieldError.of("evidenceFile", "objection.badBase64")));
            }
        }
        return objections.file(id, new ObjectionDraft(request.reason(), request.indicators(), request.evidenceText(),
                file));
    }

    @GetMapping("/runs/{id}/objections")
    @Operation(summary = "A run's objections within your data scope; status FILED, ACCEPTED or REJECTED")
    List<Objection> list(@PathVariable long id, @RequestParam(required = false) Objection.Status status) {
        return objections.list(id, status);
    }

    @PostMapping("/objections/{id}/decision")
    @Operation(summary = "Accept or reject an open objection, with a required reason. Accepting re-runs the same "
            + "scheme version and year over the corrected annual figures and publishes that version at once in place "
            + "of the old one (same objection deadline; the old version becomes SUPERSEDED, its open objections move "
            + "to the correction); newRunId names it")
    Objection decide(@PathVariable long id, @RequestBody Decision request) {
        return objections.decide(id, request.accept(), request.reason());
    }
}
