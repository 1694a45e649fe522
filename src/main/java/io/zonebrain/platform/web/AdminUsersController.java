package io.zonebrain.platform.web;

import io.zonebrain.platform.AccountLinkDirectory.LinkKind;
import io.zonebrain.platform.CurrentUser;
import io.zonebrain.platform.ExcelExport;
import io.zonebrain.platform.FieldError;
import io.zonebrain.platform.NotFoundException;
import io.zonebrain.platform.Paged;
import io.zonebrain.platform.Role;
import io.zonebrain.platform.UserAccounts;
import io.zonebrain.platform.UserFilter;
import io.zonebrain.platform.ValidationException;
import io.zonebrain.platform.Zones;
import io.zonebrain.platform.internal.users.AccountLinks;
import io.zonebrain.platform.internal.users.UserImports;
import io.zonebrain.platform.internal.users.UserWorkbooks;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Zone admins manage their zone's accounts here: the list (filtered by text, role, grid and state, paged), its Excel
 * export, the create form for admins, officers and the fashion cluster's logins (operator, factory, brand),
 * enable/disable and password reset. Enterprise users are created from an enterprise's profile, where the
 * enterprise they act for is unambiguous, or by Excel import with the enterprise's USCC. A factory or brand login
 * names its factory or brand by code on the form (as in the Excel file); the fashion pages link here with the
 * factory's or brand's id, shown in the form as its code.
 */
@Controller
class AdminUsersController {

    static final int PAGE_SIZE = 50;

    private final UserAccounts accounts;
    private final Zones zones;
    private final UserWorkbooks workbooks;
    private final AccountLinks links;

    AdminUsersController(UserAccounts accounts, Zones zones, UserWorkbooks workbooks, AccountLinks links) {
        this.accounts = accounts;
        this.zones = zones;
        this.workbooks = workbooks;
        this.links = links;
    }

    @GetMapping("/admin/users")
    String list(@ModelAttribute("filter") UserFilterParams filter, @RequestParam(required = false) Long factoryId,
                @RequestParam(required = false) Long brandId, Model model) {
        CurrentUser me = UserImports.requireAdmin();
        model.addAttribute("filter", filter);
        Paged<UserAccounts.Account> result = accounts.list(me.zoneId(), filter.toFilter(), filter.getPage(),
                PAGE_SIZE);
        model.addAttribute("result", result);
        // the page names each account's factory, brand or enterprise by the code people use, as the Excel file does
        model.addAttribute("factoryCodes", links.codes(me.zoneId(), LinkKind.FACTORY,
                ids(result.items(), UserAccounts.Account::factoryId)));
        model.addAttribute("brandCodes", links.codes(me.zoneId(), LinkKind.BRAND,
                ids(result.items(), UserAccounts.Account::brandId)));
        model.addAttribute("enterpriseCodes", links.codes(me.zoneId(), LinkKind.ENTERPRISE,
                ids(result.items(), UserAccounts.Account::enterpriseId)));
        model.addAttribute("grids", zones.grids(me.zoneId()));
        model.addAttribute("states", UserFilter.State.values());
        model.addAttribute("presetRole", filter.getRole());
        model.addAttribute("presetFactoryCode", factoryId == null ? null
                : links.codes(me.zoneId(), LinkKind.FACTORY, List.of(factoryId)).get(factoryId));
        model.addAttribute("presetBrandCode", brandId == null ? null
                : links.codes(me.zoneId(), LinkKind.BRAND, List.of(brandId)).get(brandId));
        return "platform/users";
    }

    /** The filtered list as Excel, in the import's layout; never a password or hash. */
    @GetMapping("/admin/users/export.xlsx")
    void export(@ModelAttribute UserFilterParams filter, Locale locale, HttpServletResponse response)
            throws IOException {
        CurrentUser me = UserImports.requireAdmin();
        List<UserAccounts.Account> matching = new ArrayList<>();
        accounts.forEach(me.zoneId(), filter.toFilter(), matching::add);
        response.setContentType(ExcelExport.CONTENT_TYPE);
        response.setHeader("Content-Disposition", "attachment; filename=\"users.xlsx\"");
        workbooks.export(response.getOutputStream(), me.zoneId(), locale, matching);
    }

    @PostMapping("/admin/users")
    String create(@RequestParam String username, @RequestParam String displayName, @RequestParam Role role,
                  @RequestParam(required = false) Long gridId, @RequestParam(required = false) String factoryCode,
                  @RequestParam(required = false) String brandCode, RedirectAttributes redirect, Model model) {
        CurrentUser me = UserImports.requireAdmin();
        if (role == Role.ENTERPRISE) {
            throw new IllegalArgumentException("enterprise users are created from the enterprise profile");
        }
        if (gridId != null && zones.grid(me.zoneId(), gridId).isEmpty()) {
            throw new NotFoundException("grid");
        }
        String password = UserAccounts.generatePassword();
        Long factoryId = null;
        Long brandId = null;
        try {
            factoryId = role == Role.FACTORY ? linked(me.zoneId(), LinkKind.FACTORY, factoryCode, "factoryId",
                    "user.factory.unknownCode") : null;
            brandId = role == Role.BRAND ? linked(me.zoneId(), LinkKind.BRAND, brandCode, "brandId",
                    "user.brand.unknownCode") : null;
            accounts.create(new UserAccounts.NewAccount(username.strip(), displayName.strip(), role, me.zoneId(),
                    role == Role.OFFICER ? gridId : null, null, role == Role.FACTORY ? factoryId : null,
                    role == Role.BRAND ? brandId : null), password);
        } catch (ValidationException e) {
            model.addAttribute("errors", e.errors());
            UserFilterParams filter = new UserFilterParams();
            filter.setRole(role);
            String page = list(filter, null, null, model);
            // what the admin typed stays in the form, so a mistyped code is corrected rather than retyped
            model.addAttribute("presetFactoryCode", factoryCode);
            model.addAttribute("presetBrandCode", brandCode);
            return page;
        }
        redirect.addFlashAttribute("createdUser", username.strip());
        redirect.addFlashAttribute("createdPassword", password);
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/users/{id}/enabled")
    String enable(@PathVariable long id, @RequestParam boolean enabled) {
        inMyZone(id);
        accounts.setEnabled(id, enabled);
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/users/{id}/password")
    String resetPassword(@PathVariable long id, RedirectAttributes redirect) {
        UserAccounts.Account account = inMyZone(id);
        String password = UserAccounts.generatePassword();
        accounts.changePassword(id, password);
        redirect.addFlashAttribute("createdUser", account.username());
        redirect.addFlashAttribute("createdPassword", password);
        return "redirect:/admin/users";
    }

    /** The id of the party with this code, null when none was written (the account rules then say it is required). */
    private Long linked(long zoneId, LinkKind kind, String code, String field, String unknown) {
        if (code == null || code.isBlank()) {
            return null;
        }
        Long id = links.ids(zoneId, kind, List.of(code.strip())).get(code.strip());
        if (id == null) {
            throw new ValidationException(List.of(FieldError.of(field, unknown, code.strip())));
        }
        return id;
    }

    private static List<Long> ids(List<UserAccounts.Account> accounts,
                                  java.util.function.Function<UserAccounts.Account, Long> id) {
        return accounts.stream().map(id).filter(java.util.Objects::nonNull).distinct().toList();
    }

    private UserAccounts.Account inMyZone(long id) {
        long zone = UserImports.requireAdmin().zoneId();
        return accounts.find(id).filter(a -> a.zoneId() == zone).orElseThrow(() -> new NotFoundException("user"));
    }
}
