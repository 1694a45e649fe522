package io.zonebrain.fashion.web;

import io.zonebrain.fashion.Factories;
import io.zonebrain.fashion.Factory;
import io.zonebrain.fashion.FashionCaller;
import io.zonebrain.fashion.LotFilter;
import io.zonebrain.fashion.Lots;
import io.zonebrain.fashion.internal.importing.FactorySheet;
import io.zonebrain.platform.ConcurrentEditException;
import io.zonebrain.platform.ExcelExport;
import io.zonebrain.platform.FieldError;
import io.zonebrain.platform.ValidationException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Factory pages: the list (operator and officials) with filters, sorting, paging and Excel export; a factory's
 * profile with its calendar; the edit form (the operator, or the factory itself).
 */
@Controller
class FactoryController {

    private final Factories factories;
    private final Lots lots;
    private final FashionLookups lookups;
    private final FactorySheet sheet;

    FactoryController(Factories factories, Lots lots, FashionLookups lookups, FactorySheet sheet) {
        this.factories = factories;
        this.lots = lots;
        this.lookups = lookups;
        this.sheet = sheet;
    }

    @GetMapping("/fashion/factories")
    String list(@ModelAttribute("filter") FactoryFilterParams params, Model model, Locale locale,
                @RequestHeader(name = "HX-Request", required = false) String htmx) {
        FashionCaller me = FashionCaller.current();
        model.addAttribute("result", factories.list(params.toFilter()));
        model.addAttribute("caller", me);
        lookups.addTo(model, me.zoneId(), locale);
        return htmx != null ? "fashion/factories :: results" : "fashion/factories";
    }

    @GetMapping("/fashion/factories/export.xlsx")
    void export(@ModelAttribute FactoryFilterParams params, Locale locale, HttpServletResponse response)
            throws IOException {
        FashionCaller me = FashionCaller.current().requireOverview();
        response.setContentType(ExcelExport.CONTENT_TYPE);
        response.setHeader("Content-Disposition", "attachment; filename=\"factories.xlsx\"");
        sheet.write(response.getOutputStream(), me.zoneId(), locale, sink -> factories.forEach(params.toFilter(),
                sink));
    }

    @GetMapping("/fashion/my-factory")
    String mine() {
        return "redirect:/fashion/factories/" + factories.mine().id();
    }

    @GetMapping("/fashion/factories/{id:\\d+}")
    String profile(@PathVariable long id, Model model, Locale locale) {
        Factory f = factories.get(id);
        FashionCaller me = FashionCaller.current();
        model.addAttribute("f", f);
        model.addAttribute("caller", me);
        model.addAttribute("editable", me.editsFactory(id));
        model.addAttribute("record", lots.deliveryRecord(id));
        model.addAttribute("recentLots", me.seesAll() || me.isFactory()
                ? lots.list(new LotFilter(null, null, f.code(), null, 0, 10)).items() : List.of());
        lookups.addTo(model, f.zoneId(), locale);
        return "fashion/factory";
    }

    @GetMapping("/fashion/factories/new")
    String newForm(Model model, Locale locale) {
        FashionCaller me = FashionCaller.current().requireOperator();
        return form(model, locale, me.zoneId(), new FactoryForm(), null, List.of());
    }

    @PostMapping("/fashion/factories")
    String create(@ModelAttribute("form") FactoryForm form, Model model, Locale locale) {
        FashionCaller me = FashionCaller.current().requireOperator();
        try {
            return "redirect:/fashion/factories/" + factories.create(form.toDraft(), form.getReason()).id() + "?saved";
        } catch (ValidationException e) {
            return form(model, locale, me.zoneId(), form, null, e.errors());
        }
    }

    @GetMapping("/fashion/factories/{id:\\d+}/edit")
    String editForm(@PathVariable long id, Model model, Locale locale) {
        Factory f = editable(id);
        return form(model, locale, f.zoneId(), FactoryForm.of(f), f, List.of());
    }

    @PostMapping("/fashion/factories/{id:\\d+}")
    String update(@PathVariable long id, @ModelAttribute("form") FactoryForm form, Model model, Locale locale) {
        Factory f = editable(id);
        try {
            factories.update(id, form.getVersion(), form.toDraft(), form.getReason());
            return "redirect:/fashion/factories/" + id + "?saved";
        } catch (ValidationException e) {
            return form(model, locale, f.zoneId(), form, f, e.errors());
        } catch (ConcurrentEditException e) {
            model.addAttribute("conflict", true);
            return form(model, locale, f.zoneId(), form, factories.get(id), List.of());
        }
    }

    @PostMapping("/fashion/factories/{id:\\d+}/closures")
    String addClosure(@PathVariable long id,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                      @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            factories.addClosure(id, from, to, reason);
        } catch (ValidationException e) {
            redirect.addFlashAttribute("closureErrors", e.errors());
        }
        return "redirect:/fashion/factories/" + id + "#calendar";
    }

    @PostMapping("/fashion/factories/{id:\\d+}/closures/{closureId}/delete")
    String removeClosure(@PathVariable long id, @PathVariable long closureId) {
        factories.removeClosure(id, closureId);
        return "redirect:/fashion/factories/" + id + "#calendar";
    }

    private Factory editable(long id) {
        Factory f = factories.get(id);
        if (!FashionCaller.current().editsFactory(id)) {
            throw new org.springframework.security.access.AccessDeniedException("read-only");
        }
        return f;
    }

    private String form(Model model, Locale locale, long zoneId, FactoryForm form, Factory existing,
                        List<FieldError> errors) {
        model.addAttribute("form", form);
        model.addAttribute("existing", existing);
        model.addAttribute("errors", errors);
        lookups.addTo(model, zoneId, locale);
        return "fashion/factory-form";
    }
}
