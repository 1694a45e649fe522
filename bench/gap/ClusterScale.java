import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import io.zonebrain.fashion.allocation.AllocationEngine;
import io.zonebrain.fashion.allocation.AllocationProblem;
import io.zonebrain.fashion.allocation.AllocationResult;
import io.zonebrain.fashion.allocation.AllocationWeights;
import io.zonebrain.fashion.allocation.DeliveryRecord;
import io.zonebrain.fashion.allocation.FactorySpec;
import io.zonebrain.fashion.allocation.LotSpec;
import io.zonebrain.fashion.allocation.SolveLimits;

/**
 * The allocation engine at cluster scale on generated data shaped like the demo: 7,600 garment factories (5–60
 * workers, 1–3 categories, processes, quality 1–5, a 26-week horizon with the Spring Festival closure and some
 * factories' own closures, the share of their capacity offered to the platform), 300 brands, 2,000 orders split into
 * lots where the brand allows, delivery history. Prints when the first feasible plan and the final plan arrived, the
 * plan's figures and the heap used at most (sampled every 50 ms).
 *
 * Usage: ClusterScale [factories] [orders] [seconds] [seed]
 */
public class ClusterScale {

    static final String[] CATEGORIES = {"down", "knitwear", "shirts", "dresses", "denim", "outerwear", "home"};
    static final String[] EXTRA_PROCESSES = {"embroidery", "printing", "washing"};

