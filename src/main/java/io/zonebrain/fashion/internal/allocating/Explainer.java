package io.zonebrain.fashion.internal.allocating;

import io.zonebrain.fashion.AllocationVersionLot;
import io.zonebrain.fashion.LotExplanation;
import io.zonebrain.fashion.LotExplanation.Sentence;
import io.zonebrain.fashion.allocation.FactorySpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Explains a lot of a version by checking every factory of the problem against each hard rule, in the order an
 * official would ask: does anyone make the category, run every process, reach the quality, accept the lot (not
 * blocked, minimum order), and have room before the due date given what the plan already put there (the engine's
 * capacity rule: the work due by the end of week W at a factory fits in its minutes up to week W). For a placed lot:
 * its cost against the cheapest other factory that could take it, the history bonus and the brand's preference.
 */
public final class Explainer {

    private Explainer() {
    }

    /**
     * @param used standard minutes the plan puts at each factory (problem index) with due week ≤ w, per week w
     */
    public static LotExplanation explain(BuiltProblem built, AllocationVersionLot row, BuiltProblem.LotInfo lot,
                                         long[][] used) {
        ProblemTables.OrderRow o = built.orders().get(row.orderId());
        List<FactorySpec> specs = built.problem().factories();
        List<ProblemTables.FactoryRow> rows = built.factories();
        List<Sentence> out = new ArrayList<>();
        if (o == null || lot == null) {
            out.add(s("fashion.alloc.why.gone"));
            return new LotExplanation(row.lotKey(), row.placed(), out);
        }
        int makes = 0;
        int processes = 0;
        int quality = 0;
        int accepts = 0;
        int roomy = 0;
        int firstFull = Integer.MAX_VALUE;
        int lastFull = -1;
        Map<String, Integer> missing = new java.util.TreeMap<>();
        int best = -1;
        long bestCost = Long.MAX_VALUE;
        for (int i = 0; i < specs.size(); i++) {
            FactorySpec f = specs.get(i);
            ProblemTables.FactoryRow fr = rows.get(i);
            if (!f.categories().contains(o.category())) {
                continue;
            }
            makes++;
            List<String> lacks = o.processes().stream().filter(p -> !f.processes().contains(p)).sorted().toList();
            if (!lacks.isEmpty()) {
                lacks.forEach(p -> missing.merge(p, 1, Integer::sum));
                continue;
            }
            processes++;
            if (f.qualityLevel() < o.quality()) {
                continue;
            }
            quality++;
            if (o.blocked().contains(fr.id()) || fr.minOrder() > lot.pieces()) {
                continue;
            }
            accepts++;
            boolean here = row.factoryId() != null && row.factoryId() == fr.id();
            int full = fullWeek(f, used[i], lot, here);
            if (full >= 0) {
                firstFull = Math.min(firstFull, lot.dueWeek());
                lastFull = Math.max(lastFull, full);
                continue;
            }
            roomy++;
            if (!here) {
                long cost = cost(f, o.category(), lot.minutes());
                if (cost < bestCost) {
                    bestCost = cost;
                    best = i;
                }
            }
        }
        if (row.placed()) {
            out.add(s("fashion.alloc.why.placed", row.factoryCode(), row.costYuan()));
            if (lot.pinned()) {
                out.add(s("fashion.alloc.why.pinned"));
            }
            if (best >= 0) {
                java.math.BigDecimal other = VersionRows.yuan(bestCost);
                out.add(s("fashion.alloc.why.nextBest", rows.get(best).code(), other, other.subtract(row.costYuan())));
            } else {
                out.add(s("fashion.alloc.why.onlyOne"));
            }
            Long good = built.historyByPair().get(BuiltProblem.pair(o.brandId(), row.factoryId()));
            if (good != null) {
                out.add(s("fashion.alloc.why.history", good));
            }
            if (o.preferred().contains(row.factoryId())) {
                out.add(s("fashion.alloc.why.preferred"));
            }
            return new LotExplanation(row.lotKey(), true, out);
        }
        if (makes == 0) {
            out.add(s("fashion.alloc.why.noCategory", o.category()));
        } else if (processes == 0) {
            String process = missing.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                    .orElse("");
            out.add(s("fashion.alloc.why.noProcess", makes, process));
        } else if (quality == 0) {
            out.add(s("fashion.alloc.why.quality", processes, o.quality()));
        } else if (accepts == 0) {
            out.add(s("fashion.alloc.why.blocked", quality, lot.pieces()));
        } else if (roomy == 0) {
            out.add(s("fashion.alloc.why.full", accepts, built.horizonStart().plusDays(7L * firstFull),
                    built.weekEnd(lastFull)));
        } else {
            out.add(s("fashion.alloc.why.roomLeft", roomy, best >= 0 ? rows.get(best).code() : ""));
        }
        return new LotExplanation(row.lotKey(), false, out);
    }

    /** The first week from the lot's due week on in which it would not fit at this factory, or -1 when it fits. */
    static int fullWeek(FactorySpec f, long[] usedUpTo, BuiltProblem.LotInfo lot, boolean alreadyThere) {
        long cumulative = 0;
        long extra = alreadyThere ? 0 : lot.minutes();
        for (int w = 0; w < f.weeklyMinutes().length; w++) {
            cumulative += f.weeklyMinutes()[w];
            if (w >= lot.dueWeek() && usedUpTo[w] + extra > cumulative) {
                return w;
            }
        }
        return -1;
    }

    static long cost(FactorySpec f, String category, long minutes) {
        Long price = f.piecePriceFen().get(category);
        return minutes * ((price == null ? 0 : price) + f.transportPerPieceFen());
    }

    private static Sentence s(String key, Object... args) {
        return new Sentence(key, List.of(args));
    }
}
