package io.zonebrain.fashion.internal.allocating;

import io.zonebrain.fashion.ClusterCalendar;
import io.zonebrain.fashion.Season;
import io.zonebrain.fashion.allocation.AllocationProblem;
import io.zonebrain.fashion.allocation.AllocationWeights;
import io.zonebrain.fashion.allocation.DeliveryRecord;
import io.zonebrain.fashion.allocation.FactorySpec;
import io.zonebrain.fashion.allocation.LotSpec;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Builds an allocation problem from the fashion tables. Units: the engine sees a lot's quantity as its standard
 * minutes (SAM × pieces, SAM 1), so a factory's price per standard minute is exact for every style; money is in
 * hundredths of a fen (a price per minute has four decimals of a yuan). Capacity is already in standard minutes
 * (workers × minutes × efficiency), so every factory's engine efficiency is 1. See docs/architecture.md,
 * "Allocation rounds", for the calendar, cutting, transport and pinning rules.
 */
@Component
public class ProblemBuilder {

    /**
     * A garment's standard minutes per piece in a typical order (the demo cluster's mean is about 40: shirts and
     * knitwear 20–40, down jackets and coats 45–95). The engine's history and preference rewards are per unit of a
     * lot's quantity, meant as pieces (¥0.50 and ¥0.30 a piece); here a lot's quantity is its standard minutes, so
     * they are divided by this to stay about that much a piece. Without it they were paid per minute, some 40 times
     * stronger than meant: a proven factory then won even at nearly twice the price.
     */
    static final int TYPICAL_SAM_MINUTES = 40;

    /** The weights every round uses: the engine's defaults, in hundredths of a fen, rewards per standard minute. */
    public static final AllocationWeights WEIGHTS = roundWeights(AllocationWeights.defaults());

    /** A factory of at most this many workers is a small workshop (the balance rule keeps them busy fairly). */
    static final int SMALL_WORKSHOP = 30;

    private final ProblemSource tables;

    /** Reads from {@code source}: the fashion tables in the application, a generated cluster in the benchmark. */
    public ProblemBuilder(ProblemSource source) {
        this.tables = source;
    }

