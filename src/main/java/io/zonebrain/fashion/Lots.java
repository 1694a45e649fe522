package io.zonebrain.fashion;

import io.zonebrain.fashion.internal.FactoryStore;
import io.zonebrain.fashion.internal.LotStore;
import io.zonebrain.fashion.internal.OrderStore;
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
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lots: an order's quantity placed at factories. The operator proposes a lot by hand here (the allocation engine
 * proposes them in rounds); the factory confirms or declines it and reports its milestones from a phone; the
 * operator or the ordering brand rates the delivered quality. Every change keeps the order's status in step and is
 * audited. A factory sees only its own lots, a brand only the lots of its orders.
 */
@Service
public class Lots {

    public static final String AUDIT_TYPE = "fashion_lot";

    private final LotStore store;
    private final OrderStore orders;
    private final FactoryStore factories;
    private final AuditTrail audit;
    private final Clock clock;

    Lots(LotStore store, OrderStore orders, FactoryStore factories, AuditTrail audit, Clock clock) {
        this.store = store;
        this.orders = orders;
        this.factories = factories;
        this.audit = audit;
        this.clock = clock;
    }

    public Paged<LotSummary> list(LotFilter filter) {
        FashionCaller me = FashionCaller.current().requireReader();
        return store.list(me.zoneId(), me.factoryId(), me.brandId(), filter);
    }

    public Lot get(long id) {
        FashionCaller me = FashionCaller.current().requireReader();
        Lot lot = store.find(me.zoneId(), id).orElseThrow(() -> new NotFoundException("lot " + id));
        if (!sees(me, lot)) {
            throw new NotFoundException("lot " + id);
        }
        return lot;
    }

    private static boolean sees(FashionCaller me, Lot lot) {
        return me.seesAll() || me.isFactory() && lot.factoryId() == me.factoryId()
                || me.isBrand() && lot.brandId() == me.brandId();
    }

    public DeliveryRecord deliveryRecord(long factoryId) {
        FashionCaller me = FashionCaller.current().requireReader();
        if (!me.seesFactory(factoryId)) {
            throw new NotFoundException("factory " + factoryId);
        }
        return store.record(factoryId);
    }

