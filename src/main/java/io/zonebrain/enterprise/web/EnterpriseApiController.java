package io.zonebrain.enterprise.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zonebrain.enterprise.Enterprise;
import io.zonebrain.enterprise.EnterpriseDraft;
import io.zonebrain.enterprise.EnterpriseFilter;
import io.zonebrain.enterprise.EnterpriseRegistry;
import io.zonebrain.enterprise.EnterpriseSummary;
import io.zonebrain.platform.Paged;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The registry for district and provincial systems. Authenticate with HTTP Basic or a personal API token
 * ({@code Authorization: Bearer zb_...}). Updates carry the version read, so concurrent edits get 409, not loss.
 */
@RestController
@RequestMapping("/api/v1/enterprises")
@Tag(name = "enterprises", description = "企业库 一企一档 / enterprise registry")
class EnterpriseApiController {

    private final EnterpriseRegistry registry;

    EnterpriseApiController(EnterpriseRegistry registry) {
        this.registry = registry;
    }

    @GetMapping
    @Operation(summary = "List enterprises in the caller's data scope, with the registry's filters")
    Paged<EnterpriseSummary> list(@RequestParam(required = false) String q,
                                  @RequestParam(required = false) String cluster,
                                  @RequestParam(required = false) String industry,
                                  @RequestParam(required = false) String park,
                                  @RequestParam(required = false) Long grid,
                                  @RequestParam(required = false) String tag,
                                  @RequestParam(required = false) Boolean aboveScale,
                                  @RequestParam(required = false) String sort,
                                  @RequestParam(defaultValue = "false") boolean desc,
                                  @RequestParam(defaultValue = "0") int page,
                                  @RequestParam(defaultValue = "20") int size) {
        return registry.list(new EnterpriseFilter(q, cluster, industry, park, grid, tag, aboveScale, sort, desc, page,
                size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One enterprise's profile")
    Enterprise get(@PathVariable long id) {
        return registry.get(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register an enterprise (officials only)")
    Enterprise create(@RequestBody EnterpriseDraft draft,
                      @RequestHeader(name = "X-Change-Reason", required = false) String reason) {
        return registry.create(draft, reason);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Update a profile; send the version you read in If-Match")
    Enterprise update(@PathVariable long id, @RequestHeader("If-Match") String version,
                      @RequestBody EnterpriseDraft draft,
                      @RequestHeader(name = "X-Change-Reason", required = false) String reason) {
        return registry.update(id, parseVersion(version), draft, reason);
    }

    private static int parseVersion(String etag) {
        String v = etag.replace("W/", "").replace("\"", "").strip();
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new org.springframework.web.server.ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "If-Match must carry the version number of the record you read");
        }
    }
}