    public static void main(String[] args) {
        int factoryCount = args.length > 0 ? Integer.parseInt(args[0]) : 7600;
        int orderCount = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 5;
        Random random = new Random(seed);
        int weeks = 26;

        List<FactorySpec> factories = new ArrayList<>(factoryCount);
        for (int f = 0; f < factoryCount; f++) {
            int workers = 5 + (int) Math.min(55, Math.round(Math.abs(random.nextGaussian()) * 18));
            double efficiency = 0.6 + 0.4 * random.nextDouble();
            // A workshop offers the platform part of its time, the rest going to its own clients; the share is set
            // so that the season's orders need about 60% of what is offered, which makes capacity matter.
            double offered = 0.08 + 0.08 * random.nextDouble();
            long perWeek = Math.round(workers * 480 * 5.5 * efficiency * offered);
            long[] weekly = new long[weeks];
            int ownClosure = random.nextInt(10) == 0 ? random.nextInt(weeks) : -1;
            for (int w = 0; w < weeks; w++) {
                boolean festival = w == 6 || w == 7; // Spring Festival: the whole cluster closes
                weekly[w] = festival || w == ownClosure ? 0 : perWeek;
            }
            Set<String> categories = new LinkedHashSet<>();
            int count = 1 + random.nextInt(3);
            while (categories.size() < count) {
                categories.add(CATEGORIES[random.nextInt(CATEGORIES.length)]);
            }
            Set<String> processes = new HashSet<>(Set.of("cutting", "sewing"));
            if (random.nextDouble() < 0.8) {
                processes.add("finishing");
            }
            for (String extra : EXTRA_PROCESSES) {
                if (random.nextDouble() < (extra.equals("washing") && categories.contains("denim") ? 0.7 : 0.2)) {
                    processes.add(extra);
                }
            }
            Map<String, Long> prices = new HashMap<>();
            for (String c : categories) {
                prices.put(c, (long) (800 + random.nextInt(5200)));
            }
            factories.add(new FactorySpec("F" + f, categories, processes, 1 + random.nextInt(5), weekly, efficiency,
                    workers <= 20, prices, 20 + random.nextInt(180)));
        }

        List<LotSpec> lots = new ArrayList<>();
        List<DeliveryRecord> history = new ArrayList<>();
        for (int b = 0; b < 300; b++) {
            for (int k = 0; k < 8; k++) {
                history.add(new DeliveryRecord("B" + b, "F" + random.nextInt(factoryCount), 1 + random.nextInt(5)));
            }
        }
        for (int o = 0; o < orderCount; o++) {
            String brand = "B" + random.nextInt(300);
            String category = CATEGORIES[random.nextInt(CATEGORIES.length)];
            Set<String> processes = new HashSet<>(Set.of("cutting", "sewing"));
            if (random.nextDouble() < 0.3) {
                processes.add(EXTRA_PROCESSES[random.nextInt(2)]);
            }
            if (category.equals("denim") && random.nextDouble() < 0.6) {
                processes.add("washing");
            }
            long quantity = 500 + random.nextInt(11_500);
            double sam = 8 + random.nextInt(38);
            int due = 4 + random.nextInt(weeks - 4);
            int quality = 1 + random.nextInt(4);
            Set<String> preferred = random.nextDouble() < 0.2 ? Set.of("F" + random.nextInt(factoryCount)) : Set.of();
            Set<String> blocked = random.nextDouble() < 0.1 ? Set.of("F" + random.nextInt(factoryCount)) : Set.of();
            boolean splittable = random.nextDouble() < 0.6;
            // A brand that allows splitting sets a smallest lot; the order arrives pre-cut into lots of about 1,000.
            int parts = splittable ? (int) Math.max(1, Math.min(8, quantity / 1000)) : 1;
            for (int p = 0; p < parts; p++) {
                long lotQuantity = quantity / parts + (p < quantity % parts ? 1 : 0);
                lots.add(new LotSpec("O" + o + "-" + (p + 1), "O" + o, brand, category, processes, quality,
                        lotQuantity, sam, due, preferred, blocked, null, false, null, null));
            }
        }
        long demand = 0;
        for (LotSpec lot : lots) {
            demand += (long) (lot.samMinutes() * lot.quantity());
        }
        long supply = 0;
        for (FactorySpec f : factories) {
            for (long m : f.weeklyMinutes()) {
                supply += m;
            }
        }
        System.out.printf(Locale.ROOT, "# %d factories, %d orders in %d lots, %d weeks; demand %.1f M standard minutes,"
                + " offered capacity %.1f M (%.0f%%)%n", factoryCount, orderCount, lots.size(), weeks, demand / 1e6,
                supply / 1e6, 100.0 * demand / supply);

        AtomicLong maxHeap = new AtomicLong();
        Thread sampler = new Thread(() -> {
            var memory = ManagementFactory.getMemoryMXBean();
            while (!Thread.currentThread().isInterrupted()) {
                maxHeap.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();

        long[] firstFeasible = {-1};
        List<String> curve = new ArrayList<>();
        AllocationProblem problem = new AllocationProblem(weeks, factories, lots, history, AllocationWeights.defaults());
        long start = System.nanoTime();
        AllocationResult result = new AllocationEngine().solve(problem, SolveLimits.of(Duration.ofSeconds(seconds)),
                (elapsed, score) -> {
                    if (firstFeasible[0] < 0 && score.feasible()) {
                        firstFeasible[0] = elapsed.toMillis();
                    }
                    curve.add(String.format(Locale.ROOT, "%.1fs %s", elapsed.toMillis() / 1000.0, score));
                });
        double total = (System.nanoTime() - start) / 1e9;
        sampler.interrupt();
        System.out.println("# best score over time (first, then every 10th, last):");
        for (int i = 0; i < curve.size(); i++) {
            if (i == 0 || i % 10 == 0 || i == curve.size() - 1) {
                System.out.println("#   " + curve.get(i));
            }
        }
        long placed = result.placedLots();
        System.out.printf(Locale.ROOT, "first_feasible_seconds=%.1f final_seconds=%.1f lots=%d placed=%d unplaced=%d"
                + " score=%s max_heap_mb=%d%n", firstFeasible[0] / 1000.0, total, lots.size(), placed,
                lots.size() - placed, result.score(), maxHeap.get() / (1024 * 1024));
        // Why lots stayed unplaced (the rules that block them, for up to 20 of them), and what an explanation costs at this scale.
        Map<String, Integer> reasons = new java.util.TreeMap<>();
        long explainStart = System.nanoTime();
        int explained = 0;
        for (var placement : result.placements()) {
            if (placement.placed() || explained == 20) {
                continue;
            }
            var explanation = new AllocationEngine().explain(problem, result, placement.lotId());
            explanation.blockers().stream().map(b -> b.kind().name()).distinct()
                    .forEach(kind -> reasons.merge(kind, 1, Integer::sum));
            explained++;
        }
        if (explained > 0) {
            System.out.printf(Locale.ROOT, "# unplaced lots by the rules blocking them (%d explained, %.0f ms each): %s%n",
                    explained, (System.nanoTime() - explainStart) / 1e6 / explained, reasons);
        }
        result.ruleTotals().forEach(t -> System.out.printf(Locale.ROOT, "#   %-40s %-6s matches=%d penalty=%d%n",
                t.rule(), t.level(), t.matches(), t.penalty()));
    }
}
