package io.zonebrain.evaluation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zonebrain.evaluation.AnnualInputs;
import io.zonebrain.evaluation.Scheme;
import io.zonebrain.evaluation.SchemeCatalogue;
import io.zonebrain.evaluation.SchemeSummary;
import io.zonebrain.evaluation.ScoreExplanations;
import io.zonebrain.evaluation.StoredScheme;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
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
 * Per-mu evaluation schemes for officials: list, read (the file an officer can edit and import again), import as a
 * new version, put a version in use, and score one enterprise by hand. Enterprise users get 403.
 */
@RestController
@RequestMapping("/api/v1/evaluation/schemes")
@Tag(name = "evaluation", description = "亩均论英雄 评价方案 / per-mu evaluation schemes")
class SchemeApiController {

    private final SchemeCatalogue catalogue;
    private final ScoreExplanations explanations;
    private final MessageSource messages;

    SchemeApiController(SchemeCatalogue catalogue, ScoreExplanations explanations, MessageSource messages) {
        this.catalogue = catalogue;
        this.explanations = explanations;
        this.messages = messages;
    }

    @GetMapping
    @Operation(summary = "The zone's schemes, latest version of each")
    List<SchemeSummary> list() {
        return catalogue.list();
    }

    @GetMapping("/{code}")
    @Operation(summary = "A scheme as JSON: the latest version, or ?version=n")
    Scheme get(@PathVariable String code, @RequestParam(required = false) Integer version) {
        return (version == null ? catalogue.latest(code) : catalogue.version(code, version)).scheme();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Import a scheme file: validated; changes the latest draft, or makes a new version when "
            + "the latest is in use")
    SchemeVersion importScheme(@RequestBody Scheme scheme,
                               @RequestHeader(name = "X-Change-Reason", required = false) String reason) {
        return SchemeVersion.of(catalogue.save(scheme, reason));
    }

    @PostMapping("/{code}/versions/{version}/in-use")
    @Operation(summary = "Put a draft version in use; from then on it never changes")
    SchemeVersion putInUse(@PathVariable String code, @PathVariable int version,
                           @RequestHeader(name = "X-Change-Reason", required = false) String reason) {
        return SchemeVersion.of(catalogue.putInUse(code, version, reason));
    }

    @PostMapping("/{code}/score")
    @Operation(summary = "Score one enterprise's annual inputs (yuan and base units) against the scheme; each "
            + "indicator's value in the scheme's display unit, its points and trace, adjustments and the total")
    ScoreResponse score(@PathVariable String code, @RequestParam(required = false) Integer version,
                        @RequestBody AnnualInputs inputs, HttpServletRequest request) {
        Locale locale = locale(request);
        return ScoreResponse.of(catalogue.score(code, version, inputs), explanations, messages, locale);
    }

    record SchemeVersion(String code, int version, StoredScheme.Status status, String name) {
        static SchemeVersion of(StoredScheme s) {
            return new SchemeVersion(s.code(), s.version(), s.status(), s.scheme().name());
        }
    }

    /** As the API's error messages: English when asked for, Chinese otherwise. */
    private static Locale locale(HttpServletRequest request) {
        String lang = request.getParameter("lang");
        if (lang == null) {
            String header = request.getHeader("Accept-Language");
            lang = header == null ? "zh" : header.strip();
        }
        return lang.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }
}
