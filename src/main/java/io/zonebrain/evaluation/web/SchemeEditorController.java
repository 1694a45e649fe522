package io.zonebrain.evaluation.web;

import io.zonebrain.evaluation.Benchmark;
import io.zonebrain.evaluation.DataRule;
import io.zonebrain.evaluation.GradeOverride;
import io.zonebrain.evaluation.GradingRule;
import io.zonebrain.evaluation.InputField;
import io.zonebrain.evaluation.LeasedPremises;
import io.zonebrain.evaluation.Scoring;
import io.zonebrain.evaluation.SchemeCatalogue;
import io.zonebrain.evaluation.SchemeInUseException;
import io.zonebrain.evaluation.StoredScheme;
import io.zonebrain.platform.ConcurrentEditException;
import io.zonebrain.platform.FieldError;
import io.zonebrain.platform.ValidationException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * The scheme editor: a structured form over every part of a scheme, for a new scheme or a DRAFT version. On save the
 * whole scheme is checked by SchemeRules and every problem is shown at once, next to the input its path names and in
 * a summary; nothing is stored then. A draft is saved under optimistic locking: if someone saved it meanwhile, their
 * version is kept and the officer's form stays on screen with a conflict message. Versions in use are not editable.
 */
@Controller
class SchemeEditorController {

    private final SchemeCatalogue catalogue;
    private final MessageSource messages;
    private final JsonMapper json;
    private final SchemePagesController pages;

    SchemeEditorController(SchemeCatalogue catalogue, MessageSource messages, JsonMapper json,
                           SchemePagesController pages) {
        this.catalogue = catalogue;
        this.messages = messages;
        this.json = json;
        this.pages = pages;
    }

    @GetMapping("/evaluation/schemes/new")
    String newScheme(Model model, Locale locale) {
        requireEditor();
        SchemeForm form = SchemeForm.blank();
        for (String grade : List.of("A", "B", "C", "D")) {
            form.tree().withArray("grades").addObject().put("code", grade);
        }
        form.tree().putArray("extraClasses");
        form.tree().withArray("cohorts").add(RowSkeletons.forList("cohorts"));
        form.tree().putArray("adjustments");
        form.tree().putArray("overrides");
        form.tree().putObject("leasedPremises").put("mode", "AS_REPORTED");
        return editor(model, locale, form, null, List.of(), null);
    }

    @PostMapping("/evaluation/schemes/new")
    String create(HttpServletRequest request, @RequestParam(name = "_op", required = false) String op,
                  @RequestParam(required = false) String reason, Model model, Locale locale,
                  RedirectAttributes redirect) {
        requireEditor();
        SchemeForm form;
        try {
            form = SchemeForm.posted(request.getParameterMap(), json);
        } catch (SchemeForm.IncompleteForm e) {
            model.addAttribute("incomplete", true);
            return newScheme(model, locale);
        }
        if (op != null && !op.isBlank()) {
            return editor(model, locale, form, null, List.of(), form.apply(op));
        }
        SchemeForm.Result read = form.toScheme(json);
        try {
            if (!read.errors().isEmpty()) {
                throw new ValidationException(read.allProblems());
            }
            StoredScheme created = catalogue.create(read.scheme(), reason(reason, "new scheme"));
            redirect.addFlashAttribute("saved", true);
            return "redirect:" + SchemePagesController.versionUrl(created);
        } catch (ValidationException e) {
            return editor(model, locale, form, null, e.errors(), null);
        }
    }

    @GetMapping("/evaluation/schemes/{code}/versions/{version}/edit")
    String edit(@PathVariable String code, @PathVariable int version, Model model, Locale locale,
                HttpServletResponse response) {
        StoredScheme stored = catalogue.version(code, version);
        requireEditor();
        if (!stored.isDraft()) {
            return inUse(stored, model, locale, response);
        }
        model.addAttribute("lockVersion", stored.lockVersion());
        return editor(model, locale, SchemeForm.of(stored.scheme(), json), stored, List.of(), null);
    }

