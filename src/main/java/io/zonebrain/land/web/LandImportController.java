package io.zonebrain.land.web;

import io.zonebrain.land.internal.importing.LandImportSummary;
import io.zonebrain.land.internal.importing.LandImports;
import io.zonebrain.land.internal.importing.LandWorkbooks;
import io.zonebrain.platform.ExcelExport;
import io.zonebrain.platform.ImportPages;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Excel import of parcels and leases: upload (then the job page with its progress bar), the preview with every
 * problem by row and column, and the two confirmations. Officials only; everyone else gets 403.
 */
@Controller
class LandImportController {

    private final LandImports imports;
    private final LandWorkbooks workbooks;
    private final ImportPages pages;

    LandImportController(LandImports imports, LandWorkbooks workbooks, ImportPages pages) {
        this.imports = imports;
        this.workbooks = workbooks;
        this.pages = pages;
    }

    @GetMapping("/land/import")
    String form(Model model) {
        model.addAttribute("recent", imports.recent());
        return "land/import";
    }

    @GetMapping("/land/import/template.xlsx")
    void template(Locale locale, HttpServletResponse response) throws IOException {
        LandImports.requireOfficial();
        response.setContentType(ExcelExport.CONTENT_TYPE);
        response.setHeader("Content-Disposition", "attachment; filename=\"land-import-template.xlsx\"");
        workbooks.writeTemplate(response.getOutputStream(), locale);
    }

    @PostMapping("/land/import")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model) throws IOException {
        LandImports.requireOfficial();
        return pages.upload(file, imports::upload, model, () -> form(model));
    }

    @GetMapping("/land/import/{id}")
    String preview(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
        LandImportSummary s = imports.find(id);
        int p = Math.max(0, page);
        pages.preview(model, s, ImportPages.counts("land.", s,
                        new ImportPages.Count("new", "land.import.count.new", s.newRows()),
                        new ImportPages.Count("changed", "land.import.count.changed", s.changedRows()),
                        new ImportPages.Count("unchanged", "land.import.count.unchanged", s.unchangedRows())),
                imports.problems(id, p * ImportPages.PAGE_SIZE, ImportPages.PAGE_SIZE).stream()
                        .map(x -> pages.render(x, workbooks::heading, locale)).toList(), p, s.errorCount());
        return "land/import-preview";
    }

    @PostMapping("/land/import/{id}/apply")
    String apply(@PathVariable long id, @RequestParam(defaultValue = "all") String mode, RedirectAttributes redirect) {
        return pages.apply(() -> imports.apply(id, mode), LandImports.link(id), redirect);
    }

    @GetMapping("/land/import/{id}/errors.xlsx")
    void errors(@PathVariable long id, Locale locale, HttpServletResponse response) throws IOException {
        LandImportSummary s = imports.find(id);
        pages.errorReport(response, "land-import-" + id + "-errors.xlsx", imports.problems(id, 0, Math.max(1,
                s.errorCount())).stream().map(x -> pages.render(x, workbooks::heading, locale)).toList(), "land.",
                locale);
    }
}
