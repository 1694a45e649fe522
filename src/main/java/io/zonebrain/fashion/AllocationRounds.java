package io.zonebrain.fashion;

import io.zonebrain.fashion.internal.BrandStore;
import io.zonebrain.fashion.internal.LotStore;
import io.zonebrain.fashion.internal.OrderStore;
import io.zonebrain.fashion.internal.allocating.BuiltProblem;
import io.zonebrain.fashion.internal.allocating.Explainer;
import io.zonebrain.fashion.internal.allocating.ProblemBuilder;
import io.zonebrain.fashion.internal.allocating.ProblemTables;
import io.zonebrain.fashion.internal.allocating.RoundRunner;
import io.zonebrain.fashion.internal.allocating.RoundSpec;
import io.zonebrain.fashion.internal.allocating.VersionStore;
import io.zonebrain.fashion.internal.calendar.CalendarStore;
import io.zonebrain.platform.AuditTrail;
import io.zonebrain.platform.BackgroundJobs;
import io.zonebrain.platform.FieldError;
import io.zonebrain.platform.NotFoundException;
import io.zonebrain.platform.ValidationException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Allocation rounds: the operator (or a zone admin) starts a round over a season's open orders; it runs as a
 * background job with live progress and a stop button and ends in an immutable allocation version. The operator
 * and officials read every version, a brand only the lots of its orders, a factory only the lots placed with it.
 * The operator and brands pin lots and re-solve (a brand its own orders only); the operator accepts a version (its
 * lots become PROPOSED lots the factories confirm or decline) and brands accept or reject the proposal for their
 * orders. Stop requests and the best plan so far live in the database, so they outlive the JVM (see RoundWatch,
 * RoundRecovery).
 */
@Service
public class AllocationRounds {

    public static final String AUDIT_TYPE = "fashion_allocation_run";

