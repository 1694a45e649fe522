package io.zonebrain.land.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zonebrain.land.Lease;
import io.zonebrain.land.LeaseDraft;
import io.zonebrain.land.Leases;
import io.zonebrain.land.Parcel;
import io.zonebrain.land.ParcelDraft;
import io.zonebrain.land.ParcelFilter;
import io.zonebrain.land.ParcelSummary;
import io.zonebrain.land.Parcels;
import io.zonebrain.platform.Paged;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Parcels (宗地) and their leases for district and provincial systems. Reads follow the caller's data scope (an
 * enterprise sees its own parcels, and only its own lease where it is a tenant); changes are for officials and
 * carry the version read in If-Match, so a concurrent change answers 409 instead of being overwritten.
 */
@RestController
@RequestMapping("/api/v1/land/parcels")
@Tag(name = "land", description = "宗地与租赁 / parcels and leases")
class ParcelApiController {

    private final Parcels parcels;
    private final Leases leases;

    ParcelApiController(Parcels parcels, Leases leases) {
        this.parcels = parcels;
        this.leases = leases;
    }

    @GetMapping
    @Operation(summary = "List parcels in the caller's data scope, with the list's filters")
    Paged<ParcelSummary> list(
            @Parameter(description = "parcel code, name or location text") @RequestParam(required = false) String q,
            @Parameter(description = "owner's name or USCC fragment") @RequestParam(required = false) String owner,
            @Parameter(description = "a lessee's name or USCC fragment") @RequestParam(required = false) String lessee,
            @Parameter(description = "industrial, warehouse, research, commercial or other")
            @RequestParam(required = false) String landUse,
            @Parameter(description = "true: with leases in force today; false: without")
            @RequestParam(required = false) Boolean hasLessees,
            @RequestParam(required = false) BigDecimal minAreaMu,
            @RequestParam(required = false) BigDecimal maxAreaMu,
            @Parameter(description = "code, name, area, owner or leased") @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "false") boolean desc,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return parcels.list(new ParcelFilter(q, owner, lessee, landUse, hasLessees, minAreaMu, maxAreaMu, sort, desc,
                page, size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One parcel with its owner and leases; the ETag is its version")
    ResponseEntity<Parcel> get(@PathVariable long id) {
        Parcel p = parcels.get(id);
        return ResponseEntity.ok().eTag(String.valueOf(p.version())).body(p);
    }

    @PostMapping
    @Operation(summary = "Register a parcel (officials only); the owner is named by USCC")
    ResponseEntity<Parcel> create(@RequestBody ParcelDraft draft,
                                  @RequestHeader(name = "X-Change-Reason", required = false) String reason) {
        Parcel p = parcels.create(draft, reason);
        return ResponseEntity.status(HttpStatus.CREATED).eTag(String.valueOf(p.version())).body(p);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a parcel; send the version you read in If-Match (409 when someone saved since)")
    ResponseEntity<Parcel> update(@PathVariable long id, @RequestHeader("If-Match") String version,
                                  @RequestBody ParcelDraft draft,
                                  @RequestHeader(name = "X-Change-Reason", required = false) String reason) {
        Parcel p = parcels.update(id, parseVersion(version), draft, reason);
        return ResponseEntity.ok().eTag(String.valueOf(p.version())).body(p);
    }

    @GetMapping("/{id}/leases")
    @Operation(summary = "The parcel's leases the caller may see (an enterprise tenant: only its own)")
    List<Lease> leases(@PathVariable long id) {
        return parcels.get(id).leases();
    }

    @PostMapping("/{id}/leases")
    @Operation(summary = "Add a lease (officials only); the land shares in force on any day must fit the parcel")
    ResponseEntity<Lease> addLease(@PathVariable long id, @RequestBody LeaseDraft draft,
                                   @RequestHeader(name = "X-Change-Reason", required = false) String reason) {
        Lease l = leases.add(id, draft, reason);
        return ResponseEntity.status(HttpStatus.CREATED).eTag(String.valueOf(l.version())).body(l);
    }

    @PutMapping("/{id}/leases/{leaseId}")
    @Operation(summary = "Change a lease; send the lease's version in If-Match")
    ResponseEntity<Lease> changeLease(@PathVariable long id, @PathVariable long leaseId,
                                      @RequestHeader("If-Match") String version, @RequestBody LeaseDraft draft,
                                      @RequestHeader(name = "X-Change-Reason", required = false) String reason) {
        Lease l = leases.change(id, leaseId, parseVersion(version), draft, reason);
        return ResponseEntity.ok().eTag(String.valueOf(l.version())).body(l);
    }

    /** The last day of an ending lease. */
    record LeaseEnd(LocalDate lastDay) {
    }

    @PostMapping("/{id}/leases/{leaseId}/end")
    @Operation(summary = "End a lease on its last day (inclusive); send the lease's version in If-Match")
    ResponseEntity<Lease> endLease(@PathVariable long id, @PathVariable long leaseId,
                                   @RequestHeader("If-Match") String version, @RequestBody LeaseEnd end,
                                   @RequestHeader(name = "X-Change-Reason", required = false) String reason) {
        Lease l = leases.end(id, leaseId, parseVersion(version), end.lastDay(), reason);
        return ResponseEntity.ok().eTag(String.valueOf(l.version())).body(l);
    }

    private static int parseVersion(String etag) {
        String v = etag.replace("W/", "").replace("\"", "").strip();
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "If-Match must carry the version number of the record you read");
        }
    }
}
