package io.zonebrain.land.web;

import io.zonebrain.land.Lease;
import io.zonebrain.land.Leases;
import io.zonebrain.land.Parcel;
import io.zonebrain.land.Parcels;
import io.zonebrain.land.internal.ParcelRules;
import io.zonebrain.platform.ConcurrentEditException;
import io.zonebrain.platform.FieldError;
import io.zonebrain.platform.NotFoundException;
import io.zonebrain.platform.ValidationException;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** Officials add a lease to a parcel, change one, or end one from the parcel's page. */
@Controller
class LeaseController {

    private final Parcels parcels;
    private final Leases leases;
    private final ParcelPage page;

    LeaseController(Parcels parcels, Leases leases, ParcelPage page) {
        this.parcels = parcels;
        this.leases = leases;
        this.page = page;
    }

    @GetMapping("/land/parcels/{id}/leases/new")
    String newForm(@PathVariable long id, Model model) {
        ParcelController.official();
        return form(model, parcels.get(id), null, new LeaseForm(), List.of());
    }

    @PostMapping("/land/parcels/{id}/leases")
    String add(@PathVariable long id, @ModelAttribute("form") LeaseForm form, BindingResult binding, Model model) {
        ParcelController.official();
        Parcel parcel = parcels.get(id);
        List<FieldError> unparsable = FormErrors.unparsable(binding);
        if (!unparsable.isEmpty()) {
            return form(model, parcel, null, form, FormErrors.merged(unparsable,
                    ParcelRules.check(ParcelRules.normalise(form.toDraft()))));
        }
        try {
            leases.add(id, form.toDraft(), form.getReason());
            return "redirect:/land/parcels/" + id + "?saved";
        } catch (ValidationException e) {
            return form(model, parcel, null, form, e.errors());
        }
    }

    @GetMapping("/land/parcels/{id}/leases/{leaseId}/edit")
    String editForm(@PathVariable long id, @PathVariable long leaseId, Model model) {
        ParcelController.official();
        Parcel parcel = parcels.get(id);
        Lease lease = lease(parcel, leaseId);
        return form(model, parcel, lease, LeaseForm.of(lease), List.of());
    }

    @PostMapping("/land/parcels/{id}/leases/{leaseId}")
    String change(@PathVariable long id, @PathVariable long leaseId, @ModelAttribute("form") LeaseForm form,
                  BindingResult binding, Model model) {
        ParcelController.official();
        Parcel parcel = parcels.get(id);
        Lease lease = lease(parcel, leaseId);
        List<FieldError> unparsable = FormErrors.unparsable(binding);
        if (!unparsable.isEmpty()) {
            return form(model, parcel, lease, form, FormErrors.merged(unparsable,
                    ParcelRules.check(ParcelRules.normalise(form.toDraft()))));
        }
        try {
            leases.change(id, leaseId, form.getVersion(), form.toDraft(), form.getReason());
            return "redirect:/land/parcels/" + id + "?saved";
        } catch (ValidationException e) {
            return form(model, parcel, lease, form, e.errors());
        } catch (ConcurrentEditException e) {
            model.addAttribute("conflict", true);
            Parcel now = parcels.get(id);
            return form(model, now, lease(now, leaseId), form, List.of());
        }
    }

    /** Ends a lease on the day given (its last day); problems are shown on the parcel's page. */
    @PostMapping("/land/parcels/{id}/leases/{leaseId}/end")
    String end(@PathVariable long id, @PathVariable long leaseId, @ModelAttribute("endForm") LeaseForm form,
               BindingResult binding, Model model, Locale locale) {
        ParcelController.official();
        List<FieldError> errors = FormErrors.unparsable(binding);
        if (errors.isEmpty()) {
            try {
                leases.end(id, leaseId, form.getVersion(), form.getLeaseTo(), form.getReason());
                return "redirect:/land/parcels/" + id + "?saved";
            } catch (ValidationException e) {
                errors = e.errors();
            } catch (ConcurrentEditException e) {
                model.addAttribute("conflict", true);
            }
        }
        model.addAttribute("endErrors", errors);
        model.addAttribute("endingLease", leaseId);
        page.addTo(model, parcels.get(id), locale);
        return "land/parcel";
    }

    private String form(Model model, Parcel parcel, Lease lease, LeaseForm form, List<FieldError> errors) {
        model.addAttribute("parcel", parcel);
        model.addAttribute("lease", lease);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "land/lease-form";
    }

    private static Lease lease(Parcel parcel, long leaseId) {
        return parcel.leases().stream().filter(l -> l.id() == leaseId).findFirst()
                .orElseThrow(() -> new NotFoundException("lease " + leaseId));
    }
}
