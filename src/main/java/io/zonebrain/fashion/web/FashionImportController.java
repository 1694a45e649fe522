package io.zonebrain.fashion.web;

import io.zonebrain.fashion.FashionCaller;
import io.zonebrain.fashion.internal.importing.FashionImports;
import io.zonebrain.fashion.internal.importing.ImportSummary;
import io.zonebrain.platform.ExcelExport;
import io.zonebrain.platform.ImportPages;
import io.zonebrain.platform.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
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

    private static final Map<String, String> KINDS = Map.of("factories", "FACTORIES", "orders", "ORDERS");

    private final FashionImports imports;
    private final ImportPages pages;

    FashionImportController(FashionImports imports, ImportPages pages) {
        this.imports = imports;
        this.pages = pages;
    }

    private static String kind(String path) {
        String kind = KINDS.get(path);
        if (kind == null) {
            throw new NotFoundException("import " + path);
        }
        return kind;
    }

    @GetMapping("/fashion/{what:factories|orders}/import")
    String form(@PathVariable String what, Model model) {
        FashionCaller.current().requireReader(); // outside the cluster: nothing to see
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
        return pages.upload(file, (name, bytes) -> imports.upload(kind, name, bytes), model, () -> form(what, model));
    }

    @GetMapping("/fashion/imports/{id}")
    String preview(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
        ImportSummary s = imports.find(id);
        int p = Math.max(0, page);
        pages.preview(model, s, ImportPages.counts("", s,
                        new ImportPages.Count("new", "import.count.new", s.newRows()),
                        new ImportPages.Count("changed", "import.count.changed", s.changedRows()),
                        new ImportPages.Count("unchanged", "import.count.unchanged", s.unchangedRows())),
                imports.problems(id, p * ImportPages.PAGE_SIZE, ImportPages.PAGE_SIZE).stream()
                        .map(x -> pages.render(x, (key, l) -> imports.heading(s.kind(), key, l), locale)).toList(),
                p, s.errorCount());
        return "fashion/import-preview";
    }

    @PostMapping("/fashion/imports/{id}/apply")
    String apply(@PathVariable long id, @RequestParam(defaultValue = "all") String mode, RedirectAttributes redirect) {
        return pages.apply(() -> imports.apply(id, mode), FashionImports.link(id), redirect);
    }

    @GetMapping("/fashion/imports/{id}/errors.xlsx")
    void errors(@PathVariable long id, Locale locale, HttpServletResponse response) throws IOException {
        ImportSummary s = imports.find(id);
        pages.errorReport(response, "import-" + id + "-errors.xlsx", imports.problems(id, 0, Math.max(1,
                s.errorCount())).stream().map(x -> pages.render(x, (key, l) -> imports.heading(s.kind(), key, l),
                locale)).toList(), "", locale);
    }
}
