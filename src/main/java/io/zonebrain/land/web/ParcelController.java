package io.zonebrain.land.web;

import io.zonebrain.land.LandUse;
import io.zonebrain.land.Parcel;
import io.zonebrain.land.Parcels;
import io.zonebrain.land.internal.ParcelRules;
import io.zonebrain.land.internal.importing.ParcelExport;
import io.zonebrain.platform.CallerContext;
import io.zonebrain.platform.ConcurrentEditException;
import io.zonebrain.platform.CurrentUser;
import io.zonebrain.platform.ExcelExport;
import io.zonebrain.platform.FieldError;
import io.zonebrain.platform.ValidationException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/** The parcel pages: the officials' list with filters and export, a parcel's page, and the parcel form. */
@Controller
class ParcelController {

    private final Parcels parcels;
    private final ParcelExport export;
    private final ParcelPage page;

    ParcelController(Parcels parcels, ParcelExport export, ParcelPage page) {
        this.parcels = parcels;
        this.export = export;
        this.page = page;
    }

    @GetMapping("/land/parcels")
    String list(@ModelAttribute("filter") ParcelFilterParams params, BindingResult ignoredJunk, Model model,
                @RequestHeader(name = "HX-Request", required = false) String htmx) {
        official();
        model.addAttribute("result", parcels.list(params.toFilter()));
        model.addAttribute("landUses", LandUse.values());
        return htmx != null ? "land/parcels :: results" : "land/parcels";
    }

    /** The filtered list in the import layout (one row per owner and per lease), so it can be imported again. */
    @GetMapping("/land/parcels/export.xlsx")
    void export(@ModelAttribute ParcelFilterParams params, BindingResult ignoredJunk, Locale locale,
                HttpServletResponse response) throws IOException {
        official();
        response.setContentType(ExcelExport.CONTENT_TYPE);
        response.setHeader("Content-Disposition", "attachment; filename=\"parcels.xlsx\"");
        export.write(response.getOutputStream(), locale, sink -> parcels.forEach(params.toFilter(), sink));
    }

    @GetMapping("/land/parcels/{id}")
    String parcel(@PathVariable long id, Model model, Locale locale) {
        page.addTo(model, parcels.get(id), locale);
        return "land/parcel";
    }

    @GetMapping("/land/parcels/new")
    String newForm(Model model) {
        official();
        return form(model, new ParcelForm(), null, List.of());
    }

    @PostMapping("/land/parcels")
    String create(@ModelAttribute("form") ParcelForm form, BindingResult binding, Model model) {
        official();
        List<FieldError> unparsable = FormErrors.unparsable(binding);
        if (!unparsable.isEmpty()) {
            return form(model, form, null, FormErrors.merged(unparsable,
                    ParcelRules.check(ParcelRules.normalise(form.toDraft()))));
        }
        try {
            Parcel created = parcels.create(form.toDraft(), form.getReason());
            return "redirect:/land/parcels/" + created.id() + "?saved";
        } catch (ValidationException e) {
            return form(model, form, null, e.errors());
        }
    }

    @GetMapping("/land/parcels/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        official();
        Parcel p = parcels.get(id);
        return form(model, ParcelForm.of(p), p, List.of());
    }

    @PostMapping("/land/parcels/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") ParcelForm form, BindingResult binding, Model model) {
        official();
        Parcel current = parcels.get(id);
        List<FieldError> unparsable = FormErrors.unparsable(binding);
        if (!unparsable.isEmpty()) {
            return form(model, form, current, FormErrors.merged(unparsable,
                    ParcelRules.check(ParcelRules.normalise(form.toDraft()))));
        }
        try {
            parcels.update(id, form.getVersion(), form.toDraft(), form.getReason());
            return "redirect:/land/parcels/" + id + "?saved";
        } catch (ValidationException e) {
            return form(model, form, current, e.errors());
        } catch (ConcurrentEditException e) {
            model.addAttribute("conflict", true);
            return form(model, form, parcels.get(id), List.of());
        }
    }

    private String form(Model model, ParcelForm form, Parcel existing, List<FieldError> errors) {
        model.addAttribute("form", form);
        model.addAttribute("parcel", existing);
        model.addAttribute("errors", errors);
        model.addAttribute("landUses", LandUse.values());
        return "land/parcel-form";
    }

    static CurrentUser official() {
        CurrentUser me = CallerContext.require();
        if (!me.isOfficial()) {
            throw new AccessDeniedException("officials only");
        }
        return me;
    }
}
