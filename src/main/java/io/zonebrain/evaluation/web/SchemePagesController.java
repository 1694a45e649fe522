package io.zonebrain.evaluation.web;

import io.zonebrain.evaluation.AnnualInputs;
import io.zonebrain.evaluation.InputField;
import io.zonebrain.evaluation.SchemeCatalogue;
import io.zonebrain.evaluation.SchemeFiles;
import io.zonebrain.evaluation.SchemeListFilter;
import io.zonebrain.evaluation.SchemeVersionLine;
import io.zonebrain.evaluation.ScoreExplanations;
import io.zonebrain.evaluation.StoredScheme;
import io.zonebrain.platform.ExcelExport;
import io.zonebrain.platform.FieldError;
import io.zonebrain.platform.ValidationException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The officers' scheme pages: the list of every version with filters, its Excel export and file upload; one
 * version rendered as the printed 办法 reads, with download, "new version from this", put in use and a check by hand
 * of one enterprise's annual inputs through the same scoring the score API uses.
 */
@Controller
class SchemePagesController {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final SchemeCatalogue catalogue;
    private final SchemeFiles files;
    private final ScoreExplanations explanations;
    private final MessageSource messages;

    SchemePagesController(SchemeCatalogue catalogue, SchemeFiles files, ScoreExplanations explanations,
                          MessageSource messages) {
        this.catalogue = catalogue;
        this.files = files;
        this.explanations = explanations;
        this.messages = messages;
    }

    @GetMapping("/evaluation/schemes")
    String list(@RequestParam(required = false) String text, @RequestParam(required = false) String status,
                @RequestParam(required = false) Integer year, Model model) {
        SchemeListFilter filter = filter(text, status, year);
        model.addAttribute("lines", catalogue.versions(filter));
        model.addAttribute("filter", filter);
        model.addAttribute("mayEdit", catalogue.mayEdit());
        model.addAttribute("when", WHEN);
        return "evaluation/schemes";
    }

    @GetMapping("/evaluation/schemes/export.xlsx")
    void export(@RequestParam(required = false) String text, @RequestParam(required = false) String status,
                @RequestParam(required = false) Integer year, Locale locale, HttpServletResponse response)
            throws IOException {
        List<SchemeVersionLine> lines = catalogue.versions(filter(text, status, year));
        List<String> headers = List.of("code", "name", "owner", "documentNumber", "dataYear", "version", "status",
                "createdBy", "createdAt").stream().map(k -> messages.getMessage("schemes.col." + k, null, locale))
                .toList();
        response.setContentType(ExcelExport.CONTENT_TYPE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, SchemeApiController.attachment("schemes.xlsx"));
        ExcelExport.write(response.getOutputStream(), messages.getMessage("schemes.export.sheet", null, locale),
                headers, sink -> lines.forEach(l -> sink.accept(Arrays.asList(l.code(), l.name(), l.owner(),
                        l.documentNumber(), l.dataYear(), l.version(),
                        messages.getMessage("schemes.status." + l.status(), null, locale), l.createdBy(),
                        WHEN.format(l.createdAt())))));
    }