    public BuiltProblem build(RoundSpec spec) {
        Season season = Season.parse(spec.season());
        // production starts now, not when the season starts: a season's garments are made before it is on sale
        LocalDate firstDay = spec.today();
        LocalDate horizonStart = firstDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<ProblemTables.FactoryRow> factories = tables.factories(spec.zoneId(), spec.town());
        Map<Long, Integer> factoryIndex = new HashMap<>();
        for (int i = 0; i < factories.size(); i++) {
            factoryIndex.put(factories.get(i).id(), i);
        }
        Map<Long, ProblemTables.OrderRow> orders = new LinkedHashMap<>();
        tables.orders(spec.zoneId(), spec.season(), spec.category(), spec.brandId()).forEach(o -> orders.put(o.id(), o));
        List<ProblemTables.LotRow> active = tables.activeLots(spec.zoneId(), spec.season());
        List<BuiltProblem.Skipped> skipped = new ArrayList<>();
        List<BuiltProblem.LotInfo> lots = new ArrayList<>();
        List<ProblemTables.LotRow> outside = new ArrayList<>();
        Map<Long, List<ProblemTables.LotRow>> activeByOrder = new HashMap<>();
        for (ProblemTables.LotRow lot : active) {
            activeByOrder.computeIfAbsent(lot.orderId(), k -> new ArrayList<>()).add(lot);
        }
        Map<String, Long> keptCost = new HashMap<>();
        if (spec.mode() == RoundSpec.Mode.RESOLVE) {
            fromParent(spec, horizonStart, orders, activeByOrder, factoryIndex, lots, outside, skipped, keptCost);
        } else {
            fromOrders(spec, horizonStart, orders, activeByOrder, factoryIndex, lots, outside, skipped);
        }
        int weeks = 1;
        for (BuiltProblem.LotInfo lot : lots) {
            weeks = Math.max(weeks, lot.dueWeek() + 1);
        }
        long[][] used = outsideLoad(outside, factoryIndex, factories.size(), weeks, horizonStart);
        ClusterCalendar calendar = tables.calendar(spec.zoneId(), horizonStart, horizonStart.plusDays(7L * weeks - 1));
        List<FactorySpec> specs = new ArrayList<>(factories.size());
        for (int i = 0; i < factories.size(); i++) {
            specs.add(spec(factories.get(i), calendar, weeks, horizonStart, firstDay, used[i]));
        }
        Set<Long> brands = orders.values().stream().map(ProblemTables.OrderRow::brandId).collect(Collectors.toSet());
        Map<String, Long> historyByPair = new HashMap<>();
        List<DeliveryRecord> history = new ArrayList<>();
        for (ProblemTables.HistoryRow h : tables.history(spec.zoneId(), season.startsOn())) {
            if (brands.contains(h.brandId()) && factoryIndex.containsKey(h.factoryId())) {
                history.add(new DeliveryRecord("B" + h.brandId(), BuiltProblem.factoryKey(h.factoryId()),
                        h.goodDeliveries()));
                historyByPair.put(BuiltProblem.pair(h.brandId(), h.factoryId()), (long) h.goodDeliveries());
            }
        }
        // Pinned lots (in production, confirmed or proposed, or pinned by a person) are work the factory has, not a
        // decision: their minutes leave the factory's weeks up to their due week and they are written to the version
        // as they stand. Handing them to the engine as pinned values would make it refuse (Timefold rejects a pinned
        // value outside the lot's value range, e.g. a lot that no longer fits the capacity left after today) or
        // count pinned lots that jointly overrun a factory as a broken hard rule no search can repair.
        List<BuiltProblem.LotInfo> held = new ArrayList<>();
        for (int i = 0; i < lots.size(); i++) {
            BuiltProblem.LotInfo lot = lots.get(i);
            if (lot.pinned()) {
                // a lot kept as the parent version has it may be unplaced there, or at a factory now out of the
                // problem (no capacity left): nothing to take out of any factory's weeks then
                Integer at = lot.currentFactoryId() == null ? null : factoryIndex.get(lot.currentFactoryId());
                if (at != null) {
                    holdOutside(specs.get(at), lot);
                }
                held.add(lot);
                lots.set(i, null);
            }
        }
        // A warm start at a factory the engine would not accept on its own is dropped (same value-range rule).
        for (int i = 0; i < lots.size(); i++) {
            BuiltProblem.LotInfo lot = lots.get(i);
            if (lot != null && lot.currentFactoryId() != null
                    && !holds(specs.get(factoryIndex.get(lot.currentFactoryId())), orders.get(lot.orderId()), lot)) {
                lots.set(i, new BuiltProblem.LotInfo(lot.key(), lot.orderId(), lot.existingLotId(), lot.pieces(),
                        lot.minutes(), lot.dueWeek(), false, null));
            }
        }
        MinOrderBlocks minOrders = new MinOrderBlocks(factories);
        List<LotSpec> lotSpecs = new ArrayList<>(lots.size());
        Map<String, BuiltProblem.LotInfo> byKey = new LinkedHashMap<>();
        for (BuiltProblem.LotInfo lot : lots) {
            if (lot == null) {
                continue;
            }
            lotSpecs.add(lotSpec(lot, orders.get(lot.orderId()), minOrders, factoryIndex));
            byKey.put(lot.key(), lot);
        }
        Map<String, Long> heldCost = new HashMap<>();
        for (BuiltProblem.LotInfo lot : held) {
            if (keptCost.containsKey(lot.key())) {
                heldCost.put(lot.key(), keptCost.get(lot.key()));
                byKey.put(lot.key(), lot);
                continue;
            }
            FactorySpec at = specs.get(factoryIndex.get(lot.currentFactoryId()));
            Long price = at.piecePriceFen().get(orders.get(lot.orderId()).category());
            heldCost.put(lot.key(), lot.minutes() * ((price == null ? 0 : price) + at.transportPerPieceFen()));
            byKey.put(lot.key(), lot);
        }
        AllocationProblem problem = new AllocationProblem(weeks, specs, lotSpecs, history, WEIGHTS);
        return new BuiltProblem(problem, horizonStart, firstDay, factories, byKey, orders, historyByPair, skipped,
                held, heldCost);
    }