    private final VersionStore versions;
    private final RoundRunner runner;
    private final ProblemBuilder builder;
    private final BackgroundJobs jobs;
    private final BrandStore brands;
    private final LotStore lots;
    private final OrderStore orders;
    private final AuditTrail audit;
    private final Clock clock;
    private final ProblemTables tables;
    private final CalendarStore calendars;
    private final Map<Long, BuiltProblem> explained = java.util.Collections.synchronizedMap(
            new LinkedHashMap<>(4, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Long, BuiltProblem> eldest) {
                    return size() > 2;
                }
            });

    AllocationRounds(VersionStore versions, RoundRunner runner, ProblemBuilder builder, BackgroundJobs jobs,
                     BrandStore brands, LotStore lots, OrderStore orders, AuditTrail audit, Clock clock,
                     ProblemTables tables, CalendarStore calendars) {
        this.tables = tables;
        this.calendars = calendars;
        this.versions = versions;
        this.runner = runner;
        this.builder = builder;
        this.jobs = jobs;
        this.brands = brands;
        this.lots = lots;
        this.orders = orders;
        this.audit = audit;
        this.clock = clock;
    }

    /** Starts a round over the season's open orders; returns the round's id (its progress page). */
    public UUID start(AllocationRequest request) {
        return startMode(request, RoundSpec.Mode.ROUND);
    }

    private UUID startMode(AllocationRequest request, RoundSpec.Mode mode) {
        FashionCaller me = FashionCaller.current().requireOperator();
        List<FieldError> errors = new ArrayList<>();
        int seconds = seconds(request.timeLimitSeconds(), errors);
        String season = request.season() == null ? null : request.season().strip().toUpperCase(java.util.Locale.ROOT);
        if (season == null || !season.matches("\\d{4}(SS|AW)")) {
            errors.add(FieldError.of("allocation.season", "fashion.alloc.validation.season"));
        }
        Long brandId = null;
        if (request.brandCode() != null && !request.brandCode().isBlank()) {
            brandId = brands.findByCode(me.zoneId(), request.brandCode().strip().toUpperCase(java.util.Locale.ROOT))
                    .map(Brand::id).orElse(null);
            if (brandId == null) {
                errors.add(FieldError.of("allocation.brand", "fashion.alloc.validation.brand", request.brandCode()));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        RoundSpec spec = new RoundSpec(me.zoneId(), season, blank(request.category()), blank(request.town()), brandId,
                mode, today(), List.of(), Set.of());
        return launch(me, spec, null, seconds);
    }

    /**
     * Re-solves a version: pinned lots (and lots in production) stay where they are; the rest may move. The operator
     * re-solves the whole version; a brand only its own orders (every other brand's lot is held as the version has
     * it), with at most {@link AllocationRequest#BRAND_MAX_SECONDS} and one round of its own running at a time. A
     * brand without lots in the version is told it does not exist; factories and officials may not re-solve.
     */
    public UUID resolve(long runId, Integer timeLimitSeconds) {
        FashionCaller me = FashionCaller.current().requireParticipant();
        if (!me.operates() && !me.isBrand()) {
            throw new AccessDeniedException("only the operator or a brand re-solves a version");
        }
        AllocationVersion v = version(runId);
        List<FieldError> errors = new ArrayList<>();
        int seconds = me.isBrand() ? brandSeconds(timeLimitSeconds, errors) : seconds(timeLimitSeconds, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        List<RoundSpec.ParentLot> parent = parentLots(runId);
        RoundSpec spec = new RoundSpec(me.zoneId(), v.seasonCode(), v.categoryCode(), v.townCode(), v.brandId(),
                RoundSpec.Mode.RESOLVE, today(), parent, versions.pins(runId), me.brandId());
        return launch(me, spec, runId, seconds);
    }

    private List<RoundSpec.ParentLot> parentLots(long runId) {
        return versions.lots(runId, new VersionStore.LotQuery(null, null, null, null, null, null, null, null))
                .stream().map(l -> new RoundSpec.ParentLot(l.lotKey(), l.orderId(), l.existingLotId(), l.quantity(),
                        l.factoryId(), l.pinned(), l.costYuan())).toList();
    }

    /**
     * Re-allocates work at risk: lots behind schedule that have not started are released, lots in production stay;
     * the request's season and subset as for a round.
     */
    public UUID reallocateAtRisk(AllocationRequest request) {
        return startMode(request, RoundSpec.Mode.AT_RISK);
    }

    /** Runs a round on the calling thread (the demo's ready-made version); returns the version id. */
    public long runNow(long zoneId, String season, int seconds, String by) {
        RoundSpec spec = new RoundSpec(zoneId, season, null, null, null, RoundSpec.Mode.ROUND, today(), List.of(),
                Set.of());
        UUID id = UUID.randomUUID();
        versions.insertRound(id, zoneId, spec, null, seconds, by);
        return runner.run(versions.round(zoneId, id).orElseThrow(), spec, null, false);
    }

    private UUID launch(FashionCaller me, RoundSpec spec, Long parentRunId, int seconds) {
        UUID id = UUID.randomUUID();
        if (spec.forBrandId() != null && versions.brandRunning(spec.forBrandId())) {
            throw brandBusy();
        }
        try {
            versions.insertRound(id, me.zoneId(), spec, parentRunId, seconds, me.username());
        } catch (DuplicateKeyException e) {
            // two starts at the same moment: the unique index on the brand's running round lets one through
            throw brandBusy();
        }
        VersionStore.RoundRow round = versions.round(me.zoneId(), id).orElseThrow();
        jobs.start("fashion-allocation", progress -> {
            long runId = runner.run(round, spec, progress);
            return new BackgroundJobs.Outcome("allocation version " + runId, "/fashion/allocations/" + runId);
        });
        audit.record("fashion_allocation_round", id, "started", null, spec.mode() + " " + spec.season()
                + (spec.forBrandId() == null ? "" : " for brand " + spec.forBrandId()), "time limit " + seconds + " s");
        return id;
    }

    private static ValidationException brandBusy() {
        return new ValidationException(List.of(FieldError.of("allocation.resolve",
                "fashion.alloc.validation.brandRunning")));
    }

    /**
     * A round's progress: the operator and officials see every round, a brand the rounds it started (its re-solves),
     * nobody else any.
     */
    public AllocationProgress progress(UUID roundId) {
        VersionStore.RoundRow r = visibleRound(roundId);
        return new AllocationProgress(r.id().toString(), r.status(), r.message(), r.season(), r.mode(),
                r.timeLimitSeconds(), r.startedBy(), r.runId(), versions.points(roundId), r.stopRequested(),
                r.interruptedAfterSeconds(), r.forBrandId());
    }

    private VersionStore.RoundRow visibleRound(UUID roundId) {
        FashionCaller me = FashionCaller.current().requireReader();
        VersionStore.RoundRow r = versions.round(me.zoneId(), roundId)
                .orElseThrow(() -> new NotFoundException("allocation round " + roundId));
        if (!me.seesAll() && !(me.isBrand() && me.brandId().equals(r.forBrandId()))) {
            throw new NotFoundException("allocation round " + roundId);
        }
        return r;
    }

    /**
     * The stop button: the request is written to the round's row, where the JVM running it (this one or another)
     * reads it within a second; the solve then ends with the best plan so far, written as a version marked
     * "stopped". The operator stops any round, a brand its own re-solves.
     */
    public void stop(UUID roundId) {
        FashionCaller me = FashionCaller.current().requireParticipant();
        if (!me.operates() && !me.isBrand()) {
            throw new AccessDeniedException("only the operator or the brand that started a round stops it");
        }
        visibleRound(roundId);
        if (versions.requestStop(roundId, me.username())) {
            runner.stop(roundId);
            audit.record("fashion_allocation_round", roundId, "stop requested", null, null, "stop button");
        }
    }

    public List<AllocationVersion> versions(String season) {
        FashionCaller me = FashionCaller.current().requireReader();
        return versions.runs(me.zoneId(), me.factoryId(), me.brandId(), blank(season), 500);
    }

    /** A version the caller may see: all for the operator and officials, one with its own lots for others. */
    public AllocationVersion version(long runId) {
        FashionCaller me = FashionCaller.current().requireReader();
        AllocationVersion v = versions.run(me.zoneId(), runId)
                .orElseThrow(() -> new NotFoundException("allocation version " + runId));
        if (!me.seesAll() && lots(runId, null, null, null, null, null).isEmpty()) {
            throw new NotFoundException("allocation version " + runId);
        }
        return v;
    }

    public List<AllocationVersionLot> lots(long runId, String factory, String order, String town, String category,
                                          Boolean placed) {
        FashionCaller me = FashionCaller.current().requireReader();
        versions.run(me.zoneId(), runId).orElseThrow(() -> new NotFoundException("allocation version " + runId));
        return versions.lots(runId, new VersionStore.LotQuery(me.factoryId(), me.brandId(), factory, order, town,
                category, placed, null));
    }

    private AllocationVersionLot lot(long runId, String key) {
        FashionCaller me = FashionCaller.current().requireReader();
        versions.run(me.zoneId(), runId).orElseThrow(() -> new NotFoundException("allocation version " + runId));
        return versions.lots(runId, new VersionStore.LotQuery(me.factoryId(), me.brandId(), null, null, null, null,
                null, key)).stream().findFirst().orElseThrow(() -> new NotFoundException("lot " + key));
    }

    /**
     * Why a lot is where it is. The problem is rebuilt from today's factory data with the version's horizon and lots,
     * and checked against the version's plan.
     */
    public LotExplanation explain(long runId, String key) {
        AllocationVersionLot row = lot(runId, key);
        AllocationVersion v = version(runId);
        BuiltProblem built = explained.computeIfAbsent(runId, id -> rebuild(v));
        long[][] used = new long[built.factories().size()][built.weeks()];
        Map<Long, Integer> index = new HashMap<>();
        for (int i = 0; i < built.factories().size(); i++) {
            index.put(built.factories().get(i).id(), i);
        }
        for (AllocationVersionLot l : versions.lots(runId, new VersionStore.LotQuery(null, null, null, null, null,
                null, true, null))) {
            Integer i = index.get(l.factoryId());
            BuiltProblem.LotInfo info = built.lots().get(l.lotKey());
            // held (pinned) lots' minutes are already out of the factories' weeks
            if (i != null && info != null && !info.pinned()) {
                for (int w = Math.max(0, info.dueWeek()); w < built.weeks(); w++) {
                    used[i][w] += info.minutes();
                }
            }
        }
        return Explainer.explain(built, row, built.lots().get(key), used);
    }

    private BuiltProblem rebuild(AllocationVersion v) {
        List<RoundSpec.ParentLot> parent = parentLots(v.id());
        FashionCaller me = FashionCaller.current();
        LocalDate day = v.horizonStart();
        return builder.build(new RoundSpec(me.zoneId(), v.seasonCode(), v.categoryCode(), v.townCode(), v.brandId(),
                RoundSpec.Mode.RESOLVE, day, parent, Set.of()));
    }

    /** Pins a placed lot of a version for the next re-solve: the operator any, a brand only its own orders' lots. */
    @Transactional
    public void pin(long runId, String key) {
        FashionCaller me = FashionCaller.current().requireParticipant();
        if (!me.operates() && !me.isBrand()) {
            throw new AccessDeniedException("only the operator or the ordering brand pins a lot");
        }
        AllocationVersionLot row = lot(runId, key);
        if (!row.placed()) {
            throw new ValidationException(List.of(FieldError.of("allocation.pin", "fashion.alloc.validation.unplaced")));
        }
        versions.pin(runId, key, me.username());
        audit.record(AUDIT_TYPE, runId, "pinned", null, key + " @ " + row.factoryCode(), "pinned for re-solve");
    }

    /**
     * Writes the version's placed lots as PROPOSED lots (allocation_version set): new lots for open quantity, and for
     * a lot of fashion_lot the version moved, the old one declined and the new one proposed. A lot whose order has
     * changed since (closed, or less open quantity left) is skipped. At most once per version.
     */
    @Transactional
    public Accepted accept(long runId) {
        FashionCaller me = FashionCaller.current().requireOperator();
        AllocationVersion v = version(runId);
        versions.lockRun(runId);
        if (versions.run(me.zoneId(), runId).orElseThrow().accepted()) {
            throw new ValidationException(List.of(FieldError.of("allocation.accept",
                    "fashion.alloc.validation.accepted")));
        }
        Map<Long, Integer> capacity = new HashMap<>();
        int written = 0;
        int skipped = 0;
        List<AllocationVersionLot> placed = versions.lots(runId, new VersionStore.LotQuery(null, null, null, null,
                null, null, true, null));
        LocalDate lastDue = placed.stream().map(AllocationVersionLot::dueOn).max(LocalDate::compareTo)
                .orElse(v.horizonStart());
        ClusterCalendar calendar = calendars.calendar(me.zoneId(), v.horizonStart(),
                lastDue.isBefore(v.horizonStart()) ? v.horizonStart() : lastDue);
        for (AllocationVersionLot l : placed) {
            orders.lock(l.orderId());
            GarmentOrder o = orders.find(me.zoneId(), l.orderId()).orElse(null);
            if (o == null || o.status() == OrderStatus.CANCELLED || o.status() == OrderStatus.COMPLETED) {
                skipped++;
                continue;
            }
            if (l.existingLotId() != null) {
                Lot old = lots.find(me.zoneId(), l.existingLotId()).orElse(null);
                if (old == null || old.factoryId() == l.factoryId()) {
                    continue;
                }
                if ((old.status() != LotStatus.PROPOSED && old.status() != LotStatus.CONFIRMED)
                        || !lots.transition(old.id(), old.version(), old.status(), LotStatus.DECLINED,
                                "re-allocated by allocation version " + runId, null)) {
                    skipped++;
                    continue;
                }
            } else if (o.quantity() - lots.activeQuantity(o.id()) < l.quantity()) {
                skipped++;
                continue;
            }
            LocalDate finish = v.horizonStart().plusDays(7L * (dueWeekOf(l, v) + 1) - 1);
            if (finish.isAfter(o.dueOn())) {
                finish = o.dueOn();
            }
            int perDay = capacity.computeIfAbsent(l.factoryId(), f -> lots.capacityPerDay(f));
            long days = perDay <= 0 ? 0 : (long) Math.ceil((double) l.loadMinutes() / perDay);
            LocalDate start = plannedStart(calendar, finish, days, v.horizonStart());
            java.math.BigDecimal price = l.costYuan().divide(java.math.BigDecimal.valueOf(l.quantity()), 2,
                    java.math.RoundingMode.HALF_UP);
            lots.insert(me.zoneId(), o.id(), l.factoryId(), l.quantity(), price, start,
                    finish.isBefore(start) ? start : finish, runId, me.username());
            orders.status(o.id(), Lots.derived(o.quantity(), lots.activeQuantity(o.id()),
                    lots.activeStatuses(o.id())));
            written++;
        }
        if (!versions.accept(runId, me.username(), written, skipped)) {
            throw new ValidationException(List.of(FieldError.of("allocation.accept",
                    "fashion.alloc.validation.accepted")));
        }
        audit.record(AUDIT_TYPE, runId, "accepted", null, Map.of("written", written, "skipped", skipped),
                "allocation version accepted");
        return new Accepted(written, skipped);
    }

    public record Accepted(int written, int skipped) {
    }

    /**
     * The day a lot must start to have {@code workingDays} of the cluster's working days up to its finish (the same
     * calendar the round counted capacity with), but not before the version's horizon.
     */
    static LocalDate plannedStart(ClusterCalendar calendar, LocalDate finish, long workingDays, LocalDate earliest) {
        LocalDate start = finish;
        long counted = calendar.works(finish) ? 1 : 0;
        while (counted < workingDays && start.isAfter(earliest)) {
            start = start.minusDays(1);
            if (calendar.works(start)) {
                counted++;
            }
        }
        return start.isBefore(earliest) ? earliest : start;
    }

    private int dueWeekOf(AllocationVersionLot l, AllocationVersion v) {
        long days = l.dueOn().toEpochDay() - v.horizonStart().toEpochDay() + 1;
        return (int) Math.max(0, Math.floorDiv(days, 7) - 1);
    }

    /**
     * A brand accepts or rejects what a version proposed for one of its orders. Rejecting declines the lots the
     * version proposed for it that no factory has confirmed yet.
     */
    @Transactional
    public void answer(long runId, long orderId, boolean accept) {
        FashionCaller me = FashionCaller.current().requireParticipant();
        GarmentOrder o = orders.find(me.zoneId(), orderId).orElseThrow(() -> new NotFoundException("order " + orderId));
        if (!me.seesBrand(o.brandId())) {
            throw new NotFoundException("order " + orderId);
        }
        if (!me.isBrand()) {
            throw new AccessDeniedException("the ordering brand answers a proposal");
        }
        version(runId);
        orders.lock(orderId);
        if (!versions.answer(runId, orderId, accept ? "ACCEPTED" : "REJECTED", me.username())) {
            throw new ValidationException(List.of(FieldError.of("allocation.answer",
                    "fashion.alloc.validation.answered")));
        }
        if (!accept) {
            for (Lot l : lots.ofOrder(orderId)) {
                if (l.status() == LotStatus.PROPOSED && Long.valueOf(runId).equals(l.allocationVersion())) {
                    lots.transition(l.id(), l.version(), LotStatus.PROPOSED, LotStatus.DECLINED,
                            "rejected by the brand", null);
                }
            }
            orders.status(orderId, Lots.derived(o.quantity(), lots.activeQuantity(orderId),
                    lots.activeStatuses(orderId)));
        }
        audit.record(AUDIT_TYPE, runId, accept ? "brand accepted" : "brand rejected", null, o.code(), o.code());
    }

    /** Lots of the season that are behind schedule (see {@code AtRisk}). */
    public long atRiskCount(String season) {
        FashionCaller me = FashionCaller.current().requireReader().requireOverview();
        return tables.activeLots(me.zoneId(), season).stream()
                .filter(l -> io.zonebrain.fashion.internal.allocating.AtRisk.behind(l, today())).count();
    }

    private static int seconds(Integer requested, List<FieldError> errors) {
        int s = requested == null ? AllocationRequest.DEFAULT_SECONDS : requested;
        if (s < 1 || s > AllocationRequest.MAX_SECONDS) {
            errors.add(FieldError.of("allocation.timeLimitSeconds", "validation.range", 1,
                    AllocationRequest.MAX_SECONDS));
        }
        return s;
    }

    /** A brand's re-solve: its own orders only, so a shorter limit (default and at most 30 s). */
    private static int brandSeconds(Integer requested, List<FieldError> errors) {
        int s = requested == null ? AllocationRequest.BRAND_MAX_SECONDS : requested;
        if (s < 1 || s > AllocationRequest.BRAND_MAX_SECONDS) {
            errors.add(FieldError.of("allocation.timeLimitSeconds", "validation.range", 1,
                    AllocationRequest.BRAND_MAX_SECONDS));
        }
        return s;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