    /** A scheme file from the officer's computer: a new scheme, or a new draft version of an existing code. */
    @PostMapping("/evaluation/schemes/upload")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file,
                  @RequestParam(required = false) String reason, Model model, Locale locale,
                  RedirectAttributes redirect) throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw new ValidationException(List.of(FieldError.of("file", "schemes.file.empty")));
            }
            if (file.getSize() > SchemeFiles.MAX_BYTES) {
                throw new ValidationException(List.of(FieldError.of("file", "schemes.file.tooLarge",
                        SchemeFiles.MAX_BYTES / 1024, (file.getSize() + 1023) / 1024)));
            }
            StoredScheme stored = catalogue.importAsNewDraft(files.read(file.getBytes()),
                    reason == null || reason.isBlank() ? "file " + file.getOriginalFilename() : reason.strip());
            redirect.addFlashAttribute("imported", true);
            return "redirect:" + versionUrl(stored);
        } catch (ValidationException e) {
            model.addAttribute("uploadErrors", problems(e.errors(), locale));
            model.addAttribute("uploadName", file == null ? "" : file.getOriginalFilename());
            return list(null, null, null, model);
        }
    }

    @GetMapping("/evaluation/schemes/{code}")
    String latest(@PathVariable String code) {
        return "redirect:" + versionUrl(catalogue.latest(code));
    }

    @GetMapping("/evaluation/schemes/{code}/versions/{version}")
    String version(@PathVariable String code, @PathVariable int version, Model model, Locale locale) {
        return page(catalogue.version(code, version), model, locale);
    }

    String page(StoredScheme stored, Model model, Locale locale) {
        model.addAttribute("stored", stored);
        model.addAttribute("s", stored.scheme());
        model.addAttribute("text", new SchemeText(messages, locale));
        model.addAttribute("mayEdit", catalogue.mayEdit());
        model.addAttribute("when", WHEN);
        model.addAttribute("inputFields", Arrays.stream(InputField.values()).map(InputField::key).toList());
        model.addAttribute("otherVersions", catalogue.versions(new SchemeListFilter(null, null, null)).stream()
                .filter(l -> l.code().equals(stored.code())).toList());
        if (!model.containsAttribute("hand")) {
            model.addAttribute("hand", Map.of());
        }
        return "evaluation/scheme";
    }

    @GetMapping("/evaluation/schemes/{code}/versions/{version}/file")
    void file(@PathVariable String code, @PathVariable int version, HttpServletResponse response) throws IOException {
        StoredScheme stored = catalogue.version(code, version);
        byte[] body = files.write(stored.scheme());
        response.setContentType("application/json;charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                SchemeApiController.attachment(SchemeFiles.fileName(code, version)));
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    @PostMapping("/evaluation/schemes/{code}/versions/{version}/copy")
    String copy(@PathVariable String code, @PathVariable int version, @RequestParam(required = false) String reason) {
        StoredScheme draft = catalogue.copyAsNewDraft(code, version, reason);
        return "redirect:" + versionUrl(draft) + "/edit";
    }

    @PostMapping("/evaluation/schemes/{code}/versions/{version}/in-use")
    String putInUse(@PathVariable String code, @PathVariable int version,
                    @RequestParam(required = false) String reason, Model model, Locale locale,
                    RedirectAttributes redirect) {
        if (reason == null || reason.isBlank()) {
            model.addAttribute("inUseError", messages.getMessage("schemes.inUse.reasonRequired", null, locale));
            return page(catalogue.version(code, version), model, locale);
        }
        catalogue.putInUse(code, version, reason.strip());
        redirect.addFlashAttribute("putInUse", true);
        return "redirect:/evaluation/schemes/" + code + "/versions/" + version;
    }

    /** One enterprise's annual inputs scored by the scheme version alone, as the score API does. */
    @PostMapping("/evaluation/schemes/{code}/versions/{version}/score")
    String score(@PathVariable String code, @PathVariable int version, @RequestParam Map<String, String> form,
                 Model model, Locale locale) {
        StoredScheme stored = catalogue.version(code, version);
        List<FieldError> problems = new ArrayList<>();
        Map<String, Double> values = new LinkedHashMap<>();
        for (InputField f : InputField.values()) {
            String raw = form.getOrDefault(f.key(), "").strip().replace(",", "");
            if (raw.isEmpty()) {
                continue;
            }
            try {
                values.put(f.key(), new BigDecimal(raw).doubleValue());
            } catch (NumberFormatException e) {
                problems.add(FieldError.of(f.key(), "schemes.editor.notANumber", raw));
            }
        }
        Integer years = null;
        String rawYears = form.getOrDefault("yearsOperating", "").strip();
        if (!rawYears.isEmpty()) {
            try {
                years = Integer.parseInt(rawYears);
            } catch (NumberFormatException e) {
                problems.add(FieldError.of("yearsOperating", "schemes.editor.notAWholeNumber", rawYears));
            }
        }
        model.addAttribute("hand", form);
        if (problems.isEmpty()) {
            List<String> flags = Arrays.stream(form.getOrDefault("flags", "").split("[\\s,，、;；]+"))
                    .filter(x -> !x.isBlank()).toList();
            AnnualInputs inputs = new AnnualInputs(form.get("cohort"), values.get("landMu"), values.get("taxYuan"),
                    values.get("valueAddedYuan"), values.get("revenueYuan"), values.get("mainRevenueYuan"),
                    values.get("energyTce"), values.get("emissionsTonnes"), values.get("electricityKwh"),
                    values.get("employees"), values.get("rdExpenseYuan"), "true".equals(form.get("aboveScale")),
                    blankToNull(form.get("industryCode")), years, flags);
            try {
                model.addAttribute("scored", ScoreResponse.of(catalogue.score(code, version, inputs), explanations,
                        messages, locale));
            } catch (ValidationException e) {
                problems.addAll(e.errors());
            }
        }
        model.addAttribute("handErrors", problems.stream().map(f -> messages.getMessage("field." + f.field(), null,
                f.field(), locale) + ": " + messages.getMessage(f.messageCode(), f.args().toArray(), f.messageCode(),
                locale)).toList());
        return page(stored, model, locale);
    }

    /** Problems with the place each names, for a list on the page. */
    List<Problem> problems(List<FieldError> errors, Locale locale) {
        return errors.stream().map(f -> new Problem(f.field(), messages.getMessage("schemes.f." + f.field(), null,
                f.field(), locale), messages.getMessage(f.messageCode(), f.args().toArray(), f.messageCode(), locale)))
                .toList();
    }

    public record Problem(String path, String label, String message) {
    }

    static String versionUrl(StoredScheme s) {
        return "/evaluation/schemes/" + s.code() + "/versions/" + s.version();
    }

    private static SchemeListFilter filter(String text, String status, Integer year) {
        StoredScheme.Status st = null;
        if (status != null && !status.isBlank()) {
            try {
                st = StoredScheme.Status.valueOf(status.strip());
            } catch (IllegalArgumentException e) {
                st = null; // an unknown status narrows nothing rather than failing the page
            }
        }
        return new SchemeListFilter(text, st, year);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
