package io.zonebrain.fashion.allocation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.RecommendedAssignment;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;

import io.zonebrain.fashion.allocation.LotExplanation.Alternative;
import io.zonebrain.fashion.allocation.LotExplanation.Blocker;
import io.zonebrain.fashion.allocation.LotExplanation.Kind;
import io.zonebrain.fashion.allocation.constraints.AllocationConstraints;
import io.zonebrain.fashion.allocation.model.Allocation;
import io.zonebrain.fashion.allocation.model.Factory;
import io.zonebrain.fashion.allocation.model.FactoryDeadline;
import io.zonebrain.fashion.allocation.model.Lot;

/**
 * Explains one lot of a plan. Alternatives come from Timefold's assignment recommendation (the lot is taken out and
 * every factory in its range is scored with the same rules that made the plan); blockers of an unplaced lot from a
 * direct check of each rule, factory by factory, against the plan's load up to each due week.
 */
final class PlacementExplainer {

    private static final int MAX_ALTERNATIVES = 5;
    private static volatile SolutionManager<Allocation, HardMediumSoftLongScore> manager;

    private PlacementExplainer() {
    }

    static LotExplanation explain(AllocationProblem problem, AllocationResult result, String lotId) {
        Map<String, String> placed = new HashMap<>();
        result.placements().forEach(p -> placed.put(p.lotId(), p.factoryId()));
        List<LotSpec> lots = new ArrayList<>(problem.lots().size());
        LotSpec target = null;
        for (LotSpec spec : problem.lots()) {
            LotSpec asPlaced = new LotSpec(spec.id(), spec.orderId(), spec.brandId(), spec.category(), spec.processes(),
                    spec.qualityLevel(), spec.quantity(), spec.samMinutes(), spec.dueWeek(),
                    spec.preferredFactoryIds(), spec.blockedFactoryIds(), placed.get(spec.id()),
                    spec.pinned() && placed.get(spec.id()) != null, spec.loadTable(), spec.costTable());
            lots.add(asPlaced);
            if (spec.id().equals(lotId)) {
                target = asPlaced;
            }
        }
        if (target == null) {
            throw new IllegalArgumentException("no lot " + lotId + " in the problem");
        }
        Allocation plan = ModelBuilder.build(new AllocationProblem(problem.weeks(), problem.factories(), lots,
                problem.history(), problem.weights()));
        Lot lot = plan.getLots().stream().filter(l -> l.getId().equals(lotId)).findFirst().orElseThrow();
        Factory current = lot.getFactory();
        boolean pinned = lot.isPinned();
        List<Blocker> blockers = current == null ? blockers(plan, lot) : List.of();
        List<Alternative> alternatives = alternatives(plan, lot, current);
        return new LotExplanation(lotId, current == null ? null : current.id(), pinned, alternatives, blockers);
    }

    /** Every factory in the lot's range, scored by the rules with the lot moved there, against where it is now. */
    private static List<Alternative> alternatives(Allocation plan, Lot lot, Factory current) {
        lot.setPinned(false);
        lot.setFactory(null);
        List<RecommendedAssignment<Factory, HardMediumSoftLongScore>> recommendations =
                manager().recommendAssignment(plan, lot, Lot::getFactory);
        ScoreAnalysis<HardMediumSoftLongScore> base = null;
        for (var r : recommendations) {
            if (r.proposition() != null && r.proposition().equals(current)) {
                base = r.scoreAnalysisDiff();
            }
        }
        List<Alternative> alternatives = new ArrayList<>();
        for (var r : recommendations) {
            if (r.proposition() == null || r.proposition().equals(current)) {
                continue;
            }
            ScoreAnalysis<HardMediumSoftLongScore> diff = base == null ? r.scoreAnalysisDiff()
                    : r.scoreAnalysisDiff().diff(base);
            HardMediumSoftLongScore score = diff.score();
            // Against an unplaced lot the diff includes the one unplaced lot fewer: -1.
            long unplaced = -score.mediumScore();
            Map<String, Long> rules = new LinkedHashMap<>();
            for (var constraint : diff.constraintAnalyses()) {
                HardMediumSoftLongScore s = constraint.score();
                long value = s.hardScore() != 0 ? s.hardScore() : s.mediumScore() != 0 ? s.mediumScore() : s.softScore();
                if (value != 0) {
                    rules.put(constraint.constraintName(), -value);
                }
            }
            alternatives.add(new Alternative(r.proposition().id(), -score.hardScore(), unplaced, -score.softScore(),
                    rules));
            if (alternatives.size() == MAX_ALTERNATIVES) {
                break;
            }
        }
        lot.setFactory(current);
        return alternatives;
    }