    private void fromOrders(RoundSpec spec, LocalDate horizonStart, Map<Long, ProblemTables.OrderRow> orders,
                            Map<Long, List<ProblemTables.LotRow>> activeByOrder, Map<Long, Integer> factoryIndex,
                            List<BuiltProblem.LotInfo> lots, List<ProblemTables.LotRow> outside,
                            List<BuiltProblem.Skipped> skipped) {
        Set<Long> inScope = orders.keySet();
        activeByOrder.forEach((orderId, list) -> {
            if (!inScope.contains(orderId)) {
                outside.addAll(list);
            }
        });
        for (ProblemTables.OrderRow o : orders.values()) {
            int held = 0;
            int week = dueWeek(o.due(), horizonStart);
            for (ProblemTables.LotRow lot : activeByOrder.getOrDefault(o.id(), List.of())) {
                held += lot.quantity();
                if (!factoryIndex.containsKey(lot.factoryId())) {
                    outside.add(lot);
                    continue;
                }
                boolean release = spec.mode() == RoundSpec.Mode.AT_RISK && AtRisk.releasable(lot, spec.today());
                lots.add(new BuiltProblem.LotInfo("L" + lot.id(), o.id(), lot.id(), lot.quantity(),
                        minutes(o.sam(), lot.quantity()), Math.max(0, week), !release, lot.factoryId()));
            }
            int open = o.quantity() - held;
            if (open <= 0 || !"OPEN".equals(o.status())) {
                continue;
            }
            if (week < 0) {
                skipped.add(new BuiltProblem.Skipped(o.code(), o.due().isBefore(spec.today())
                        ? "fashion.alloc.skipped.duePassed" : "fashion.alloc.skipped.dueTooSoon"));
                continue;
            }
            List<Integer> cut = LotCutting.cut(open, o.sam().doubleValue(), o.maySplit(), o.smallestLot());
            for (int n = 0; n < cut.size(); n++) {
                lots.add(new BuiltProblem.LotInfo("O" + o.id() + "-" + (n + 1), o.id(), null, cut.get(n),
                        minutes(o.sam(), cut.get(n)), week, false, null));
            }
        }
    }

    private void fromParent(RoundSpec spec, LocalDate horizonStart, Map<Long, ProblemTables.OrderRow> orders,
                            Map<Long, List<ProblemTables.LotRow>> activeByOrder, Map<Long, Integer> factoryIndex,
                            List<BuiltProblem.LotInfo> lots, List<ProblemTables.LotRow> outside,
                            List<BuiltProblem.Skipped> skipped, Map<String, Long> keptCost) {
        Map<Long, ProblemTables.LotRow> activeById = new HashMap<>();
        activeByOrder.values().forEach(list -> list.forEach(l -> activeById.put(l.id(), l)));
        Set<Long> taken = new HashSet<>();
        Map<Long, Integer> newPieces = new HashMap<>();
        for (RoundSpec.ParentLot p : spec.parentLots()) {
            if (p.existingLotId() == null) {
                newPieces.merge(p.orderId(), p.quantity(), Integer::sum);
            }
        }
        Set<Long> changed = new TreeSet<>();
        for (RoundSpec.ParentLot p : spec.parentLots()) {
            ProblemTables.OrderRow o = orders.get(p.orderId());
            if (o == null) {
                continue;
            }
            int week = dueWeek(o.due(), horizonStart);
            Long current = p.factoryId() != null && factoryIndex.containsKey(p.factoryId()) ? p.factoryId() : null;
            boolean pinned = current != null && (p.pinned() || spec.pins().contains(p.key()));
            // a brand's re-solve moves its own lots only: another brand's lot is kept as the parent has it (its
            // factory, or unplaced, and its cost there), held outside the solve like a pinned lot
            boolean kept = spec.forBrandId() != null && o.brandId() != spec.forBrandId();
            if (p.existingLotId() != null) {
                ProblemTables.LotRow lot = activeById.get(p.existingLotId());
                if (lot == null || (!kept && !factoryIndex.containsKey(lot.factoryId()))) {
                    continue;
                }
                taken.add(lot.id());
                if (kept) {
                    keep(p, o, lot.quantity(), Math.max(0, week), lots, keptCost);
                    continue;
                }
                boolean inProduction = "IN_PRODUCTION".equals(lot.status());
                Long at = inProduction ? Long.valueOf(lot.factoryId()) : current;
                lots.add(new BuiltProblem.LotInfo(p.key(), o.id(), lot.id(), lot.quantity(),
                        minutes(o.sam(), lot.quantity()), Math.max(0, week), at != null && (pinned || inProduction),
                        at));
                continue;
            }
            int open = o.quantity() - activeByOrder.getOrDefault(o.id(), List.of()).stream()
                    .mapToInt(ProblemTables.LotRow::quantity).sum();
            if (!"OPEN".equals(o.status()) || newPieces.get(o.id()) > open || week < 0) {
                if (changed.add(o.id())) {
                    skipped.add(new BuiltProblem.Skipped(o.code(), week < 0 ? "fashion.alloc.skipped.dueTooSoon"
                            : "fashion.alloc.skipped.changed"));
                }
                continue;
            }
            if (kept) {
                keep(p, o, p.quantity(), week, lots, keptCost);
                continue;
            }
            lots.add(new BuiltProblem.LotInfo(p.key(), o.id(), null, p.quantity(), minutes(o.sam(), p.quantity()),
                    week, pinned, current));
        }
        activeByOrder.values().forEach(list -> list.forEach(l -> {
            if (!taken.contains(l.id())) {
                outside.add(l);
            }
        }));
    }

