package io.zonebrain.evaluation.flags;

import io.zonebrain.platform.ExcelExport;
import io.zonebrain.platform.ImportPages;
import io.zonebrain.platform.ValidationException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * /evaluation/flags: the data year's flags with filters, Excel export, and for zone-wide officials adding and
 * removing with a reason and the Excel import (upload, preview by row and field, confirm). Grid officers and
 * enterprise users see the same list within their scope, read-only.
 */
@Controller
class FlagsPageController {

    private final EvaluationFlags flags;
    private final FlagImports imports;
    private final ImportPages pages;
    private final MessageSource messages;
    private final Clock clock;

    FlagsPageController(EvaluationFlags flags, FlagImports imports, MessageSource messages, Clock clock,
                        ImportPages pages) {
        this.pages = pages;
        this.flags = flags;
        this.imports = imports;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/evaluation/flags")
    String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) String flag,
                @RequestParam(required = false) String q, Model model) {
        int y = year == null ? defaultYear() : year;
        FlagFilter filter = new FlagFilter(flag, null, q);
        model.addAttribute("year", y);
        model.addAttribute("filter", filter);
        model.addAttribute("flags", flags.list(y, filter));
        model.addAttribute("codes", labels());
        model.addAttribute("canChange", flags.canChange());
        if (!model.containsAttribute("draft")) {
            model.addAttribute("draft", new FlagDraft(y, null, null, null, null, null));
        }
        return "evaluation/flags";
    }

    @PostMapping("/evaluation/flags")
    String add(@RequestParam int year, @RequestParam(required = false) String uscc,
               @RequestParam(required = false) String flag, @RequestParam(required = false) String note,
               @RequestParam(required = false) String reason, Model model) {
        FlagDraft draft = new FlagDraft(year, null, uscc, flag, note, reason);
        try {
            flags.add(draft);
            return "redirect:/evaluation/flags?year=" + year;
        } catch (ValidationException e) {
            model.addAttribute("errors", errors(e));
            model.addAttribute("draft", draft);
            return list(year, null, null, model);
        }
    }

    @PostMapping("/evaluation/flags/{id}/remove")
    String remove(@PathVariable long id, @RequestParam int year, @RequestParam(required = false) String reason,
                  Model model) {
        try {
            flags.remove(id, reason);
            return "redirect:/evaluation/flags?year=" + year;
        } catch (ValidationException e) {
            model.addAttribute("errors", errors(e));
            return list(year, null, null, model);
        }
    }

    @GetMapping("/evaluation/flags/export.xlsx")
    void export(@RequestParam int year, @RequestParam(required = false) String flag,
                @RequestParam(required = false) String q, HttpServletResponse response) throws IOException {
        List<EvaluationFlag> rows = flags.list(year, new FlagFilter(flag, null, q));
        response.setContentType(ExcelExport.CONTENT_TYPE);
        response.setHeader("Content-Disposition", "attachment; filename=\"flags-" + year + ".xlsx\"");
        ExcelExport.write(response.getOutputStream(), String.valueOf(year), FlagImportLayout.headings(), sink -> {
            for (EvaluationFlag f : rows) {
                sink.accept(Arrays.asList(f.uscc(), f.enterpriseName(), f.flag(), f.note()));
            }
        });
    }

    @GetMapping("/evaluation/flags/import")
    String importForm(@RequestParam(required = false) Integer year, Model model) {
        model.addAttribute("year", year == null ? defaultYear() : year);
        model.addAttribute("recent", imports.recent());
        model.addAttribute("codes", labels());
        return "evaluation/flags-import";
    }

    @GetMapping("/evaluation/flags/import/template.xlsx")
    void template(HttpServletResponse response) throws IOException {
        EvaluationFlags.requireZoneWide();
        response.setContentType(ExcelExport.CONTENT_TYPE);
        response.setHeader("Content-Disposition", "attachment; filename=\"flags-template.xlsx\"");
        ExcelExport.write(response.getOutputStream(), "flags", FlagImportLayout.headings(), sink -> { });
    }

    @PostMapping("/evaluation/flags/import")
    String upload(@RequestParam int year, @RequestParam(name = "file", required = false) MultipartFile file,
                  Model model) throws IOException {
        try {
            var started = imports.upload(year, file == null ? null : file.getOriginalFilename(),
                    file == null ? null : file.getBytes());
            return "redirect:/jobs/" + started.jobId();
        } catch (ValidationException e) {
            model.addAttribute("errors", errors(e));
            return importForm(null, model);
        }
    }

    @GetMapping("/evaluation/flags/import/{id}")
    String preview(@PathVariable long id, Model model, Locale locale) {
        FlagImportSummary s = imports.find(id);
        var problems = imports.problems(id).stream().map(p -> pages.render(p, pages::fieldHeading, locale)).toList();
        pages.preview(model, s, ImportPages.counts("", s,
                new ImportPages.Count("new", "flags.import.count.new", s.newRows()),
                new ImportPages.Count("existing", "flags.import.count.existing", s.existingRows())),
                problems, 0, problems.size());
        return "evaluation/flags-import-preview";
    }

    @PostMapping("/evaluation/flags/import/{id}/apply")
    String apply(@PathVariable long id, @RequestParam(defaultValue = "all") String mode, RedirectAttributes redirect) {
        FlagImports.Started started = imports.apply(id, mode);
        if (started == null) {
            redirect.addFlashAttribute("refused", "import.apply.notReady");
            return "redirect:/evaluation/flags/import/" + id;
        }
        return "redirect:/jobs/" + started.jobId();
    }

    private List<String> errors(ValidationException e) {
        Locale locale = LocaleContextHolder.getLocale();
        return e.errors().stream().map(f -> messages.getMessage("field." + f.field(), null, f.field(), locale) + ": "
                + messages.getMessage(f.messageCode(), f.args().toArray(), f.messageCode(), locale)).toList();
    }

    /** Code → label in the page's language, shipped codes first. */
    private Map<String, String> labels() {
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, String> out = new LinkedHashMap<>();
        flags.allowedCodes().forEach(c -> out.put(c, messages.getMessage(FlagCodes.labelKey(c), null, c, locale)));
        return out;
    }

    /** The data year officials usually work on: last year. */
    private int defaultYear() {
        return LocalDate.now(clock).getYear() - 1;
    }
}
