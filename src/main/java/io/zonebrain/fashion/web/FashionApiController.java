package io.zonebrain.fashion.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zonebrain.fashion.Brand;
import io.zonebrain.fashion.BrandSummary;
import io.zonebrain.fashion.Brands;
import io.zonebrain.fashion.ClusterDashboard;
import io.zonebrain.fashion.ClusterFigures;
import io.zonebrain.fashion.Factories;
import io.zonebrain.fashion.Factory;
import io.zonebrain.fashion.FactoryDraft;
import io.zonebrain.fashion.FactoryFilter;
import io.zonebrain.fashion.FactorySummary;
import io.zonebrain.fashion.GarmentOrder;
import io.zonebrain.fashion.GarmentOrders;
import io.zonebrain.fashion.Lot;
import io.zonebrain.fashion.LotFilter;
import io.zonebrain.fashion.LotStatus;
import io.zonebrain.fashion.LotSummary;
import io.zonebrain.fashion.Lots;
import io.zonebrain.fashion.Milestone;
import io.zonebrain.fashion.MilestoneStep;
import io.zonebrain.fashion.OrderDraft;
import io.zonebrain.fashion.OrderFilter;
import io.zonebrain.fashion.OrderStatus;
import io.zonebrain.fashion.OrderSummary;
import io.zonebrain.fashion.Placeability;
import io.zonebrain.platform.Paged;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
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
import org.springframework.web.server.ResponseStatusException;

/**
 * 时尚E家 for systems and phone apps: factories, brands, orders, lots and milestones, the cluster's figures.
 * The scope is the pages': a factory login reaches its own factory and lots, a brand login its own orders and their
 * lots, the operator and officials everything (officials read only). Out of scope answers 404, a change the role
 * may not make 403. Updates carry the version read in If-Match; a concurrent change answers 409.
 */
@RestController
@RequestMapping("/api/v1/fashion")
@Tag(name = "fashion", description = "时尚E家 服装产能平台 / garment cluster capacity marketplace")
class FashionApiController {

    private final Factories factories;
    private final Brands brands;
    private final GarmentOrders orders;
    private final Lots lots;
    private final ClusterFigures figures;

    FashionApiController(Factories factories, Brands brands, GarmentOrders orders, Lots lots,
                         ClusterFigures figures) {
        this.factories = factories;
        this.brands = brands;
        this.orders = orders;
        this.lots = lots;
        this.figures = figures;
    }

    @GetMapping("/factories")
    @Operation(summary = "List factories with the list page's filters (operator and officials)")
    Paged<FactorySummary> factories(@RequestParam(required = false) String q,
                                    @RequestParam(required = false) String town,
                                    @RequestParam(required = false) String category,
                                    @RequestParam(required = false) String process,
                                    @RequestParam(required = false) Integer quality,
                                    @RequestParam(required = false) String size,
                                    @RequestParam(required = false) BigDecimal minCapacity,
                                    @RequestParam(required = false) BigDecimal maxCapacity,
                                    @RequestParam(required = false) String sort,
                                    @RequestParam(defaultValue = "false") boolean desc,
                                    @RequestParam(defaultValue = "0") int page,
                                    @RequestParam(defaultValue = "20") int pageSize) {
        return factories.list(new FactoryFilter(q, town, category, process, quality, size, minCapacity, maxCapacity,
                sort, desc, page, Math.min(pageSize, 500)));
    }

    @GetMapping("/factories/{id}")
    @Operation(summary = "A factory's profile: skills, capacity, prices, calendar")
    Factory factory(@PathVariable long id) {
        return factories.get(id);
    }

    @PostMapping("/factories")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register a factory (operator)")
    Factory createFactory(@RequestBody FactoryDraft draft,
                          @RequestHeader(name = "X-Change-Reason", required = false) String reason) {
        return factories.create(draft, reason);
    }

    @PutMapping("/factories/{id}")
    @Operation(summary = "Update a factory's profile (operator, or the factory itself); If-Match: the version read")
    Factory updateFactory(@PathVariable long id, @RequestHeader("If-Match") String version,
                          @RequestBody FactoryDraft draft,
                          @RequestHeader(name = "X-Change-Reason", required = false) String reason) {
        return factories.update(id, parseVersion(version), draft, reason);
    }

    @PostMapping("/factories/{id}/closures")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a closure to the factory's calendar (overlaps are refused)")
    Factory addClosure(@PathVariable long id, @RequestBody ClosureRequest closure) {
        return factories.addClosure(id, closure.startsOn(), closure.endsOn(), closure.reason());
    }

    @DeleteMapping("/factories/{id}/closures/{closureId}")
    @Operation(summary = "Remove a closure")
    Factory removeClosure(@PathVariable long id, @PathVariable long closureId) {
        return factories.removeClosure(id, closureId);
    }

    @GetMapping("/brands")
    @Operation(summary = "List brands (operator and officials)")
    Paged<BrandSummary> brands(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
                               @RequestParam(defaultValue = "20") int pageSize) {
        return brands.list(q, page, pageSize);
    }

    @GetMapping("/brands/{id}")
    @Operation(summary = "A brand")
    Brand brand(@PathVariable long id) {
        return brands.get(id);
    }

    @GetMapping("/orders")
    @Operation(summary = "List orders: a brand its own, the operator and officials all")
    Paged<OrderSummary> orders(@RequestParam(required = false) String q,
                               @RequestParam(required = false) String brand,
                               @RequestParam(required = false) String season,
                               @RequestParam(required = false) String category,
                               @RequestParam(required = false) OrderStatus status,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                               LocalDate dueFrom,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                               LocalDate dueTo,
                               @RequestParam(required = false) String sort,
                               @RequestParam(defaultValue = "false") boolean desc,
                               @RequestParam(defaultValue = "0") int page,
                               @RequestParam(defaultValue = "20") int pageSize) {
        return orders.list(new OrderFilter(q, brand, season, category, status, dueFrom, dueTo, sort, desc, page,
                Math.min(pageSize, 500)));
    }