    /** A lot another brand's re-solve must not move: held where the parent version has it, at the parent's cost. */
    private static void keep(RoundSpec.ParentLot p, ProblemTables.OrderRow o, int pieces, int week,
                             List<BuiltProblem.LotInfo> lots, Map<String, Long> keptCost) {
        lots.add(new BuiltProblem.LotInfo(p.key(), o.id(), p.existingLotId(), pieces, minutes(o.sam(), pieces), week,
                true, p.factoryId()));
        keptCost.put(p.key(), p.costYuan() == null ? 0L : p.costYuan().movePointRight(4).longValueExact());
    }

    /** The week by whose end (Sunday) the lot must be finished: the last whole week before its due date. */
    static int dueWeek(LocalDate due, LocalDate horizonStart) {
        long days = ChronoUnit.DAYS.between(horizonStart, due) + 1;
        return (int) Math.floorDiv(days, 7) - 1;
    }

    static long minutes(BigDecimal sam, int pieces) {
        return (long) Math.ceil(sam.doubleValue() * pieces - 1e-9);
    }

    /** Standard minutes that lots outside the problem hold at each factory, spread over their planned weeks. */
    private static long[][] outsideLoad(List<ProblemTables.LotRow> outside, Map<Long, Integer> factoryIndex,
                                        int factories, int weeks, LocalDate horizonStart) {
        long[][] used = new long[factories][weeks];
        for (ProblemTables.LotRow lot : outside) {
            Integer i = factoryIndex.get(lot.factoryId());
            if (i == null) {
                continue;
            }
            LocalDate from = lot.plannedStart() == null ? horizonStart : lot.plannedStart();
            LocalDate to = lot.plannedFinish() == null ? lot.due() : lot.plannedFinish();
            int w0 = (int) Math.max(0, Math.floorDiv(ChronoUnit.DAYS.between(horizonStart, from), 7));
            int w1 = (int) Math.min(weeks - 1, Math.floorDiv(ChronoUnit.DAYS.between(horizonStart, to), 7));
            if (w1 < 0 || w0 > weeks - 1) {
                continue;
            }
            w0 = Math.min(w0, w1);
            long load = minutes(lot.sam(), lot.quantity());
            for (int w = w0; w <= w1; w++) {
                used[i][w] += load / (w1 - w0 + 1);
            }
        }
        return used;
    }

    static FactorySpec spec(ProblemTables.FactoryRow f, ClusterCalendar calendar, int weeks, LocalDate horizonStart,
                            LocalDate firstDay, long[] used) {
        int[] days = WorkingCalendar.workingDays(calendar, horizonStart, weeks, firstDay, f.closures());
        long[] minutes = new long[weeks];
        for (int w = 0; w < weeks; w++) {
            minutes[w] = Math.max(0, (long) Math.floor(f.capacityPerDay() * days[w]) - used[w]);
        }
        Map<String, Long> prices = new HashMap<>();
        f.pricePerMinute().forEach((category, yuan) -> prices.put(category,
                yuan.movePointRight(4).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact()));
        return new FactorySpec(BuiltProblem.factoryKey(f.id()), f.pricePerMinute().keySet(), f.processes(),
                f.quality(), minutes, 1.0, f.workers() <= SMALL_WORKSHOP, prices, TownDistances.perMinute(f.town()));
    }

