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

    /** Officials land on the registry; an enterprise on its own profile. */
    @GetMapping("/")
    String home() {
        CurrentUser me = CallerContext.require();
        return me.isEnterprise() ? "redirect:/enterprises/" + me.enterpriseId() : "redirect:/enterprises";
    }
}
