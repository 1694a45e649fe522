package io.zonebrain.platform.web;

import io.zonebrain.platform.CallerContext;
import io.zonebrain.platform.CurrentUser;
import io.zonebrain.platform.NotFoundException;
import io.zonebrain.platform.Role;
import io.zonebrain.platform.UserAccounts;
import io.zonebrain.platform.ValidationException;
import io.zonebrain.platform.Zones;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Zone admins manage admins, officers and the fashion cluster's logins (operator, factory, brand) here. Enterprise
 * users are created from an enterprise's profile, where the enterprise they act for is unambiguous. A factory or
 * brand login names its factory or brand by id; the fashion pages link here with the id filled in.
 */
@Controller
class AdminUsersController {

    private final UserAccounts accounts;
    private final Zones zones;

    AdminUsersController(UserAccounts accounts, Zones zones) {
        this.accounts = accounts;
        this.zones = zones;
    }

    @GetMapping("/admin/users")
    String list(@RequestParam(required = false) Role role, @RequestParam(required = false) Long factoryId,
                @RequestParam(required = false) Long brandId, Model model) {
        CurrentUser me = CallerContext.require();
        model.addAttribute("users", accounts.inZone(me.zoneId()));
        model.addAttribute("grids", zones.grids(me.zoneId()));
        model.addAttribute("presetRole", role);
        model.addAttribute("presetFactoryId", factoryId);
        model.addAttribute("presetBrandId", brandId);
        return "platform/users";
    }

    @PostMapping("/admin/users")
    String create(@RequestParam String username, @RequestParam String displayName, @RequestParam Role role,
                  @RequestParam(required = false) Long gridId, @RequestParam(required = false) Long factoryId,
                  @RequestParam(required = false) Long brandId, RedirectAttributes redirect, Model model) {
        CurrentUser me = CallerContext.require();
        if (role == Role.ENTERPRISE) {
            throw new IllegalArgumentException("enterprise users are created from the enterprise profile");
        }
        if (gridId != null && zones.grid(me.zoneId(), gridId).isEmpty()) {
            throw new NotFoundException("grid");
        }
        String password = UserAccounts.generatePassword();
        try {
            accounts.create(new UserAccounts.NewAccount(username.strip(), displayName.strip(), role, me.zoneId(),
                    role == Role.OFFICER ? gridId : null, null, role == Role.FACTORY ? factoryId : null,
                    role == Role.BRAND ? brandId : null), password);
        } catch (ValidationException e) {
            model.addAttribute("errors", e.errors());
            return list(role, factoryId, brandId, model);
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

    private UserAccounts.Account inMyZone(long id) {
        long zone = CallerContext.require().zoneId();
        return accounts.find(id).filter(a -> a.zoneId() == zone).orElseThrow(() -> new NotFoundException("user"));
    }
}