    @PostMapping("/evaluation/schemes/{code}/versions/{version}/edit")
    String save(@PathVariable String code, @PathVariable int version, HttpServletRequest request,
                @RequestParam(name = "_op", required = false) String op,
                @RequestParam(required = false) Integer lockVersion, @RequestParam(required = false) String reason,
                Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        StoredScheme stored = catalogue.version(code, version);
        requireEditor();
        if (!stored.isDraft()) {
            return inUse(stored, model, locale, response);
        }
        SchemeForm form;
        try {
            form = SchemeForm.posted(request.getParameterMap(), json).withIdentity(code, version);
        } catch (SchemeForm.IncompleteForm e) {
            // what arrived is only part of the officer's form: show the stored draft again, save nothing
            model.addAttribute("incomplete", true);
            model.addAttribute("lockVersion", stored.lockVersion());
            return editor(model, locale, SchemeForm.of(stored.scheme(), json), stored, List.of(), null);
        }
        // the lock number the officer loaded travels with the form, through row operations too
        model.addAttribute("lockVersion", lockVersion == null ? stored.lockVersion() : lockVersion);
        if (op != null && !op.isBlank()) {
            return editor(model, locale, form, stored, List.of(), form.apply(op));
        }
        SchemeForm.Result read = form.toScheme(json);
        try {
            if (!read.errors().isEmpty()) {
                throw new ValidationException(read.allProblems());
            }
            catalogue.saveDraft(code, version, lockVersion == null ? -1 : lockVersion, read.scheme(),
                    reason(reason, "edited in the scheme editor"));
            redirect.addFlashAttribute("saved", true);
            return "redirect:" + SchemePagesController.versionUrl(stored);
        } catch (ValidationException e) {
            return editor(model, locale, form, stored, e.errors(), null);
        } catch (ConcurrentEditException e) {
            response.setStatus(409);
            StoredScheme theirs = catalogue.version(code, version);
            model.addAttribute("conflict", theirs);
            model.addAttribute("when", SchemePagesController.WHEN);
            return editor(model, locale, form, stored, List.of(), null);
        } catch (SchemeInUseException e) {
            return inUse(catalogue.version(code, version), model, locale, response);
        }
    }

    private String inUse(StoredScheme stored, Model model, Locale locale, HttpServletResponse response) {
        response.setStatus(409);
        model.addAttribute("inUseBlock", true);
        return pages.page(stored, model, locale);
    }

    private String editor(Model model, Locale locale, SchemeForm form, StoredScheme stored, List<FieldError> errors,
                          String focus) {
        Map<String, List<String>> byPath = new LinkedHashMap<>();
        List<SchemePagesController.Problem> summary = new ArrayList<>();
        for (FieldError f : errors) {
            String text = messages.getMessage(f.messageCode(), f.args().toArray(), f.messageCode(), locale);
            byPath.computeIfAbsent(f.field(), k -> new ArrayList<>()).add(text);
            summary.add(new SchemePagesController.Problem(f.field(),
                    SchemePaths.label(f.field(), form.tree(), messages, locale), text));
        }
        model.addAttribute("f", form.root(byPath));
        model.addAttribute("problems", summary);
        model.addAttribute("stored", stored);
        model.addAttribute("focus", focus);
        model.addAttribute("inputFields", Arrays.stream(InputField.values()).map(InputField::key).toList());
        model.addAttribute("scoringMethods", names(Scoring.Method.values()));
        model.addAttribute("benchmarkKinds", names(Benchmark.Kind.values()));
        model.addAttribute("dataRules", Arrays.stream(DataRule.Kind.values())
                .filter(k -> k != DataRule.Kind.AS_COMPUTED).map(Enum::name).toList());
        model.addAttribute("negativeRules", names(DataRule.Kind.values()));
        model.addAttribute("gradingMethods", names(GradingRule.Method.values()));
        model.addAttribute("overrideKinds", names(GradeOverride.Kind.values()));
        model.addAttribute("leasedModes", names(LeasedPremises.Mode.values()));
        return "evaluation/scheme-editor";
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private void requireEditor() {
        if (!catalogue.mayEdit()) {
            throw new AccessDeniedException("schemes are changed by zone-wide officials");
        }
    }

    private static String reason(String reason, String otherwise) {
        return reason == null || reason.isBlank() ? otherwise : reason.strip();
    }
}
