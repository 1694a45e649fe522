package io.zonebrain.platform.web;

import io.zonebrain.platform.CallerContext;
import io.zonebrain.platform.Dictionaries;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Code lists (clusters, parks, tags) are edited by zone admins, not hard-coded. */
@Controller
class AdminDictionaryController {

    private final Dictionaries dictionaries;

    AdminDictionaryController(Dictionaries dictionaries) {
        this.dictionaries = dictionaries;
    }

    @GetMapping("/admin/dictionaries")
    String list(@RequestParam(required = false) String kind, Model model) {
        long zone = CallerContext.require().zoneId();
        var kinds = dictionaries.kinds(zone);
        String shown = kind != null && kinds.contains(kind) ? kind : (kinds.isEmpty() ? null : kinds.get(0));
        model.addAttribute("kinds", kinds);
        model.addAttribute("kind", shown);
        model.addAttribute("entries", shown == null ? java.util.List.of() : dictionaries.entries(zone, shown));
        return "platform/dictionaries";
    }

    @PostMapping("/admin/dictionaries")
    String put(@RequestParam String kind, @RequestParam String code, @RequestParam String labelZh,
               @RequestParam String labelEn, @RequestParam(defaultValue = "0") int sort) {
        if (!code.matches("[A-Za-z0-9_-]{1,40}") || labelZh.isBlank() || labelEn.isBlank()) {
            return "redirect:/admin/dictionaries?kind=" + kind + "&invalid";
        }
        dictionaries.put(CallerContext.require().zoneId(),
                new Dictionaries.Entry(kind, code, labelZh.strip(), labelEn.strip(), sort));
        return "redirect:/admin/dictionaries?kind=" + kind;
    }
}