    @GetMapping("/orders/{id}")
    @Operation(summary = "An order with its processes and preferred/blocked factories")
    GarmentOrder order(@PathVariable long id) {
        return orders.get(id);
    }

    @GetMapping("/orders/{id}/placeability")
    @Operation(summary = "Whether any factory can take the order, counted rule by rule")
    Placeability placeability(@PathVariable long id) {
        return orders.placeability(id);
    }

    @GetMapping("/orders/{id}/lots")
    @Operation(summary = "The order's lots with milestones")
    List<Lot> orderLots(@PathVariable long id) {
        return orders.lotsOf(id);
    }

    @PostMapping("/orders")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Post an order (a brand for itself; the operator names brandId)")
    GarmentOrder createOrder(@RequestBody OrderDraft draft,
                             @RequestHeader(name = "X-Change-Reason", required = false) String reason) {
        return orders.create(draft, reason);
    }

    @PutMapping("/orders/{id}")
    @Operation(summary = "Change an order that has no lots yet; If-Match: the version read")
    GarmentOrder updateOrder(@PathVariable long id, @RequestHeader("If-Match") String version,
                             @RequestBody OrderDraft draft,
                             @RequestHeader(name = "X-Change-Reason", required = false) String reason) {
        return orders.update(id, parseVersion(version), draft, reason);
    }

    @PutMapping("/orders/{id}/preferences")
    @Operation(summary = "Mark preferred and blocked factories by code; If-Match: the version read")
    GarmentOrder preferences(@PathVariable long id, @RequestHeader("If-Match") String version,
                             @RequestBody PreferencesRequest request) {
        return orders.updatePreferences(id, parseVersion(version), request.preferred(), request.blocked(), null);
    }

    @PostMapping("/orders/{id}/cancel")
    @Operation(summary = "Cancel an order whose production has not started; If-Match: the version read")
    GarmentOrder cancel(@PathVariable long id, @RequestHeader("If-Match") String version,
                        @RequestHeader(name = "X-Change-Reason", required = false) String reason) {
        return orders.cancel(id, parseVersion(version), reason);
    }

    @PostMapping("/orders/{id}/lots")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Place part of an order at a factory by hand (operator); the factory then confirms")
    Lot propose(@PathVariable long id, @RequestBody ProposalRequest p) {
        return lots.propose(id, p.factoryCode(), p.quantity(), p.unitPriceYuan(), p.plannedStartOn(),
                p.plannedFinishOn());
    }

    @GetMapping("/lots")
    @Operation(summary = "List lots: a factory its own, a brand those of its orders, the operator and officials all")
    Paged<LotSummary> lots(@RequestParam(required = false) LotStatus status,
                           @RequestParam(required = false) String season,
                           @RequestParam(required = false) String factory,
                           @RequestParam(required = false) Long orderId,
                           @RequestParam(defaultValue = "0") int page,
                           @RequestParam(defaultValue = "20") int pageSize) {
        return lots.list(new LotFilter(status, season, factory, orderId, page, Math.min(pageSize, 500)));
    }

    @GetMapping("/lots/{id}")
    @Operation(summary = "A lot with its milestones and quality rating")
    Lot lot(@PathVariable long id) {
        return lots.get(id);
    }

    @PostMapping("/lots/{id}/confirm")
    @Operation(summary = "The factory confirms a proposed lot; If-Match: the version read")
    Lot confirm(@PathVariable long id, @RequestHeader("If-Match") String version) {
        return lots.confirm(id, parseVersion(version));
    }

    @PostMapping("/lots/{id}/decline")
    @Operation(summary = "The factory declines a proposed lot with a reason; If-Match: the version read")
    Lot decline(@PathVariable long id, @RequestHeader("If-Match") String version,
                @RequestBody DeclineRequest request) {
        return lots.decline(id, parseVersion(version), request.reason());
    }

    @GetMapping("/lots/{id}/milestones")
    @Operation(summary = "The lot's milestones so far")
    List<Milestone> milestones(@PathVariable long id) {
        return lots.get(id).milestones();
    }

    @PostMapping("/lots/{id}/milestones")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Report the lot's next milestone from a phone; step must be the next one (no skips, no repeats)")
    Lot report(@PathVariable long id, @RequestBody MilestoneRequest request) {
        return lots.report(id, request.step(), request.note());
    }

    @PostMapping("/lots/{id}/rating")
    @Operation(summary = "Rate a shipped lot's quality, 1-5 (operator or the ordering brand)")
    Lot rate(@PathVariable long id, @RequestBody RatingRequest request) {
        return lots.rate(id, request.score(), request.defectRatePercent(), request.note());
    }

    @GetMapping("/dashboard")
    @Operation(summary = "The cluster in numbers (operator and officials); season selects the utilisation figures")
    ClusterDashboard dashboard(@RequestParam(required = false) String season) {
        return figures.dashboard(season);
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

    record ClosureRequest(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
                          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn, String reason) {
    }

    record PreferencesRequest(List<String> preferred, List<String> blocked) {
    }

    record ProposalRequest(String factoryCode, Integer quantity, BigDecimal unitPriceYuan, LocalDate plannedStartOn,
                           LocalDate plannedFinishOn) {
    }

    record DeclineRequest(String reason) {
    }

    record MilestoneRequest(MilestoneStep step, String note) {
    }

    record RatingRequest(Integer score, BigDecimal defectRatePercent, String note) {
    }
}
