package io.zonebrain.evaluation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zonebrain.evaluation.AnnualInputs;
import io.zonebrain.evaluation.Scheme;
import io.zonebrain.evaluation.SchemeCatalogue;
import io.zonebrain.evaluation.SchemeFiles;
import io.zonebrain.evaluation.SchemeInUseException;
import io.zonebrain.evaluation.SchemeListFilter;
import io.zonebrain.evaluation.SchemeSummary;
import io.zonebrain.evaluation.SchemeVersionLine;
import io.zonebrain.evaluation.ScoreExplanations;
import io.zonebrain.evaluation.StoredScheme;
import io.zonebrain.platform.FieldError;
import io.zonebrain.platform.ValidationException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Per-mu evaluation schemes for officials: list, read (the file an officer can edit and import again), import as a
 * new version, edit a draft under optimistic locking (ETag / If-Match), copy a version into a new draft, download
 * and upload scheme files, put a version in use, and score one enterprise by hand. Officials read; zone-wide
 * officials and admins write (grid officers and enterprise users get 403).
 */
@RestController
@RequestMapping("/api/v1/evaluation/schemes")
@Tag(name = "evaluation", description = "亩均论英雄 评价方案 / per-mu evaluation schemes")
class SchemeApiController {

    private final SchemeCatalogue catalogue;
    private final ScoreExplanations explanations;
    private final MessageSource messages;

    private final SchemeFiles files;

    SchemeApiController(SchemeCatalogue catalogue, ScoreExplanations explanations, MessageSource messages,
                        SchemeFiles files) {
        this.catalogue = catalogue;
        this.explanations = explanations;
        this.messages = messages;
        this.files = files;
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

    @GetMapping("/versions")
    @Operation(summary = "Every version of every scheme: code, version, status, name, owner, 文号, data year, created "
            + "by/at; narrowed by ?text= (code, name, owner or 文号), ?status=DRAFT|IN_USE, ?dataYear=")
    List<SchemeVersionLine> versions(@RequestParam(required = false) String text,
                                     @RequestParam(required = false) StoredScheme.Status status,
                                     @RequestParam(required = false) Integer dataYear) {
        return catalogue.versions(new SchemeListFilter(text, status, dataYear));
    }

    @GetMapping("/{code}/versions/{version}")
    @Operation(summary = "One version as JSON; its ETag is the lock version to send as If-Match when editing a draft")
    ResponseEntity<Scheme> version(@PathVariable String code, @PathVariable int version) {
        StoredScheme s = catalogue.version(code, version);
        return ResponseEntity.ok().eTag(String.valueOf(s.lockVersion())).body(s.scheme());
    }

    @PutMapping("/{code}/versions/{version}")
    @Operation(summary = "Change a DRAFT version in place. If-Match: the ETag read with it; 409 when someone saved it "
            + "meanwhile (their version is kept) or when the version is in use (make a new version instead); 422 "
            + "with every problem's path when invalid. Nothing is stored on any error")
    SchemeVersion editDraft(@PathVariable String code, @PathVariable int version, @RequestBody Scheme scheme,
                            @RequestHeader(name = HttpHeaders.IF_MATCH) String ifMatch,
                            @RequestHeader(name = "X-Change-Reason", required = false) String reason) {
        return SchemeVersion.of(catalogue.saveDraft(code, version, lockVersion(ifMatch), scheme, reason));
    }

    @PostMapping("/{code}/versions/{version}/copy")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "New version from this one: a copy as a DRAFT numbered one above the code's highest version")
    SchemeVersion copy(@PathVariable String code, @PathVariable int version,
                       @RequestHeader(name = "X-Change-Reason", required = false) String reason) {
        return SchemeVersion.of(catalogue.copyAsNewDraft(code, version, reason));
    }

    @GetMapping(value = "/{code}/versions/{version}/file", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Download a version as a scheme file (.json, UTF-8, pretty-printed; the API's JSON)")
    ResponseEntity<byte[]> file(@PathVariable String code, @PathVariable int version) {
        StoredScheme s = catalogue.version(code, version);
        return ResponseEntity.ok()
                .contentType(new MediaType("application", "json", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(SchemeFiles.fileName(code, version)))
                .body(files.write(s.scheme()));
    }

    @PostMapping(value = "/file", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Upload a scheme file (multipart field \"file\", at most 1 MB): a new scheme, or a new "
            + "DRAFT version of an existing code. 422 with each problem's path (not JSON, wrong shape, SchemeRules); "
            + "nothing stored on error")
    SchemeVersion upload(@RequestParam(name = "file", required = false) MultipartFile file,
                         @RequestHeader(name = "X-Change-Reason", required = false) String reason) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new ValidationException(List.of(FieldError.of("file", "schemes.file.empty")));
        }
        if (file.getSize() > SchemeFiles.MAX_BYTES) {
            throw new ValidationException(List.of(FieldError.of("file", "schemes.file.tooLarge",
                    SchemeFiles.MAX_BYTES / 1024, (file.getSize() + 1023) / 1024)));
        }
        Scheme scheme = files.read(file.getBytes());
        return SchemeVersion.of(catalogue.importAsNewDraft(scheme, reason == null ? "file " + file.getOriginalFilename()
                : reason));
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

    @ExceptionHandler(SchemeInUseException.class)
    ProblemDetail inUse(SchemeInUseException e, HttpServletRequest request) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, messages.getMessage("schemes.inUse",
                new Object[] {e.code(), e.version()}, locale(request)));
    }

    /** ETags are quoted ("3"); a weak or bare number is accepted too. */
    private static int lockVersion(String ifMatch) {
        String bare = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Integer.parseInt(bare);
        } catch (NumberFormatException e) {
            throw new ValidationException(List.of(FieldError.of("ifMatch", "schemes.badIfMatch")));
        }
    }

    static String attachment(String fileName) {
        return "attachment; filename=\"" + fileName.replaceAll("[^A-Za-z0-9._-]", "_") + "\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8);
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
