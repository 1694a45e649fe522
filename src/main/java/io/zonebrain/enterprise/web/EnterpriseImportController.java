package io.zonebrain.enterprise.web;

import io.zonebrain.enterprise.internal.importing.EnterpriseImports;
import io.zonebrain.enterprise.internal.importing.ImportRejected;
import io.zonebrain.enterprise.internal.importing.ImportSummary;
import io.zonebrain.enterprise.internal.importing.ImportWorkbooks;
import io.zonebrain.platform.ExcelExport;
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

    private static final int PAGE_SIZE = 100;

    private final EnterpriseImports imports;
    private final ImportWorkbooks workbooks;

    EnterpriseImportController(EnterpriseImports imports, ImportWorkbooks workbooks) {
        this.imports = imports;
        this.workbooks = workbooks;
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
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model, Locale locale)
            throws IOException {
        EnterpriseImports.requireOfficial();
        try {
            if (file == null) {
                throw new ImportRejected("excel.emptyFile");
            }
            var started = imports.upload(file.getOriginalFilename(), file.getBytes());
            return "redirect:/jobs/" + started.jobId();
        } catch (ImportRejected e) {
            model.addAttribute("rejected", e);
            return form(model);
        }
    }

    @GetMapping("/enterprises/import/{id}")
    String preview(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
        ImportSummary s = imports.find(id);
        int p = Math.max(0, page);
        model.addAttribute("imp", s);
        model.addAttribute("problems", imports.problems(id, p * PAGE_SIZE, PAGE_SIZE).stream()
                .map(x -> workbooks.render(x, locale)).toList());
        model.addAttribute("page", p);
        model.addAttribute("pages", Math.max(1, (s.errorCount() + PAGE_SIZE - 1) / PAGE_SIZE));
        return "enterprise/import-preview";
    }

    @PostMapping("/enterprises/import/{id}/apply")
    String apply(@PathVariable long id, @RequestParam(defaultValue = "all") String mode,
                 RedirectAttributes redirect) {
        try {
            return "redirect:/jobs/" + imports.apply(id, mode).jobId();
        } catch (ImportRejected e) {
            redirect.addFlashAttribute("refused", e.code());
            return "redirect:/enterprises/import/" + id;
        }
    }

    @GetMapping("/enterprises/import/{id}/errors.xlsx")
    void errors(@PathVariable long id, Locale locale, HttpServletResponse response) throws IOException {
        ImportSummary s = imports.find(id);
        response.setContentType(ExcelExport.CONTENT_TYPE);
        response.setHeader("Content-Disposition", "attachment; filename=\"import-" + id + "-errors.xlsx\"");
        workbooks.writeErrorReport(response.getOutputStream(), imports.problems(id, 0, Math.max(1, s.errorCount())),
                locale);
    }
}
