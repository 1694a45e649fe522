package io.zonebrain.platform.web;

import io.zonebrain.platform.AuditTrail;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class AdminAuditController {

    private static final int PAGE = 50;
    private final AuditTrail audit;

    AdminAuditController(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    String browse(@RequestParam(required = false) String entityType, @RequestParam(required = false) String entityId,
                  @RequestParam(required = false) String actor, @RequestParam(defaultValue = "0") int page,
                  Model model) {
        int safePage = Math.max(0, page);
        model.addAttribute("entries", audit.browse(entityType, entityId, actor, PAGE + 1, safePage * PAGE));
        model.addAttribute("page", safePage);
        model.addAttribute("pageSize", PAGE);
        return "platform/audit";
    }
}
