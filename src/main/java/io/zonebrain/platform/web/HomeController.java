package io.zonebrain.platform.web;

import io.zonebrain.platform.CallerContext;
import io.zonebrain.platform.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    @GetMapping("/login")
    String login() {
        return "platform/login";
    }

    /** Officials land on the registry; an enterprise on its own profile; the fashion cluster's people on theirs. */
    @GetMapping("/")
    String home() {
        CurrentUser me = CallerContext.require();
        return switch (me.role()) {
            case ENTERPRISE -> "redirect:/enterprises/" + me.enterpriseId();
            case FACTORY -> "redirect:/fashion/lots";
            case BRAND -> "redirect:/fashion/orders";
            case CLUSTER_OPERATOR -> "redirect:/fashion";
            default -> "redirect:/enterprises";
        };
    }
}
