package io.zonebrain.evaluation.flags;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Flags per enterprise and data year for the API: read within the caller's scope, changed by zone-wide officials. */
@RestController
@RequestMapping("/api/v1/evaluation/flags")
@Tag(name = "evaluation-flags", description = "亩均评价标记 / per-mu evaluation flags (safety accident, major project …)")
class FlagsApiController {

    private final EvaluationFlags flags;
    private final MessageSource messages;

    FlagsApiController(EvaluationFlags flags, MessageSource messages) {
        this.flags = flags;
        this.messages = messages;
    }

    /** A flag code and its label in the caller's language (the code itself for a flag a scheme introduced). */
    record Code(String code, String label) {
    }

    @GetMapping
    @Operation(summary = "The data year's flags within the caller's scope (officials: zone or grid; an enterprise "
            + "user: its own), optionally one flag code, one enterprise, a name or USCC fragment")
    List<EvaluationFlag> list(@RequestParam int year, @RequestParam(required = false) String flag,
                              @RequestParam(required = false) Long enterpriseId,
                              @RequestParam(required = false) String q) {
        return flags.list(year, new FlagFilter(flag, enterpriseId, q));
    }

    @GetMapping("/codes")
    @Operation(summary = "The flag codes the zone may set: the shipped list and every flag its schemes name")
    List<Code> codes() {
        return flags.allowedCodes().stream().map(c -> new Code(c, messages.getMessage(FlagCodes.labelKey(c), null, c,
                LocaleContextHolder.getLocale()))).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Sets a flag on an enterprise's data year (zone-wide officials): year, enterpriseId or "
            + "uscc, flag, optional note (evidence), reason (required, audited). 422 naming each bad field")
    EvaluationFlag add(@RequestBody FlagDraft draft) {
        return flags.add(draft);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Removes a flag (zone-wide officials) with a reason (required, audited). Runs already "
            + "made keep their results; the next run reads the change")
    void remove(@PathVariable long id, @RequestParam(required = false) String reason) {
        flags.remove(id, reason);
    }
}
