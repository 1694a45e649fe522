package io.zonebrain.fashion.web;

import io.zonebrain.fashion.internal.importing.FashionImports;
import io.zonebrain.fashion.internal.importing.ImportProblem;
import io.zonebrain.fashion.internal.importing.ImportRefused;
import io.zonebrain.fashion.internal.importing.ImportSummary;
import io.zonebrain.platform.ExcelExport;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Excel import pages for factories (/fashion/factories/import, the operator) and orders (/fashion/orders/import,
 * a brand or the operator): upload, then the job page with its progress bar, the preview with every problem by row
 * and column, the confirmation, and the error report.
 */
@Controller
class FashionImportController {

    private static final int PAGE_SIZE = 100;
    private static final Map<String, String> KINDS = Map.of("factories", "FACTORIES", "orders", "ORDERS");

    private final FashionImports imports;
    private final MessageSource messages;

    FashionImportController(FashionImports imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    private static String kind(String path) {
        String kind = KINDS.get(path);
        if (kind == null) {
            throw new io.zonebrain.platform.NotFoundException("import " + path);
        }
        return kind;
    }

    @GetMapping("/fashion/{what:factories|orders}/import")
    String form(@PathVariable String what, Model model) {
        io.zonebrain.fashion.FashionCaller.current().requireReader(); // outside the cluster: nothing to see
        model.addAttribute("what", what);
        model.addAttribute("recent", imports.recent(kind(what)));
        return "fashion/import";
    }

    @GetMapping("/fashion/{what:factories|orders}/import/template.xlsx")
    void template(@PathVariable String what, Locale locale, HttpServletResponse response) throws IOException {
        String kind = kind(what);
        imports.kind(kind);
        response.setContentType(ExcelExport.CONTENT_TYPE);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + what + "-template.xlsx\"");
        imports.writeTemplate(kind, response.getOutputStream(), locale);
    }

    @PostMapping("/fashion/{what:factories|orders}/import")
    String upload(@PathVariable String what, @RequestParam(name = "file", required = false) MultipartFile file,
                  Model model) throws IOException {
        String kind = kind(what);
        imports.kind(kind);
        try {
            if (file == null) {
                throw new ImportRefused("excel.emptyFile");
            }
            return "redirect:/jobs/" + imports.upload(kind, file.getOriginalFilename(), file.getBytes()).jobId();
        } catch (ImportRefused e) {
            model.addAttribute("rejected", e);
            return form(what, model);
        }
    }

    @GetMapping("/fashion/imports/{id}")
    String preview(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
        ImportSummary s = imports.find(id);
        int p = Math.max(0, page);
        model.addAttribute("imp", s);
        model.addAttribute("problems", imports.problems(id, p * PAGE_SIZE, PAGE_SIZE).stream()
                .map(x -> render(s.kind(), x, locale)).toList());
        model.addAttribute("page", p);
        model.addAttribute("pages", Math.max(1, (s.errorCount() + PAGE_SIZE - 1) / PAGE_SIZE));
        return "fashion/import-preview";
    }

    @PostMapping("/fashion/imports/{id}/apply")
    String apply(@PathVariable long id, @RequestParam(defaultValue = "all") String mode, RedirectAttributes redirect) {
        try {
            return "redirect:/jobs/" + imports.apply(id, mode).jobId();
        } catch (ImportRefused e) {
            redirect.addFlashAttribute("refused", e.code());
            return "redirect:/fashion/imports/" + id;
        }
    }

    @GetMapping("/fashion/imports/{id}/errors.xlsx")
    void errors(@PathVariable long id, Locale locale, HttpServletResponse response) throws IOException {
        ImportSummary s = imports.find(id);
        List<Row> rows = imports.problems(id, 0, Math.max(1, s.errorCount())).stream()
                .map(x -> render(s.kind(), x, locale)).toList();
        response.setContentType(ExcelExport.CONTENT_TYPE);
        response.setHeader("Content-Disposition", "attachment; filename=\"import-" + id + "-errors.xlsx\"");
        ExcelExport.write(response.getOutputStream(), "errors", List.of(
                        messages.getMessage("import.errors.row", null, locale),
                        messages.getMessage("import.errors.column", null, locale),
                        messages.getMessage("import.errors.message", null, locale)),
                sink -> rows.forEach(r -> sink.accept(Arrays.asList(r.row() == 0 ? null : r.row(), r.column(),
                        r.message()))));
    }

    /** A problem in the reader's language: its column's heading and the message with its arguments. */
    private Row render(String kind, ImportProblem p, Locale locale) {
        String column = p.field() == null || p.field().isEmpty() ? "" : imports.heading(kind, p.field(), locale);
        return new Row(p.row(), column, messages.getMessage(p.code(), p.args().toArray(), p.code(), locale));
    }

    /** A problem as the preview and the error report show it. */
    record Row(int row, String column, String message) {
    }
}
