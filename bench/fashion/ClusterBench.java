import io.zonebrain.fashion.allocation.AllocationEngine;
import io.zonebrain.fashion.allocation.AllocationResult;
import io.zonebrain.fashion.allocation.SolveLimits;
import io.zonebrain.fashion.internal.allocating.BuiltProblem;
import io.zonebrain.fashion.internal.allocating.ProblemBuilder;
import io.zonebrain.fashion.internal.allocating.RoundSpec;
import io.zonebrain.fashion.internal.demo.DemoClusterSource;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cluster-scale allocation benchmark: the demo cluster (7,600 factories, 2,000 orders of the coming season) generated
 * in memory from the seed, built into an allocation problem by the application's ProblemBuilder, solved by the
 * application's engine on one solver thread. Prints the score over time, the time to the first plan with every lot
 * decided and to the first feasible one, the final plan, placed/unplaced, peak heap, and the cost ratio against the
 * first complete plan of the same run (the construction's plan, the baseline).
 *
 * Usage (from bench/fashion/cluster-bench.sh): ClusterBench SECONDS [SEED] [TODAY yyyy-mm-dd]
 */
public class ClusterBench {

    record Point(double seconds, long hard, long unplaced, long soft) {
    }

    public static void main(String[] args) {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 20240101L;
        LocalDate today = args.length > 2 ? LocalDate.parse(args[2]) : LocalDate.of(2026, 11, 25);
        long t0 = System.nanoTime();
        DemoClusterSource source = new DemoClusterSource(seed, today);
        long t1 = System.nanoTime();
        BuiltProblem built = new ProblemBuilder(source).build(new RoundSpec(1, source.comingSeason(), null, null, null,
                RoundSpec.Mode.ROUND, today, List.of(), Set.of()));
        long t2 = System.nanoTime();
        System.out.printf("cluster %s, seed %d, today %s: generated in %.1f s, problem built in %.1f s%n",
                source.comingSeason(), seed, today, (t1 - t0) / 1e9, (t2 - t1) / 1e9);
        System.out.printf("problem: %d factories, %d lots (%d orders, %d pinned), %d weeks, %d orders left out%n",
                built.problem().factories().size(), built.problem().lots().size(), built.orders().size(),
                built.lots().values().stream().filter(BuiltProblem.LotInfo::pinned).count(), built.weeks(),
                built.skipped().size());
        List<Point> points = new ArrayList<>();
        long solveStart = System.nanoTime();
        AllocationResult result = new AllocationEngine().solve(built.problem(),
                SolveLimits.of(Duration.ofSeconds(seconds)), (elapsed, s) -> {
                    synchronized (points) {
                        points.add(new Point(elapsed.toMillis() / 1000.0, s.hardPenalty(), s.unplacedLots(),
                                s.softPenalty()));
                    }
                });
        long solveWall = System.nanoTime() - solveStart;
        System.out.println("score over time (seconds hard unplaced cost_yuan):");
        double next = 0;
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            if (p.seconds() >= next || i == points.size() - 1 || i == 0) {
                System.out.printf("  %6.2f %6d %6d %16.2f%n", p.seconds(), p.hard(), p.unplaced(), p.soft() / 10_000.0);
                next = p.seconds() < 5 ? p.seconds() + 0.5 : p.seconds() + 5;
            }
        }
        Point first = points.isEmpty() ? null : points.get(0);
        Point firstFeasible = points.stream().filter(p -> p.hard() == 0).findFirst().orElse(null);
        long placed = result.placedLots();
        System.out.printf("first complete plan: %s s (%s unplaced, cost %.0f yuan)%n",
                first == null ? "-" : String.format("%.2f", first.seconds()), first == null ? "-" : first.unplaced(),
                first == null ? 0 : first.soft() / 10_000.0);
        System.out.printf("first feasible plan: %s s%n",
                firstFeasible == null ? "never" : String.format("%.2f", firstFeasible.seconds()));
        System.out.printf("final plan: %.2f s, hard %d, placed %d, unplaced %d, soft %.0f yuan%n",
                result.spent().toMillis() / 1000.0, result.score().hardPenalty(), placed,
                result.placements().size() - placed, result.score().softPenalty() / 10_000.0);
        // What the caller waited: from handing over the problem to holding the plan with its per-rule totals.
        System.out.printf("solve returned after %.2f s (wall clock, limit %d s)%n", solveWall / 1e9, seconds);
        // The baseline: the first plan that places as many lots as the final one (the construction's plan; earlier
        // points are partial plans with only the pinned lots placed).
        long finalUnplaced = result.placements().size() - placed;
        Point baseline = points.stream().filter(p -> p.hard() == 0 && p.unplaced() <= finalUnplaced).findFirst()
                .orElse(null);
        if (baseline != null && baseline.soft() > 0) {
            System.out.printf("first plan placing as many lots as the final (baseline): %.2f s, cost %.0f yuan%n",
                    baseline.seconds(), baseline.soft() / 10_000.0);
            System.out.printf("ratio final/baseline soft score: %.4f (same run)%n",
                    (double) result.score().softPenalty() / baseline.soft());
        }
        StringBuilder unplaced = new StringBuilder();
        result.placements().stream().filter(p -> !p.placed()).limit(20).forEach(p -> {
            var lot = built.lots().get(p.lotId());
            var o = built.orders().get(lot.orderId());
            unplaced.append(String.format("%n  %s (%s, %d processes, quality %d, %d pieces, due week %d)", p.lotId(),
                    o.category(), o.processes().size(), o.quality(), lot.pieces(), lot.dueWeek()));
        });
        System.out.println("unplaced lots (at most 20):" + unplaced);
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        long gcMs = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            gcMs += gc.getCollectionTime();
        }
        System.out.printf("memory: peak heap %.0f MB (sum of heap pools' peaks), max heap %.0f MB, GC time %.1f s%n",
                peak / 1e6, Runtime.getRuntime().maxMemory() / 1e6, gcMs / 1000.0);
        System.out.printf("machine: %d processors, load average %.1f%n",
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
