import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.zonebrain.fashion.allocation.AllocationEngine;
import io.zonebrain.fashion.allocation.AllocationResult;
import io.zonebrain.fashion.allocation.ProgressListener;
import io.zonebrain.fashion.allocation.SolveLimits;
import io.zonebrain.fashion.allocation.SolverSetup;
import io.zonebrain.fashion.allocation.gap.BestKnownValues;
import io.zonebrain.fashion.allocation.gap.GapAdapter;
import io.zonebrain.fashion.allocation.gap.GapInstance;
import io.zonebrain.fashion.allocation.gap.GapReader;
import io.zonebrain.fashion.allocation.gap.GreedyBaseline;
import io.zonebrain.fashion.allocation.gap.Sense;

/**
 * Solves generalized assignment benchmarks with the allocation engine, one problem at a time on one solver thread,
 * and prints one line per problem: name sense value best_known gap_percent seconds feasible [greedy_value greedy_gap].
 * Feasibility is checked here against the file's matrices, not taken from the solver's score.
 *
 * Usage: GapRun FILE_OR_DIR SECONDS [--with-greedy] [--sense set|min|max|both] [--best-known CSV] [--seed N]
 *        [--timefold-defaults]
 * --sense set (default) solves each problem in its set's published sense: max for gap1–gap12, min otherwise.
 */
public class GapRun {

