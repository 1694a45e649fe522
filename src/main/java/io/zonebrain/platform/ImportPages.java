package io.zonebrain.platform;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the import controllers share: the upload, the preview's model (for templates/platform/import-fragments.html),
 * the confirmation and the error report. Each module keeps its URLs and checks its caller's role and scope first
 * (the module's import service does, before any of this runs).
 */
@Component
public class ImportPages {

    public static final int PAGE_SIZE = 100;

    private final MessageSource messages;

    ImportPages(MessageSource messages) {
        this.messages = messages;
    }

    /** A problem as the preview and the error report show it; {@code row} is empty for the file as a whole. */
    public record ProblemRow(Integer row, String column, String message) {
    }

    /** One count of the preview's counts table: the cell's id ({@code count-<id>}), its heading's key, the value. */
    public record Count(String id, String key, int value) {
    }

    /** Starting an upload; an {@link ImportRefused} puts the reason on the form again. */
    @FunctionalInterface
    public interface Upload {
        StagedImports.Started start(String fileName, byte[] bytes) throws IOException;
    }

    /** Uploads and redirects to the check job's progress; a refused file shows the form again with the reason. */
    public String upload(MultipartFile file, Upload upload, Model model, Supplier<String> form) throws IOException {
        try {
            if (file == null) {
                throw new ImportRefused("excel.emptyFile");
            }
            return "redirect:/jobs/" + upload.start(file.getOriginalFilename(), file.getBytes()).jobId();
        } catch (ImportRefused e) {
            model.addAttribute("rejected", e);
            return form.get();
        }
    }

    /** The preview's model: the import, its counts and one page of its problems (all of them when not paged). */
    public void preview(Model model, StagedImportSummary imp, List<Count> counts, List<ProblemRow> problems,
                        int page, int total) {
        model.addAttribute("imp", imp);
        model.addAttribute("counts", counts);
        model.addAttribute("problems", problems);
        model.addAttribute("problemCount", total);
        model.addAttribute("page", Math.max(0, page));
        model.addAttribute("pages", Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE));
    }

    /** Confirms, then the apply job's progress; a refusal goes back to the preview with its reason. */
    public String apply(Supplier<StagedImports.Started> confirm, String preview, RedirectAttributes redirect) {
        try {
            return "redirect:/jobs/" + confirm.get().jobId();
        } catch (ImportRefused e) {
            redirect.addFlashAttribute("refused", e.code());
            return "redirect:" + preview;
        }
    }

    /** A problem in the reader's language; {@code heading} gives a column key's heading. */
    public ProblemRow render(ImportProblem p, BiFunction<String, Locale, String> heading, Locale locale) {
        String column = p.field() == null || p.field().isEmpty() ? "" : heading.apply(p.field(), locale);
        return new ProblemRow(p.row() > 0 ? p.row() : null, column,
                messages.getMessage(p.code(), p.args().toArray(), p.code(), locale));
    }

    /** The heading of a field by its message key {@code field.<key>}, for imports named by field. */
    public String fieldHeading(String key, Locale locale) {
        return messages.getMessage("field." + key, null, key, locale);
    }

    /** Every problem of an import, one line each, so the official can fix the file; {@code p} prefixes the keys. */
    public void errorReport(HttpServletResponse response, String fileName, List<ProblemRow> rows, String p,
                            Locale locale) throws IOException {
        response.setContentType(ExcelExport.CONTENT_TYPE);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        ExcelExport.write(response.getOutputStream(), text(p + "import.errors.sheet", locale),
                List.of(text(p + "import.errors.row", locale), text(p + "import.errors.column", locale),
                        text(p + "import.errors.message", locale)),
                sink -> rows.forEach(r -> sink.accept(Arrays.asList(r.row(), r.column(), r.message()))));
    }

    /** The counts every import has, then the module's own ({@code p} prefixes the keys). */
    public static List<Count> counts(String p, StagedImportSummary imp, Count... own) {
        List<Count> all = new java.util.ArrayList<>(List.of(new Count("rows", p + "import.count.rows", imp.totalRows()),
                new Count("valid", p + "import.count.valid", imp.validRows()),
                new Count("invalid", p + "import.count.invalid", imp.invalidRows())));
        all.addAll(List.of(own));
        return all;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
