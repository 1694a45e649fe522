package io.zonebrain.land.web;

import io.zonebrain.land.internal.importing.LandImportRejected;
import io.zonebrain.land.internal.importing.LandImportSummary;
import io.zonebrain.land.internal.importing.LandImports;
import io.zonebrain.land.internal.importing.LandWorkbooks;
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
 * Excel import of parcels and leases: upload (then the job page with its progress bar), the preview with every
 * problem by row and column, and the two confirmations. Officials only; everyone else gets 403.
 */
@Controller
class LandImportController {

    private static final int PAGE_SIZE = 100;

    private final LandImports imports;
    private final LandWorkbooks workbooks;

    LandImportController(LandImports imports, LandWorkbooks workbooks) {
        this.imports = imports;
        this.workbooks = workbooks;
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
        try {
            if (file == null) {
                throw new LandImportRejected("excel.emptyFile");
            }
            return "redirect:/jobs/" + imports.upload(file.getOriginalFilename(), file.getBytes()).jobId();
        } catch (LandImportRejected e) {
            model.addAttribute("rejected", e);
            return form(model);
        }
    }

    @GetMapping("/land/import/{id}")
    String preview(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
        LandImportSummary s = imports.find(id);
        int p = Math.max(0, page);
        model.addAttribute("imp", s);
        model.addAttribute("problems", imports.problems(id, p * PAGE_SIZE, PAGE_SIZE).stream()
                .map(x -> workbooks.render(x, locale)).toList());
        model.addAttribute("page", p);
        model.addAttribute("pages", Math.max(1, (s.errorCount() + PAGE_SIZE - 1) / PAGE_SIZE));
        return "land/import-preview";
    }

    @PostMapping("/land/import/{id}/apply")
    String apply(@PathVariable long id, @RequestParam(defaultValue = "all") String mode, RedirectAttributes redirect) {
        try {
            return "redirect:/jobs/" + imports.apply(id, mode).jobId();
        } catch (LandImportRejected e) {
            redirect.addFlashAttribute("refused", e.code());
            return "redirect:/land/import/" + id;
        }
    }

    @GetMapping("/land/import/{id}/errors.xlsx")
    void errors(@PathVariable long id, Locale locale, HttpServletResponse response) throws IOException {
        LandImportSummary s = imports.find(id);
        response.setContentType(ExcelExport.CONTENT_TYPE);
        response.setHeader("Content-Disposition", "attachment; filename=\"land-import-" + id + "-errors.xlsx\"");
        workbooks.writeErrorReport(response.getOutputStream(), imports.problems(id, 0, Math.max(1, s.errorCount())),
                locale);
    }
}