    private static final Pattern OR_LIBRARY_NUMBERED = Pattern.compile("gap\\d+\\.txt");

    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: run.sh FILE_OR_DIR SECONDS [--with-greedy] [--sense set|min|max|both]"
                    + " [--best-known CSV] [--seed N] [--timefold-defaults]");
            System.exit(2);
        }
        Path target = Path.of(args[0]);
        double seconds = Double.parseDouble(args[1]);
        boolean withGreedy = false;
        String senseMode = "set";
        Path bestKnownCsv = null;
        long seed = 0;
        SolverSetup.Strategy strategy = SolverSetup.Strategy.ENGINE;
        for (int a = 2; a < args.length; a++) {
            switch (args[a]) {
                case "--with-greedy" -> withGreedy = true;
                case "--sense" -> senseMode = args[++a];
                case "--best-known" -> bestKnownCsv = Path.of(args[++a]);
                case "--seed" -> seed = Long.parseLong(args[++a]);
                case "--timefold-defaults" -> strategy = SolverSetup.Strategy.TIMEFOLD_DEFAULTS;
                default -> {
                    System.err.println("unknown option " + args[a]);
                    System.exit(2);
                }
            }
        }
        BestKnownValues bestKnown = loadBestKnown(target, bestKnownCsv);
        List<Path> files = files(target);
        AllocationEngine engine = new AllocationEngine(strategy);
        SolveLimits limits = new SolveLimits(Duration.ofMillis((long) (seconds * 1000)), null, seed);

        warmUp(engine, seed);
        System.out.println("# engine=" + strategy + " limit=" + seconds + "s seed=" + seed + " files=" + files.size()
                + " cores=" + Runtime.getRuntime().availableProcessors());
        System.out.println("name sense value best_known gap_percent seconds feasible"
                + (withGreedy ? " greedy_value greedy_gap_percent greedy_feasible" : ""));
        Summary summary = new Summary();
        Summary greedySummary = new Summary();
        Set<String> seen = new HashSet<>();
        long runStart = System.nanoTime();
        for (Path file : files) {
            List<GapInstance> instances = GapReader.read(file);
            for (GapInstance gap : instances) {
                if (!seen.add(gap.name())) {
                    System.out.println("# " + gap.name() + " from " + file.getFileName() + " #" + gap.indexInFile()
                            + ": same problem as read before, skipped");
                    continue;
                }
                for (Sense sense : senses(senseMode, file)) {
                    long start = System.nanoTime();
                    AllocationResult result = engine.solve(GapAdapter.toProblem(gap, sense), limits,
                            ProgressListener.NONE);
                    double spent = (System.nanoTime() - start) / 1e9;
                    GapAdapter.Evaluation evaluation = GapAdapter.evaluate(gap, GapAdapter.assignment(gap, result));
                    Optional<BestKnownValues.Entry> known = bestKnown.find(gap.name(), sense);
                    Double gapPercent = known.map(k -> gapPercent(evaluation.value(), k.bestKnown(), sense)).orElse(null);
                    summary.add(evaluation.feasible(), gapPercent);
                    StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%s %s %d %s %s %.1f %s",
                            gap.name(), sense.label(), evaluation.value(),
                            known.map(k -> Long.toString(k.bestKnown())).orElse("-"), format(gapPercent), spent,
                            evaluation.feasible() ? "yes" : "NO"));
                    if (withGreedy) {
                        GapAdapter.Evaluation greedy = GapAdapter.evaluate(gap, GreedyBaseline.solve(gap, sense));
                        Double greedyGap = greedy.feasible()
                                ? known.map(k -> gapPercent(greedy.value(), k.bestKnown(), sense)).orElse(null) : null;
                        greedySummary.add(greedy.feasible(), greedyGap);
                        line.append(String.format(Locale.ROOT, " %d %s %s", greedy.value(), format(greedyGap),
                                greedy.feasible() ? "yes" : "NO"));
                    }
                    System.out.println(line);
                }
            }
        }
        double total = (System.nanoTime() - runStart) / 1e9;
        System.out.println(summary.line("summary", total));
        if (withGreedy) {
            System.out.println(greedySummary.line("greedy", Double.NaN));
        }
    }

    /**
     * Solves a generated problem for two seconds first, so that class loading and the JIT compiler's first work
     * (several seconds on a cold JVM) do not fall on the first problem of the table.
     */
    static void warmUp(AllocationEngine engine, long seed) {
        java.util.Random random = new java.util.Random(seed);
        int m = 10;
        int n = 200;
        int[][] cost = new int[m][n];
        int[][] resource = new int[m][n];
        int[] capacity = new int[m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                resource[i][j] = 1 + random.nextInt(100);
                cost[i][j] = 111 - resource[i][j] + random.nextInt(21) - 10;
                capacity[i] += resource[i][j];
            }
            capacity[i] = capacity[i] * 8 / 10 / m;
        }
        GapInstance gap = new GapInstance("warm-up", "generated", 1, m, n, cost, resource, capacity);
        engine.solve(GapAdapter.toProblem(gap, Sense.MIN), SolveLimits.of(Duration.ofSeconds(2)), ProgressListener.NONE);
        System.out.println("# warm-up: 2 s on a generated 10x200 problem (not in the table)");
    }

    /** How far a value is from the best known, in percent of the best known; positive = worse, in either sense. */
    static double gapPercent(long value, long best, Sense sense) {
        double diff = sense == Sense.MIN ? value - best : best - value;
        return 100.0 * diff / best;
    }

    static String format(Double percent) {
        return percent == null ? "-" : String.format(Locale.ROOT, "%.2f", percent);
    }

    static List<Sense> senses(String mode, Path file) {
        return switch (mode) {
            case "min" -> List.of(Sense.MIN);
            case "max" -> List.of(Sense.MAX);
            case "both" -> List.of(Sense.MIN, Sense.MAX);
            case "set" -> List.of(OR_LIBRARY_NUMBERED.matcher(file.getFileName().toString()).matches()
                    ? Sense.MAX : Sense.MIN);
            default -> throw new IllegalArgumentException("--sense must be set, min, max or both");
        };
    }

    static BestKnownValues loadBestKnown(Path target, Path explicit) {
        if (explicit != null) {
            return BestKnownValues.read(explicit);
        }
        Path dir = Files.isDirectory(target) ? target : target.toAbsolutePath().getParent();
        for (Path d = dir.toAbsolutePath(); d != null; d = d.getParent()) {
            Path csv = d.resolve("best_known_values.csv");
            if (Files.exists(csv)) {
                return BestKnownValues.read(csv);
            }
        }
        System.out.println("# no best_known_values.csv found next to " + target + "; gaps not computed");
        return BestKnownValues.none();
    }

    /** The problem files under a folder, OR-Library files first (gap1 … gap12, gapa … gapd), then the rest. */
    static List<Path> files(Path target) {
        if (!Files.isDirectory(target)) {
            return List.of(target);
        }
        try (Stream<Path> walk = Files.walk(target)) {
            List<Path> files = new ArrayList<>(walk.filter(Files::isRegularFile)
                    .filter(p -> {
                        String name = p.getFileName().toString();
                        return !name.endsWith(".md") && !name.endsWith(".csv") && !name.startsWith("SHA256")
                                && !name.startsWith(".");
                    })
                    .toList());
            files.sort(Comparator.comparing((Path p) -> p.getParent().equals(target) ? 0 : 1)
                    .thenComparing(GapRun::naturalKey));
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String naturalKey(Path p) {
        Matcher m = Pattern.compile("(\\D*)(\\d+)(.*)").matcher(p.getFileName().toString());
        if (m.matches() && m.group(1).equals("gap")) {
            return String.format("%s%06d%s", m.group(1), Integer.parseInt(m.group(2)), m.group(3));
        }
        return p.getFileName().toString();
    }

    static final class Summary {
        int count;
        int feasible;
        int withGap;
        int atBest;
        double sumGap;
        double maxGap = Double.NEGATIVE_INFINITY;

        void add(boolean isFeasible, Double gap) {
            count++;
            if (isFeasible) {
                feasible++;
                if (gap != null) {
                    withGap++;
                    sumGap += gap;
                    maxGap = Math.max(maxGap, gap);
                    if (gap <= 1e-9) {
                        atBest++;
                    }
                }
            }
        }

        String line(String label, double seconds) {
            return String.format(Locale.ROOT,
                    "%s problems=%d feasible=%d mean_gap_percent=%s max_gap_percent=%s at_best_known=%d%s", label,
                    count, feasible, withGap == 0 ? "-" : String.format(Locale.ROOT, "%.3f", sumGap / withGap),
                    withGap == 0 ? "-" : String.format(Locale.ROOT, "%.2f", maxGap), atBest,
                    Double.isNaN(seconds) ? "" : String.format(Locale.ROOT, " total_seconds=%.0f", seconds));
        }
    }
}
