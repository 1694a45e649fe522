package io.zonebrain.indicators.web;

import io.zonebrain.indicators.MoneyUnit;
import io.zonebrain.indicators.internal.reporting.Figure;
import io.zonebrain.indicators.internal.reporting.ImportChange;
import io.zonebrain.indicators.internal.reporting.ImportLayout;
import io.zonebrain.indicators.internal.reporting.ImportSummary;
import io.zonebrain.indicators.internal.reporting.ReportImports;
import io.zonebrain.indicators.internal.reporting.ReportKind;
import io.zonebrain.platform.ExcelExport;
import io.zonebrain.platform.ImportPages;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
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
 * Import pages for monthly reports (the bureau's file, money in 万元) and annual figures: upload, the job's progress,
 * the preview with problems by row and field and each value that would be replaced, and the confirmation.
 */
@Controller
class ReportImportController {

    private final ReportImports imports;
    private final MessageSource messages;
    private final ImportPages pages;

    ReportImportController(ReportImports imports, MessageSource messages, ImportPages pages) {
        this.imports = imports;
        this.messages = messages;
        this.pages = pages;
    }

    public record Change(int row, String uscc, String name, String period, String figure, String before, String after) {
    }

    @GetMapping("/indicators/import")
    String form(@RequestParam(defaultValue = "MONTHLY") String kind, Model model) {
        ReportImports.requireOfficial();
        model.addAttribute("kind", kind(kind).name());
        model.addAttribute("recent", imports.recent());
        return "indicators/import";
    }

    @GetMapping("/indicators/import/template.xlsx")
    void template(@RequestParam(defaultValue = "MONTHLY") String kind, HttpServletResponse response)
            throws IOException {
        ReportImports.requireOfficial();
        ReportKind k = kind(kind);
        response.setContentType(ExcelExport.CONTENT_TYPE);
        response.setHeader("Content-Disposition", "attachment; filename=\"indicators-" + k.name().toLowerCase(Locale.ROOT)
                + "-template.xlsx\"");
        ExcelExport.write(response.getOutputStream(), k.name(), ImportLayout.templateHeadings(k), sink -> { });
    }

    @PostMapping("/indicators/import")
    String upload(@RequestParam(defaultValue = "MONTHLY") String kind,
                  @RequestParam(name = "file", required = false) MultipartFile file) throws IOException {
        var started = imports.upload(kind(kind), file == null ? null : file.getOriginalFilename(),
                file == null ? null : file.getBytes());
        return "redirect:/jobs/" + started.jobId();
    }

    @GetMapping("/indicators/import/{id}")
    String preview(@PathVariable long id, Model model, Locale locale) {
        ImportSummary s = imports.find(id);
        ReportKind kind = ReportKind.valueOf(s.kind());
        var problems = imports.problems(id).stream().map(p -> pages.render(p, pages::fieldHeading, locale)).toList();
        pages.preview(model, s, ImportPages.counts("", s,
                new ImportPages.Count("new", "indicators.import.count.new", s.newRows()),
                new ImportPages.Count("replacing", "indicators.import.count.replacing", s.replacingRows()),
                new ImportPages.Count("unchanged", "import.count.unchanged", s.unchangedRows())),
                problems, 0, problems.size());
        model.addAttribute("changes", imports.changes(id).stream().map(c -> render(kind, c, locale)).toList());
        return "indicators/import-preview";
    }

    @PostMapping("/indicators/import/{id}/apply")
    String apply(@PathVariable long id, @RequestParam(defaultValue = "all") String mode, RedirectAttributes redirect) {
        var started = imports.apply(id, mode);
        if (started == null) {
            redirect.addFlashAttribute("refused", "import.apply.notReady");
            return "redirect:/indicators/import/" + id;
        }
        return "redirect:/jobs/" + started.jobId();
    }

    private Change render(ReportKind kind, ImportChange c, Locale locale) {
        Figure f = kind.figure(c.figure());
        return new Change(c.row(), c.uscc(), c.name(), c.period(),
                messages.getMessage(f.field(), null, f.code(), locale), shown(f, c.before()), shown(f, c.after()));
    }

    /** As in the file: money in 万元. */
    private static String shown(Figure f, BigDecimal v) {
        if (v == null) {
            return "";
        }
        return (f.money() ? MoneyUnit.TEN_THOUSAND_YUAN.fromYuan(v) : v.stripTrailingZeros()).toPlainString();
    }

    private static ReportKind kind(String text) {
        return "ANNUAL".equalsIgnoreCase(text) ? ReportKind.ANNUAL : ReportKind.MONTHLY;
    }
}