    /** For an unplaced lot: which rule rules out which factories, capacity shortfalls with their week. */
    private static List<Blocker> blockers(Allocation plan, Lot lot) {
        List<Factory> factories = plan.getFactories();
        Map<Factory, TreeMap<Integer, Long>> loadByDue = loadByFactoryAndDueWeek(plan);
        List<Factory> makers = factories.stream().filter(f -> f.makes(lot.getCategory())).toList();
        List<Blocker> blockers = new ArrayList<>();
        if (makers.isEmpty()) {
            blockers.add(new Blocker(Kind.NO_CATEGORY, factories.size(), null, null, null, lot.getCategory()));
            return blockers;
        }
        Map<String, List<Factory>> missing = new TreeMap<>();
        List<Factory> lowQuality = new ArrayList<>();
        List<Factory> blocked = new ArrayList<>();
        List<Factory> tooLarge = new ArrayList<>();
        List<Blocker> capacity = new ArrayList<>();
        for (Factory f : makers) {
            if (!f.runsAll(lot.getProcesses())) {
                for (String process : f.missingProcesses(lot.getProcesses())) {
                    missing.computeIfAbsent(process, p -> new ArrayList<>()).add(f);
                }
            } else if (f.qualityLevel() < lot.getQualityLevel()) {
                lowQuality.add(f);
            } else if (lot.isBlockedAt(f)) {
                blocked.add(f);
            } else if (lot.loadOn(f) > f.minutesUpTo(lot.getDueWeek())) {
                tooLarge.add(f);
            } else {
                capacity.add(capacityBlocker(f, lot, loadByDue.getOrDefault(f, new TreeMap<>()), plan));
            }
        }
        missing.forEach((process, fs) -> blockers.add(new Blocker(Kind.MISSING_PROCESS, fs.size(), fs.get(0).id(),
                null, null, process)));
        if (!lowQuality.isEmpty()) {
            int best = lowQuality.stream().mapToInt(Factory::qualityLevel).max().orElse(0);
            blockers.add(new Blocker(Kind.QUALITY, lowQuality.size(), lowQuality.get(0).id(), null, null,
                    best + "/" + lot.getQualityLevel()));
        }
        if (!blocked.isEmpty()) {
            blockers.add(new Blocker(Kind.BLOCKED, blocked.size(), blocked.get(0).id(), null, null, null));
        }
        if (!tooLarge.isEmpty()) {
            blockers.add(new Blocker(Kind.TOO_LARGE, tooLarge.size(), tooLarge.get(0).id(), lot.getDueWeek(),
                    lot.loadOn(tooLarge.get(0)) - tooLarge.get(0).minutesUpTo(lot.getDueWeek()), null));
        }
        // Capacity: the factories closest to having room first, so the message names the nearest misses.
        capacity.sort(Comparator.comparing(b -> b.minutes() == null ? 0 : b.minutes()));
        for (Blocker b : capacity) {
            blockers.add(b);
        }
        return blockers;
    }

    /**
     * The earliest-due-date check for one more lot at {@code f}: the first due week at or after the lot's own where
     * the load due by then, with the lot, exceeds the minutes available by then. A factory with room gives FITS.
     */
    private static Blocker capacityBlocker(Factory f, Lot lot, TreeMap<Integer, Long> loadByDue, Allocation plan) {
        long extra = lot.loadOn(f);
        long cumulative = 0;
        Integer worstWeek = null;
        long worstShort = 0;
        for (FactoryDeadline deadline : plan.getDeadlines()) {
            if (!deadline.factory().equals(f) || deadline.week() < lot.getDueWeek()) {
                continue;
            }
            cumulative = loadByDue.headMap(deadline.week(), true).values().stream().mapToLong(Long::longValue).sum();
            long shortBy = cumulative + extra - deadline.cumulativeMinutes();
            if (shortBy > 0 && worstWeek == null) {
                worstWeek = deadline.week();
                worstShort = shortBy;
            }
        }
        if (worstWeek == null) {
            return new Blocker(Kind.FITS, 1, f.id(), null, null, null);
        }
        return new Blocker(Kind.CAPACITY, 1, f.id(), worstWeek, worstShort, null);
    }

    private static Map<Factory, TreeMap<Integer, Long>> loadByFactoryAndDueWeek(Allocation plan) {
        Map<Factory, TreeMap<Integer, Long>> loads = new HashMap<>();
        for (Lot other : plan.getLots()) {
            if (other.getFactory() != null) {
                loads.computeIfAbsent(other.getFactory(), f -> new TreeMap<>())
                        .merge(other.getDueWeek(), other.load(), Long::sum);
            }
        }
        return loads;
    }

    private static SolutionManager<Allocation, HardMediumSoftLongScore> manager() {
        if (manager == null) {
            manager = SolutionManager.create(SolverFactory.create(new SolverConfig()
                    .withSolutionClass(Allocation.class)
                    .withEntityClasses(Lot.class)
                    .withConstraintProviderClass(AllocationConstraints.class)));
        }
        return manager;
    }
}
