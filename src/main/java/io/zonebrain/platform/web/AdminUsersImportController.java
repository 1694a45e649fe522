package io.zonebrain.platform.web;

import io.zonebrain.platform.ExcelExport;
import io.zonebrain.platform.ImportPages;
import io.zonebrain.platform.internal.users.UserImportSummary;
import io.zonebrain.platform.internal.users.UserImports;
import io.zonebrain.platform.internal.users.UserWorkbooks;
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
 * Excel import of the zone's accounts: upload (then the job page with its progress bar), the preview with every
 * problem by row and column, the two confirmations, and — once, after applying — the generated passwords of the
 * accounts created. Zone admins only (the security chain and {@link UserImports} both say so).
 */
@Controller
class AdminUsersImportController {

    private final UserImports imports;
    private final UserWorkbooks workbooks;
    private final ImportPages pages;

    AdminUsersImportController(UserImports imports, UserWorkbooks workbooks, ImportPages pages) {
        this.imports = imports;
        this.workbooks = workbooks;
        this.pages = pages;
    }

    @GetMapping("/admin/users/import")
    String form(Model model) {
        model.addAttribute("recent", imports.recent());
        return "platform/users-import";
    }

    @GetMapping("/admin/users/import/template.xlsx")
    void template(Locale locale, HttpServletResponse response) throws IOException {
        UserImports.requireAdmin();
        response.setContentType(ExcelExport.CONTENT_TYPE);
        response.setHeader("Content-Disposition", "attachment; filename=\"users-import-template.xlsx\"");
        workbooks.writeTemplate(response.getOutputStream(), locale);
    }

    @PostMapping("/admin/users/import")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model) throws IOException {
        UserImports.requireAdmin();
        return pages.upload(file, imports::upload, model, () -> form(model));
    }

    /** The preview; after applying, the created accounts' passwords the first time it is opened, never again. */
    @GetMapping("/admin/users/import/{id}")
    String preview(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
        UserImportSummary s = imports.find(id);
        int p = Math.max(0, page);
        pages.preview(model, s, ImportPages.counts("users.", s,
                        new ImportPages.Count("new", "users.import.count.new", s.newRows()),
                        new ImportPages.Count("changed", "users.import.count.changed", s.changedRows()),
                        new ImportPages.Count("unchanged", "users.import.count.unchanged", s.unchangedRows())),
                imports.problems(id, p * ImportPages.PAGE_SIZE, ImportPages.PAGE_SIZE).stream()
                        .map(x -> pages.render(x, workbooks::heading, locale)).toList(), p, s.errorCount());
        if ("APPLIED".equals(s.status())) {
            model.addAttribute("waitingPasswords", imports.waitingPasswords(id));
        }
        return "platform/users-import-preview";
    }

    /** The generated passwords on this page, once: taking them here means the Excel file is no longer offered. */
    @PostMapping("/admin/users/import/{id}/passwords")
    String showPasswords(@PathVariable long id, Model model, Locale locale) {
        String page = preview(id, 0, model, locale);
        imports.takeIssuedPasswords(id).ifPresent(issued -> model.addAttribute("issued", issued));
        model.addAttribute("waitingPasswords", 0);
        return page;
    }

    /**
     * The generated passwords as an Excel file to hand over (thousands of factory logins are not copied from a
     * page), once: the file is made from memory and the passwords are forgotten as it is sent.
     */
    @PostMapping("/admin/users/import/{id}/passwords.xlsx")
    void downloadPasswords(@PathVariable long id, Locale locale, HttpServletResponse response) throws IOException {
        var issued = imports.takeIssuedPasswords(id);
        if (issued.isEmpty()) {
            response.sendRedirect(UserImports.link(id));
            return;
        }
        response.setContentType(ExcelExport.CONTENT_TYPE);
        response.setHeader("Content-Disposition", "attachment; filename=\"users-import-" + id + "-passwords.xlsx\"");
        response.setHeader("Cache-Control", "no-store");
        workbooks.passwords(response.getOutputStream(), locale, issued.get());
    }

    @PostMapping("/admin/users/import/{id}/apply")
    String apply(@PathVariable long id, @RequestParam(defaultValue = "all") String mode, RedirectAttributes redirect) {
        return pages.apply(() -> imports.apply(id, mode), UserImports.link(id), redirect);
    }

    @GetMapping("/admin/users/import/{id}/errors.xlsx")
    void errors(@PathVariable long id, Locale locale, HttpServletResponse response) throws IOException {
        UserImportSummary s = imports.find(id);
        pages.errorReport(response, "users-import-" + id + "-errors.xlsx", imports.problems(id, 0, Math.max(1,
                s.errorCount())).stream().map(x -> pages.render(x, workbooks::heading, locale)).toList(), "users.",
                locale);
    }
}
