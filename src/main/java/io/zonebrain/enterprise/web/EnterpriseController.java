package io.zonebrain.enterprise.web;

import io.zonebrain.enterprise.Enterprise;
import io.zonebrain.enterprise.EnterpriseFilter;
import io.zonebrain.enterprise.EnterpriseRegistry;
import io.zonebrain.enterprise.internal.importing.RegistryExport;
import io.zonebrain.platform.CallerContext;
import io.zonebrain.platform.ConcurrentEditException;
import io.zonebrain.platform.CurrentUser;
import io.zonebrain.platform.ExcelExport;
import io.zonebrain.platform.Role;
import io.zonebrain.platform.UserAccounts;
import io.zonebrain.platform.ValidationException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The registry pages: list with filters and export, the profile, and the edit forms. */
@Controller
class EnterpriseController {

    private final EnterpriseRegistry registry;
    private final RegistryLookups lookups;
    private final UserAccounts accounts;
    private final RegistryExport registryExport;

    EnterpriseController(EnterpriseRegistry registry, RegistryLookups lookups, UserAccounts accounts,
                         RegistryExport registryExport) {
        this.registry = registry;
        this.lookups = lookups;
        this.accounts = accounts;
        this.registryExport = registryExport;
    }

    @GetMapping("/enterprises")
    String list(@ModelAttribute("filter") FilterParams params, Model model, Locale locale,
                @RequestHeader(name = "HX-Request", required = false) String htmx) {
        CurrentUser me = official();
        model.addAttribute("result", registry.list(params.toFilter()));
        lookups.addTo(model, me.zoneId(), locale);
        return htmx != null ? "enterprise/list :: results" : "enterprise/list";
    }

    /** The filtered list in the import template's layout, so that it can be corrected and imported again. */
    @GetMapping("/enterprises/export.xlsx")
    void export(@ModelAttribute FilterParams params, Locale locale, HttpServletResponse response) throws IOException {
        CurrentUser me = official();
        response.setContentType(ExcelExport.CONTENT_TYPE);
        response.setHeader("Content-Disposition", "attachment; filename=\"enterprises.xlsx\"");
        registryExport.write(response.getOutputStream(), me.zoneId(), locale, sink ->
                registry.forEachProfile(params.toFilter().withPage(0, EnterpriseFilter.MAX_PAGE_SIZE), sink));
    }

    @GetMapping("/enterprises/{id}")
    String profile(@PathVariable long id, Model model, Locale locale) {
        Enterprise e = registry.get(id);
        model.addAttribute("e", e);
        model.addAttribute("industryName", lookups.industryName(e.industryCode()));
        lookups.addTo(model, e.zoneId(), locale);
        model.addAttribute("form", EnterpriseForm.of(e));
        return "enterprise/profile";
    }

    @GetMapping("/enterprises/new")
    String newForm(Model model, Locale locale) {
        CurrentUser me = official();
        EnterpriseForm form = new EnterpriseForm();
        form.setGridId(me.gridId());
        return form(model, locale, form, null, List.of());
    }

    @PostMapping("/enterprises")
    String create(@ModelAttribute("form") EnterpriseForm form, Model model, Locale locale) {
        official();
        try {
            Enterprise created = registry.create(form.toDraft(), form.getReason());
            return "redirect:/enterprises/" + created.id() + "?saved";
        } catch (ValidationException e) {
            form.padContacts();
            return form(model, locale, form, null, e.errors());
        }
    }

    @GetMapping("/enterprises/{id}/edit")
    String editForm(@PathVariable long id, Model model, Locale locale) {
        official();
        Enterprise e = registry.get(id);
        return form(model, locale, EnterpriseForm.of(e), e, List.of());
    }

    @PostMapping("/enterprises/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") EnterpriseForm form, Model model, Locale locale) {
        official();
        try {
            registry.update(id, form.getVersion(), form.toDraft(), form.getReason());
            return "redirect:/enterprises/" + id + "?saved";
        } catch (ValidationException e) {
            form.padContacts();
            return form(model, locale, form, registry.get(id), e.errors());
        } catch (ConcurrentEditException e) {
            form.padContacts();
            model.addAttribute("conflict", true);
            model.addAttribute("current", registry.get(id));
            return form(model, locale, form, registry.get(id), List.of());
        }
    }

    /** Enterprises (and officials) keep the contact list current, including the chief data officer. */
    @PostMapping("/enterprises/{id}/contacts")
    String updateContacts(@PathVariable long id, @ModelAttribute("form") EnterpriseForm form, Model model,
                          Locale locale) {
        try {
            registry.updateContacts(id, form.getVersion(), form.contactList(), form.getReason());
            return "redirect:/enterprises/" + id + "?saved";
        } catch (ValidationException e) {
            model.addAttribute("errors", e.errors());
        } catch (ConcurrentEditException e) {
            model.addAttribute("conflict", true);
        }
        Enterprise current = registry.get(id);
        model.addAttribute("e", current);
        model.addAttribute("industryName", lookups.industryName(current.industryCode()));
        lookups.addTo(model, current.zoneId(), locale);
        form.padContacts();
        return "enterprise/profile";
    }

    /** Zone admins give an enterprise its login; the password is shown once. */
    @PostMapping("/enterprises/{id}/login")
    String createLogin(@PathVariable long id, @RequestParam String username, RedirectAttributes redirect) {
        CurrentUser me = CallerContext.require();
        if (me.role() != Role.ZONE_ADMIN) {
            throw new AccessDeniedException("zone admins only");
        }
        Enterprise e = registry.get(id);
        String password = UserAccounts.generatePassword();
        try {
            accounts.create(new UserAccounts.NewAccount(username.strip(), e.name(), Role.ENTERPRISE, e.zoneId(), null,
                    e.id()), password);
            redirect.addFlashAttribute("createdUser", username.strip());
            redirect.addFlashAttribute("createdPassword", password);
        } catch (ValidationException ex) {
            redirect.addFlashAttribute("loginErrors", ex.errors());
        }
        return "redirect:/enterprises/" + id;
    }

    private String form(Model model, Locale locale, EnterpriseForm form, Enterprise existing,
                        List<io.zonebrain.platform.FieldError> errors) {
        CurrentUser me = official();
        model.addAttribute("form", form);
        model.addAttribute("e", existing);
        model.addAttribute("errors", errors);
        model.addAttribute("industryClasses", lookups.industryClasses());
        lookups.addTo(model, me.zoneId(), locale);
        return "enterprise/form";
    }

    private static CurrentUser official() {
        CurrentUser me = CallerContext.require();
        if (!me.isOfficial()) {
            throw new AccessDeniedException("officials only");
        }
        return me;
    }
}
