package io.zonebrain.fashion;

import io.zonebrain.fashion.internal.BrandStore;
import io.zonebrain.fashion.internal.FashionCodeLists;
import io.zonebrain.fashion.internal.LotStore;
import io.zonebrain.fashion.internal.OrderRules;
import io.zonebrain.fashion.internal.OrderStore;
import io.zonebrain.fashion.internal.SeasonStore;
import io.zonebrain.platform.AuditTrail;
import io.zonebrain.platform.ConcurrentEditException;
import io.zonebrain.platform.FieldError;
import io.zonebrain.platform.NotFoundException;
import io.zonebrain.platform.Paged;
import io.zonebrain.platform.ValidationException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brands' orders. A brand posts and edits its own; the operator may act for any brand; officers read. An order can
 * be changed while nothing of it is placed; its preferred and blocked factories can change until it completes, so
 * the next allocation round honours them.
 */
@Service
public class GarmentOrders {

    public static final String AUDIT_TYPE = "fashion_order";

    private final OrderStore store;
    private final LotStore lots;
    private final BrandStore brands;
    private final SeasonStore seasons;
    private final OrderRules rules;
    private final FashionCodeLists codeLists;
    private final AuditTrail audit;
    private final Clock clock;

    GarmentOrders(OrderStore store, LotStore lots, BrandStore brands, SeasonStore seasons, OrderRules rules,
                  FashionCodeLists codeLists, AuditTrail audit, Clock clock) {
        this.store = store;
        this.lots = lots;
        this.brands = brands;
        this.seasons = seasons;
        this.rules = rules;
        this.codeLists = codeLists;
        this.audit = audit;
        this.clock = clock;
    }

    /** Brands see their own orders; the operator and officers all; factories see lots, not orders. */
    public Paged<OrderSummary> list(OrderFilter filter) {
        FashionCaller me = lister();
        return store.list(me.zoneId(), me.brandId(), filter);
    }

    public void forEach(OrderFilter filter, Consumer<GarmentOrder> sink) {
        FashionCaller me = lister();
        store.forEach(me.zoneId(), me.brandId(), filter.withPage(0, OrderFilter.MAX_PAGE_SIZE), sink);
    }

    private static FashionCaller lister() {
        FashionCaller me = FashionCaller.current().requireReader();
        if (!me.seesAll() && !me.isBrand()) {
            throw new NotFoundException("orders");
        }
        return me;
    }

    public GarmentOrder get(long id) {
        FashionCaller me = FashionCaller.current().requireReader();
        GarmentOrder o = store.find(me.zoneId(), id).orElseThrow(() -> new NotFoundException("order " + id));
        if (!me.seesBrand(o.brandId())) {
            throw new NotFoundException("order " + id);
        }
        return o;
    }

    public List<Lot> lotsOf(long orderId) {
        return lots.ofOrder(get(orderId).id());
    }

    /** Whether any factory could take the order today, and if not which rule stops it. */
    public Placeability placeability(long orderId) {
        GarmentOrder o = get(orderId);
        return store.placeability(o.zoneId(), o);
    }

