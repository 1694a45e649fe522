package io.zonebrain.fashion.internal.demo;

import io.zonebrain.fashion.ClusterCalendar;
import io.zonebrain.fashion.Season;
import io.zonebrain.fashion.internal.allocating.ProblemSource;
import io.zonebrain.fashion.internal.allocating.ProblemTables;
import io.zonebrain.fashion.internal.calendar.BuiltInHolidays;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The demo cluster as the allocation problem builder reads it, generated in memory from the seed without a database:
 * the cluster-scale benchmark ({@code bench/fashion/cluster-bench.sh}) builds the demo-size problem from it. Ids are
 * list positions + 1 (the database would assign its own; nothing here depends on them). The registry firms are left
 * out (the demo links ~a hundred larger factories to them; their sizes are drawn the same way without the link).
 */
public final class DemoClusterSource implements ProblemSource {

    private final DemoCluster cluster;
    private final String coming;

    public DemoClusterSource(long seed, LocalDate today) {
        this.cluster = new DemoClusterGenerator(seed, today).generate(List.of());
        this.coming = Season.coming(today).code();
    }

    /** The season the demo's open orders are for. */
    public String comingSeason() {
        return coming;
    }

    @Override
    public List<ProblemTables.FactoryRow> factories(long zoneId, String town) {
        List<ProblemTables.FactoryRow> out = new ArrayList<>();
        for (int i = 0; i < cluster.factories().size(); i++) {
            DemoCluster.DemoFactory f = cluster.factories().get(i);
            double capacity = Math.round(f.capacity() * 10) / 10.0;
            if (capacity <= 0 || town != null && !town.equals(f.town())) {
                continue;
            }
            List<LocalDate[]> closures = f.closures().stream().map(c -> new LocalDate[] {c.from(), c.to()}).toList();
            out.add(new ProblemTables.FactoryRow(i + 1, f.code(), f.name(), f.town(), f.workers(), capacity,
                    f.quality(), f.minOrder(), Map.copyOf(f.prices()), Set.copyOf(f.processes()), closures));
        }
        return out;
    }

    @Override
    public List<ProblemTables.OrderRow> orders(long zoneId, String season, String category, Long brandId) {
        List<ProblemTables.OrderRow> out = new ArrayList<>();
        for (int i = 0; i < cluster.orders().size(); i++) {
            DemoCluster.DemoOrder o = cluster.orders().get(i);
            if (!o.season().equals(season) || !Set.of("OPEN", "PLACED", "IN_PRODUCTION").contains(o.status())
                    || category != null && !category.equals(o.category())
                    || brandId != null && brandId != o.brand() + 1) {
                continue;
            }
            out.add(new ProblemTables.OrderRow(i + 1, o.code(), o.brand() + 1, o.category(), o.sam(), o.quantity(),
                    o.due(), o.quality(), o.maySplit(), o.smallestLot(), o.status(), Set.copyOf(o.processes()),
                    ids(o.preferred()), ids(o.blocked())));
        }
        return out;
    }

    @Override
    public List<ProblemTables.LotRow> activeLots(long zoneId, String season) {
        List<ProblemTables.LotRow> out = new ArrayList<>();
        for (int i = 0; i < cluster.lots().size(); i++) {
            DemoCluster.DemoLot l = cluster.lots().get(i);
            DemoCluster.DemoOrder o = cluster.orders().get(l.order());
            if (!o.season().equals(season) || !Set.of("PROPOSED", "CONFIRMED", "IN_PRODUCTION").contains(l.status())) {
                continue;
            }
            Set<String> steps = new HashSet<>();
            l.milestones().forEach(m -> steps.add(m.step()));
            out.add(new ProblemTables.LotRow(i + 1, l.order() + 1, l.factory() + 1, l.quantity(), o.sam(),
                    l.status(), l.plannedStart(), l.plannedFinish(), o.due(), steps));
        }
        return out;
    }

    @Override
    public List<ProblemTables.HistoryRow> history(long zoneId, LocalDate seasonStart) {
        Map<String, int[]> good = new HashMap<>();
        for (DemoCluster.DemoLot l : cluster.lots()) {
            DemoCluster.DemoOrder o = cluster.orders().get(l.order());
            if ("SHIPPED".equals(l.status()) && !l.shippedOn().isAfter(o.due()) && o.due().isBefore(seasonStart)
                    && (l.score() == null || l.score() >= 4)) {
                good.computeIfAbsent((o.brand() + 1) + "/" + (l.factory() + 1), k -> new int[1])[0]++;
            }
        }
        List<ProblemTables.HistoryRow> out = new ArrayList<>();
        good.forEach((k, n) -> {
            String[] p = k.split("/");
            out.add(new ProblemTables.HistoryRow(Long.parseLong(p[0]), Long.parseLong(p[1]), n[0]));
        });
        return out;
    }

    /** No database, so no operator's calendar: the built-in holidays (what the benchmark always counted). */
    @Override
    public ClusterCalendar calendar(long zoneId, LocalDate from, LocalDate to) {
        return BuiltInHolidays.calendar(from, to);
    }

    private static Set<Long> ids(List<Integer> indexes) {
        Set<Long> out = new HashSet<>();
        if (indexes != null) {
            indexes.forEach(i -> out.add(i + 1L));
        }
        return out;
    }

}