    /** Whether the engine would accept the lot at this factory alone: its own hard rules, before other lots. */
    static boolean holds(FactorySpec f, ProblemTables.OrderRow o, BuiltProblem.LotInfo lot) {
        long upTo = 0;
        for (int w = 0; w <= lot.dueWeek() && w < f.weeklyMinutes().length; w++) {
            upTo += f.weeklyMinutes()[w];
        }
        return f.categories().contains(o.category()) && f.processes().containsAll(o.processes())
                && f.qualityLevel() >= o.quality() && !o.blocked().contains(factoryId(f)) && lot.minutes() <= upTo;
    }

    private static long factoryId(FactorySpec f) {
        return BuiltProblem.factoryId(f.id());
    }

    /** Takes a held lot's minutes out of the factory's weeks up to its due week, evenly. */
    private static void holdOutside(FactorySpec f, BuiltProblem.LotInfo lot) {
        int last = Math.min(lot.dueWeek(), f.weeklyMinutes().length - 1);
        long share = lot.minutes() / (last + 1);
        for (int w = 0; w <= last; w++) {
            f.weeklyMinutes()[w] = Math.max(0, f.weeklyMinutes()[w] - share);
        }
    }

    private static LotSpec lotSpec(BuiltProblem.LotInfo lot, ProblemTables.OrderRow o, MinOrderBlocks minOrders,
                                   Map<Long, Integer> factoryIndex) {
        Set<String> preferred = o.preferred().stream().filter(factoryIndex::containsKey)
                .map(BuiltProblem::factoryKey).collect(Collectors.toSet());
        Set<String> blocked = minOrders.blockedFor(o.category(), lot.pieces());
        if (lot.currentFactoryId() != null && blocked.contains(BuiltProblem.factoryKey(lot.currentFactoryId()))) {
            blocked = new HashSet<>(blocked);
            blocked.remove(BuiltProblem.factoryKey(lot.currentFactoryId()));
        }
        if (!o.blocked().isEmpty()) {
            Set<String> union = new HashSet<>(blocked);
            o.blocked().forEach(id -> union.add(BuiltProblem.factoryKey(id)));
            blocked = union;
        }
        return new LotSpec(lot.key(), "O" + o.id(), "B" + o.brandId(), o.category(), o.processes(), o.quality(),
                lot.minutes(), 1.0, lot.dueWeek(), preferred, blocked,
                lot.currentFactoryId() == null ? null : BuiltProblem.factoryKey(lot.currentFactoryId()),
                lot.pinned(), null, null);
    }

    private static AllocationWeights roundWeights(AllocationWeights w) {
        long by = io.zonebrain.fashion.AllocationVersion.UNITS_PER_YUAN / 100; // fen → hundredths of a fen
        return new AllocationWeights(w.cost(), w.balance() * by, w.splits() * by,
                w.history() * by / TYPICAL_SAM_MINUTES, w.preferred() * by / TYPICAL_SAM_MINUTES);
    }

    /**
     * Factories whose minimum order is above a lot's pieces may not take it: passed to the engine as blocked. The
     * sets are shared between lots of the same category whose size falls between the same two minimum orders, so a
     * cluster of thousands of factories needs a few hundred sets, not one per lot.
     */
    static final class MinOrderBlocks {
        private final Map<String, TreeSet<Integer>> thresholds = new HashMap<>();
        private final Map<String, List<ProblemTables.FactoryRow>> byCategory = new HashMap<>();
        private final Map<String, Set<String>> cache = new HashMap<>();

        MinOrderBlocks(List<ProblemTables.FactoryRow> factories) {
            for (ProblemTables.FactoryRow f : factories) {
                for (String c : f.pricePerMinute().keySet()) {
                    byCategory.computeIfAbsent(c, k -> new ArrayList<>()).add(f);
                    thresholds.computeIfAbsent(c, k -> new TreeSet<>()).add(f.minOrder());
                }
            }
        }

        Set<String> blockedFor(String category, int pieces) {
            TreeSet<Integer> t = thresholds.get(category);
            if (t == null) {
                return Set.of();
            }
            Integer floor = t.floor(pieces);
            String key = category + "/" + (floor == null ? -1 : floor);
            return cache.computeIfAbsent(key, k -> byCategory.get(category).stream().filter(f -> f.minOrder() > pieces)
                    .map(f -> BuiltProblem.factoryKey(f.id())).collect(Collectors.toUnmodifiableSet()));
        }
    }
}
