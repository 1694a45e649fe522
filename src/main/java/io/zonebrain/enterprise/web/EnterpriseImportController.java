package io.zonebrain.enterprise.web;

import io.zonebrain.enterprise.internal.importing.EnterpriseImports;
import io.zonebrain.enterprise.internal.importing.ImportSummary;
import io.zonebrain.enterprise.internal.importing.ImportWorkbooks;
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
 * Excel import pages: upload (then the job page with its progress bar), the preview with every problem by row and
 * column, and the two confirmations. Officials only; everything else answers 403.
 */
@Controller
class EnterpriseImportController {

    private final EnterpriseImports imports;
    private final ImportWorkbooks workbooks;
    private final ImportPages pages;

    EnterpriseImportController(EnterpriseImports imports, ImportWorkbooks workbooks, ImportPages pages) {
        this.imports = imports;
        this.workbooks = workbooks;
        this.pages = pages;
    }

    @GetMapping("/enterprises/import")
    String form(Model model) {
        model.addAttribute("recent", imports.recent());
        return "enterprise/import";
    }

    @GetMapping("/enterprises/import/template.xlsx")
    void template(Locale locale, HttpServletResponse response) throws IOException {
        var me = EnterpriseImports.requireOfficial();
        response.setContentType(ExcelExport.CONTENT_TYPE);
        response.setHeader("Content-Disposition", "attachment; filename=\"enterprise-import-template.xlsx\"");
        workbooks.writeTemplate(response.getOutputStream(), me, locale);
    }

    @PostMapping("/enterprises/import")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model) throws IOException {
        EnterpriseImports.requireOfficial();
        return pages.upload(file, imports::upload, model, () -> form(model));
    }

    @GetMapping("/enterprises/import/{id}")
    String preview(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
        ImportSummary s = imports.find(id);
        int p = Math.max(0, page);
        pages.preview(model, s, ImportPages.counts("", s,
                        new ImportPages.Count("new", "import.count.new", s.newRows()),
                        new ImportPages.Count("changed", "import.count.changed", s.changedRows()),
                        new ImportPages.Count("unchanged", "import.count.unchanged", s.unchangedRows())),
                imports.problems(id, p * ImportPages.PAGE_SIZE, ImportPages.PAGE_SIZE).stream()
                        .map(x -> pages.render(x, workbooks::heading, locale)).toList(), p, s.errorCount());
        return "enterprise/import-preview";
    }

    @PostMapping("/enterprises/import/{id}/apply")
    String apply(@PathVariable long id, @RequestParam(defaultValue = "all") String mode,
                 RedirectAttributes redirect) {
        return pages.apply(() -> imports.apply(id, mode), EnterpriseImports.link(id), redirect);
    }

    @GetMapping("/enterprises/import/{id}/errors.xlsx")
    void errors(@PathVariable long id, Locale locale, HttpServletResponse response) throws IOException {
        ImportSummary s = imports.find(id);
        pages.errorReport(response, "import-" + id + "-errors.xlsx", imports.problems(id, 0, Math.max(1,
                s.errorCount())).stream().map(x -> pages.render(x, workbooks::heading, locale)).toList(), "", locale);
    }
}