    /**
     * Places part of an order at a factory, waiting for the factory's confirmation. Refused, with every reason:
     * a closed order, more than the order has left, a split the brand does not allow, a lot below the smallest lot
     * (unless it is the remainder), a factory that lacks the category, a process or the quality, has no capacity,
     * or is blocked for this order. The price defaults to SAM × the factory's price per minute for the category.
     */
    @Transactional
    public Lot propose(long orderId, String factoryCode, Integer quantity, BigDecimal unitPrice,
                       LocalDate plannedStart, LocalDate plannedFinish) {
        FashionCaller me = FashionCaller.current().requireOperator();
        orders.lock(orderId);
        GarmentOrder order = orders.find(me.zoneId(), orderId)
                .orElseThrow(() -> new NotFoundException("order " + orderId));
        List<FieldError> errors = new ArrayList<>();
        if (order.status() == OrderStatus.COMPLETED || order.status() == OrderStatus.CANCELLED) {
            errors.add(FieldError.of("order.status", "fashion.validation.order.closed"));
        }
        int held = store.activeQuantity(orderId);
        int left = order.quantity() - held;
        if (quantity == null) {
            errors.add(FieldError.of("lot.quantity", "validation.required"));
        } else if (quantity <= 0) {
            errors.add(FieldError.of("lot.quantity", "fashion.validation.positive"));
        } else if (quantity > left) {
            errors.add(FieldError.of("lot.quantity", "fashion.validation.lot.tooMany", quantity, left));
        } else {
            if (!order.maySplit() && quantity != order.quantity()) {
                errors.add(FieldError.of("lot.quantity", "fashion.validation.lot.noSplit", order.quantity()));
            }
            if (order.smallestLot() != null && quantity < order.smallestLot() && quantity != left) {
                errors.add(FieldError.of("lot.quantity", "fashion.validation.lot.belowSmallest",
                        order.smallestLot()));
            }
        }
        Factory factory = factoryCode == null ? null
                : factories.findByCode(me.zoneId(), factoryCode.strip().toUpperCase(java.util.Locale.ROOT))
                        .orElse(null);
        if (factory == null) {
            errors.add(FieldError.of("lot.factory", "fashion.validation.factory.unknown",
                    factoryCode == null ? "" : factoryCode));
        } else {
            capable(order, factory, errors);
        }
        if (plannedStart != null && plannedFinish != null && plannedFinish.isBefore(plannedStart)) {
            errors.add(FieldError.of("lot.plannedFinishOn", "fashion.validation.closure.endBeforeStart"));
        }
        if (unitPrice != null && unitPrice.signum() < 0) {
            errors.add(FieldError.of("lot.unitPriceYuan", "validation.range", 0, 999999));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        BigDecimal price = unitPrice != null ? unitPrice.setScale(2, RoundingMode.HALF_UP)
                : factory.categories().stream().filter(c -> c.category().equals(order.categoryCode())).findFirst()
                        .map(c -> order.samMinutes().multiply(c.yuanPerMinute()).setScale(2, RoundingMode.HALF_UP))
                        .orElse(BigDecimal.ZERO);
        long id = store.insert(me.zoneId(), orderId, factory.id(), quantity, price, plannedStart, plannedFinish,
                null, me.username());
        syncOrder(orderId);
        Lot lot = store.find(me.zoneId(), id).orElseThrow();
        audit.created(AUDIT_TYPE, id, lot, "proposed by hand");
        return lot;
    }

    /** The hard rules of placement, as the allocation engine applies them. */
    private static void capable(GarmentOrder order, Factory f, List<FieldError> errors) {
        if (f.categories().stream().noneMatch(c -> c.category().equals(order.categoryCode()))) {
            errors.add(FieldError.of("lot.factory", "fashion.validation.lot.category", f.code(),
                    order.categoryCode()));
        }
        List<String> missing = order.processes().stream().filter(p -> !f.processes().contains(p)).toList();
        if (!missing.isEmpty()) {
            errors.add(FieldError.of("lot.factory", "fashion.validation.lot.processes", f.code(),
                    String.join("、", missing)));
        }
        if (f.qualityLevel() < order.qualityLevel()) {
            errors.add(FieldError.of("lot.factory", "fashion.validation.lot.quality", f.code(), f.qualityLevel(),
                    order.qualityLevel()));
        }
        if (!f.allocatable()) {
            errors.add(FieldError.of("lot.factory", "fashion.validation.lot.noCapacity", f.code()));
        }
        if (order.blocked().stream().anyMatch(b -> b.id() == f.id())) {
            errors.add(FieldError.of("lot.factory", "fashion.validation.lot.blocked", f.code()));
        }
    }

    @Transactional
    public Lot confirm(long id, int version) {
        Lot before = actionable(id);
        transition(before, version, LotStatus.PROPOSED, LotStatus.CONFIRMED, null, null);
        return after(before, "confirmed");
    }

    @Transactional
    public Lot decline(long id, int version, String reason) {
        Lot before = actionable(id);
        String text = reason == null || reason.isBlank() ? null : reason.strip();
        if (text == null || text.length() > 300) {
            throw new ValidationException(List.of(text == null
                    ? FieldError.of("lot.declineReason", "validation.required")
                    : FieldError.of("lot.declineReason", "validation.tooLong", 300, text.length())));
        }
        transition(before, version, LotStatus.PROPOSED, LotStatus.DECLINED, text, null);
        return after(before, text);
    }

    /**
     * Reports the lot's next milestone. {@code step} is the step the reporter saw as next, so a double tap or a
     * stale phone page cannot report a step twice or skip one. Fabric received starts production; shipped ends it.
     */
    @Transactional
    public Lot report(long id, MilestoneStep step, String note) {
        Lot before = actionable(id);
        MilestoneStep next = before.nextStep();
        String text = note == null || note.isBlank() ? null : note.strip();
        if (next == null || step != next) {
            throw new ValidationException(List.of(FieldError.of("lot.step", next == null
                    ? "fashion.validation.milestone.notNow" : "fashion.validation.milestone.notNext",
                    next == null ? "" : next.name())));
        }
        if (text != null && text.length() > 500) {
            throw new ValidationException(List.of(FieldError.of("lot.note", "validation.tooLong", 500,
                    text.length())));
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (step == MilestoneStep.FABRIC_RECEIVED) {
            transition(before, before.version(), LotStatus.CONFIRMED, LotStatus.IN_PRODUCTION, null, null);
        } else if (step == MilestoneStep.SHIPPED) {
            transition(before, before.version(), LotStatus.IN_PRODUCTION, LotStatus.SHIPPED, null,
                    now.toLocalDate());
        } else if (!store.touch(id, before.version())) {
            throw new ConcurrentEditException(AUDIT_TYPE, id);
        }
        store.addMilestone(id, step, now, FashionCaller.current().username(), text);
        return after(before, step.name());
    }

    /** The operator, or the brand that ordered it, rates a shipped lot's quality (again, to correct it). */
    @Transactional
    public Lot rate(long id, Integer score, BigDecimal defectRatePercent, String note) {
        FashionCaller me = FashionCaller.current().requireParticipant();
        Lot before = get(id);
        if (!me.operates() && !(me.isBrand() && before.brandId() == me.brandId())) {
            throw new AccessDeniedException("only the operator or the ordering brand rates a lot");
        }
        List<FieldError> errors = new ArrayList<>();
        if (before.status() != LotStatus.SHIPPED) {
            errors.add(FieldError.of("rating.score", "fashion.validation.rating.notShipped"));
        }
        if (score == null || score < 1 || score > 5) {
            errors.add(FieldError.of("rating.score", "validation.range", 1, 5));
        }
        if (defectRatePercent != null && (defectRatePercent.signum() < 0
                || defectRatePercent.compareTo(BigDecimal.valueOf(100)) > 0)) {
            errors.add(FieldError.of("rating.defectRatePercent", "validation.range", 0, 100));
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > 500) {
            errors.add(FieldError.of("rating.note", "validation.tooLong", 500, text.length()));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        store.rate(id, score, defectRatePercent == null ? null : defectRatePercent.setScale(2, RoundingMode.HALF_UP),
                text, me.username());
        Lot after = store.find(me.zoneId(), id).orElseThrow();
        audit.changed(AUDIT_TYPE, id, before.rating(), after.rating(), "quality rating");
        return after;
    }

    /** The lot, when the caller may act on it: its own factory or the operator; others' lots are "not found". */
    private Lot actionable(long id) {
        FashionCaller me = FashionCaller.current().requireParticipant();
        Lot lot = get(id);
        if (!me.operates() && !(me.isFactory() && lot.factoryId() == me.factoryId())) {
            throw new AccessDeniedException("lot " + id + " is acted on by its factory");
        }
        orders.lock(lot.orderId());
        return lot;
    }

    private void transition(Lot lot, int version, LotStatus from, LotStatus to, String reason, LocalDate shipped) {
        if (lot.status() != from) {
            throw new ValidationException(List.of(FieldError.of("lot.status", "fashion.validation.lot.status",
                    lot.status().name())));
        }
        if (!store.transition(lot.id(), version, from, to, reason, shipped)) {
            throw new ConcurrentEditException(AUDIT_TYPE, lot.id());
        }
    }

    private Lot after(Lot before, String reason) {
        syncOrder(before.orderId());
        Lot after = store.find(before.zoneId(), before.id()).orElseThrow();
        audit.changed(AUDIT_TYPE, before.id(), before, after, reason);
        return after;
    }

    /** The order's status follows its lots (the caller holds the order's row lock). */
    private void syncOrder(long orderId) {
        GarmentOrder order = orders.find(FashionCaller.current().zoneId(), orderId).orElseThrow();
        if (order.status() == OrderStatus.CANCELLED) {
            return;
        }
        orders.status(orderId, derived(order.quantity(), store.activeQuantity(orderId),
                store.activeStatuses(orderId)));
    }

    static OrderStatus derived(int quantity, int held, List<LotStatus> active) {
        boolean allShipped = !active.isEmpty() && active.stream().allMatch(s -> s == LotStatus.SHIPPED);
        if (allShipped && held >= quantity) {
            return OrderStatus.COMPLETED;
        }
        if (active.contains(LotStatus.IN_PRODUCTION) || active.contains(LotStatus.SHIPPED)) {
            return OrderStatus.IN_PRODUCTION;
        }
        return held >= quantity ? OrderStatus.PLACED : OrderStatus.OPEN;
    }
}