    @Transactional
    public GarmentOrder create(OrderDraft raw, String reason) {
        FashionCaller me = FashionCaller.current().requireParticipant();
        long brandId = brandFor(me, raw.brandId());
        OrderDraft d = normalise(raw);
        List<FieldError> errors = new ArrayList<>(rules.check(codeLists.load(me.zoneId()), d, today()));
        Map<String, Long> factoryIds = resolveFactories(me.zoneId(), d, errors);
        if (d.brandRef() != null) {
            store.findByBrandRef(brandId, d.brandRef()).ifPresent(other -> errors.add(
                    FieldError.of("order.brandRef", "fashion.validation.brandRef.taken", d.brandRef(), other.code())));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        long seasonId = seasons.idFor(me.zoneId(), Season.of(d.dueOn()));
        long id = store.insert(me.zoneId(), brandId, seasonId, d, factoryIds);
        GarmentOrder created = store.find(me.zoneId(), id).orElseThrow();
        audit.created(AUDIT_TYPE, id, created, reason);
        return created;
    }

    @Transactional
    public GarmentOrder update(long id, int version, OrderDraft raw, String reason) {
        GarmentOrder before = editable(id);
        store.lock(id);
        OrderDraft d = normalise(raw);
        List<FieldError> errors = new ArrayList<>(rules.check(codeLists.load(before.zoneId()), d, today()));
        Map<String, Long> factoryIds = resolveFactories(before.zoneId(), d, errors);
        if (d.brandRef() != null) {
            store.findByBrandRef(before.brandId(), d.brandRef()).filter(other -> other.id() != id)
                    .ifPresent(other -> errors.add(FieldError.of("order.brandRef",
                            "fashion.validation.brandRef.taken", d.brandRef(), other.code())));
        }
        if (before.status() != OrderStatus.OPEN || lots.activeQuantity(id) > 0) {
            errors.add(FieldError.of("order.status", "fashion.validation.order.locked"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        long seasonId = seasons.idFor(before.zoneId(), Season.of(d.dueOn()));
        if (!store.update(id, version, seasonId, d, factoryIds)) {
            throw new ConcurrentEditException(AUDIT_TYPE, id);
        }
        GarmentOrder after = store.find(before.zoneId(), id).orElseThrow();
        audit.changed(AUDIT_TYPE, id, before, after, reason);
        return after;
    }

    /** Marks preferred and blocked factories (by code); allowed until the order completes or is cancelled. */
    @Transactional
    public GarmentOrder updatePreferences(long id, int version, List<String> preferred, List<String> blocked,
                                          String reason) {
        GarmentOrder before = editable(id);
        OrderDraft d = normalise(new OrderDraft(before.brandId(), before.brandRef(), before.style(),
                before.categoryCode(), before.samMinutes(), before.quantity(), before.dueOn(), before.qualityLevel(),
                before.targetPriceYuan(), before.maySplit(), before.smallestLot(), before.note(), before.processes(),
                preferred, blocked));
        List<FieldError> errors = new ArrayList<>();
        d.blockedFactories().stream().filter(d.preferredFactories()::contains).forEach(code -> errors.add(
                FieldError.of("order.blockedFactories", "fashion.validation.preferredAndBlocked", code)));
        Map<String, Long> factoryIds = resolveFactories(before.zoneId(), d, errors);
        if (before.status() == OrderStatus.COMPLETED || before.status() == OrderStatus.CANCELLED) {
            errors.add(FieldError.of("order.status", "fashion.validation.order.closed"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (!store.updatePreferences(id, version, d, factoryIds)) {
            throw new ConcurrentEditException(AUDIT_TYPE, id);
        }
        GarmentOrder after = store.find(before.zoneId(), id).orElseThrow();
        audit.changed(AUDIT_TYPE, id, before, after, reason);
        return after;
    }

    /** Cancels an order whose production has not started; its proposed and confirmed lots are released. */
    @Transactional
    public GarmentOrder cancel(long id, int version, String reason) {
        editable(id);
        store.lock(id);
        GarmentOrder before = store.find(FashionCaller.current().zoneId(), id).orElseThrow();
        List<LotStatus> statuses = lots.activeStatuses(id);
        if (before.status() == OrderStatus.CANCELLED || before.status() == OrderStatus.COMPLETED
                || statuses.contains(LotStatus.IN_PRODUCTION) || statuses.contains(LotStatus.SHIPPED)) {
            throw new ValidationException(List.of(FieldError.of("order.status",
                    "fashion.validation.order.cannotCancel")));
        }
        if (before.version() != version) {
            throw new ConcurrentEditException(AUDIT_TYPE, id);
        }
        lots.declineOpen(id, "订单已取消 / order cancelled");
        store.status(id, OrderStatus.CANCELLED);
        store.bumpVersion(id);
        GarmentOrder after = store.find(before.zoneId(), id).orElseThrow();
        audit.changed(AUDIT_TYPE, id, before, after, reason);
        return after;
    }

    private GarmentOrder editable(long id) {
        FashionCaller me = FashionCaller.current().requireParticipant();
        GarmentOrder o = get(id);
        if (!me.editsBrand(o.brandId())) {
            throw new AccessDeniedException("order " + id + " is read-only for " + me.username());
        }
        return o;
    }

    /** A brand orders for itself; the operator names the brand; nobody else posts orders. */
    private long brandFor(FashionCaller me, Long requested) {
        if (me.isBrand()) {
            return me.brandId();
        }
        if (!me.operates()) {
            throw new AccessDeniedException("only brands and the operator post orders");
        }
        if (requested == null) {
            throw new ValidationException(List.of(FieldError.of("order.brand", "validation.required")));
        }
        return brands.find(me.zoneId(), requested).orElseThrow(() -> new ValidationException(List.of(
                FieldError.of("order.brand", "validation.unknownCode", requested)))).id();
    }

    private Map<String, Long> resolveFactories(long zoneId, OrderDraft d, List<FieldError> errors) {
        List<String> all = new ArrayList<>(new LinkedHashSet<>(d.preferredFactories()));
        all.addAll(d.blockedFactories());
        Map<String, Long> ids = store.factoryIds(zoneId, all);
        d.preferredFactories().stream().filter(c -> !ids.containsKey(c)).distinct().forEach(c -> errors.add(
                FieldError.of("order.preferredFactories", "fashion.validation.factory.unknown", c)));
        d.blockedFactories().stream().filter(c -> !ids.containsKey(c)).distinct().forEach(c -> errors.add(
                FieldError.of("order.blockedFactories", "fashion.validation.factory.unknown", c)));
        return ids;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    public static OrderDraft normalise(OrderDraft d) {
        return new OrderDraft(d.brandId(), trim(d.brandRef()), trim(d.style()), trim(d.categoryCode()),
                d.samMinutes() == null ? null : d.samMinutes().setScale(2, RoundingMode.HALF_UP), d.quantity(),
                d.dueOn(), d.qualityLevel(),
                d.targetPriceYuan() == null ? null : d.targetPriceYuan().setScale(2, RoundingMode.HALF_UP),
                d.maySplit(), d.maySplit() ? d.smallestLot() : null, trim(d.note()),
                d.processes().stream().map(GarmentOrders::trim).toList(), codes(d.preferredFactories()),
                codes(d.blockedFactories()));
    }

    private static List<String> codes(List<String> codes) {
        return codes.stream().map(GarmentOrders::trim).filter(c -> c != null)
                .map(c -> c.toUpperCase(Locale.ROOT)).distinct().toList();
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
