package io.zonebrain.platform.web;

import io.zonebrain.platform.AuditTrail;
import io.zonebrain.platform.ExcelExport;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class AdminAuditController {

    private static final int PAGE = 50;
    private static final int EXPORT_BATCH = 5_000;

    private final AuditTrail audit;
    private final MessageSource messages;

    AdminAuditController(AuditTrail audit, MessageSource messages) {
        this.audit = audit;
        this.messages = messages;
    }

    /** The filtered log as Excel, newest first, for inspections and archiving. */
    @GetMapping("/admin/audit/export.xlsx")
    void export(@RequestParam(required = false) String entityType, @RequestParam(required = false) String entityId,
                @RequestParam(required = false) String actor, Locale locale, HttpServletResponse response)
            throws IOException {
        List<String> headers = List.of("audit.at", "audit.actor", "audit.action", "audit.entityType",
                "audit.entityId", "audit.reason", "audit.before", "audit.after").stream()
                .map(k -> messages.getMessage(k, null, k, locale)).toList();
        response.setContentType(ExcelExport.CONTENT_TYPE);
        response.setHeader("Content-Disposition", "attachment; filename=\"audit-log.xlsx\"");
        ExcelExport.write(response.getOutputStream(), "audit", headers, sink -> {
            int offset = 0;
            List<AuditTrail.AuditEntry> batch;
            do {
                batch = audit.browse(entityType, entityId, actor, EXPORT_BATCH, offset);
                batch.forEach(a -> sink.accept(Arrays.asList(
                        a.at().atZone(ZoneId.systemDefault()).toLocalDateTime().toString(), a.actor(), a.action(),
                        a.entityType(), a.entityId(), a.reason(), a.before(), a.after())));
                offset += EXPORT_BATCH;
            } while (batch.size() == EXPORT_BATCH);
        });
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
