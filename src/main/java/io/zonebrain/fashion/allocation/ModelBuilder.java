package io.zonebrain.fashion.allocation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import io.zonebrain.fashion.allocation.constraints.AllocationConstraints;
import io.zonebrain.fashion.allocation.model.Allocation;
import io.zonebrain.fashion.allocation.model.BrandFactoryHistory;
import io.zonebrain.fashion.allocation.model.Factory;
import io.zonebrain.fashion.allocation.model.FactoryDeadline;
import io.zonebrain.fashion.allocation.model.Lot;
import io.zonebrain.fashion.allocation.model.LotTerms;

/** Turns a checked {@link AllocationProblem} into the solver's {@link Allocation}. */
final class ModelBuilder {

    private ModelBuilder() {
    }

    static Allocation build(AllocationProblem problem) {
        List<Factory> factories = new ArrayList<>(problem.factories().size());
        Map<String, Factory> byId = new HashMap<>();
        for (FactorySpec spec : problem.factories()) {
            Factory factory = toFactory(spec, factories.size());
            factories.add(factory);
            byId.put(factory.id(), factory);
        }
        // A deadline per factory per week in which some lot is due: weeks without a due lot add no condition.
        TreeSet<Integer> dueWeeks = new TreeSet<>();
        problem.lots().forEach(lot -> dueWeeks.add(lot.dueWeek()));
        List<FactoryDeadline> deadlines = new ArrayList<>(factories.size() * dueWeeks.size());
        for (Factory factory : factories) {
            for (int week : dueWeeks) {
                deadlines.add(FactoryDeadline.of(factory, week));
            }
        }
        CandidateIndex candidates = new CandidateIndex(factories);
        List<Lot> lots = new ArrayList<>(problem.lots().size());
        for (LotSpec spec : problem.lots()) {
            LotTerms terms = new LotTerms(spec.id(), spec.orderId(), spec.brandId(), spec.category(), spec.processes(),
                    spec.qualityLevel(), spec.quantity(), spec.samMinutes(), spec.dueWeek(), spec.preferredFactoryIds(),
                    spec.blockedFactoryIds(), spec.loadTable(), spec.costTable());
            List<Factory> capable = candidates.capableOf(new Lot(terms, List.of()));
            Factory current = spec.currentFactoryId() == null ? null : byId.get(spec.currentFactoryId());
            if (current != null && !capable.contains(current)) {
                // Where a lot stands now stays in its range even if it breaks a rule today (a pinned lot at a
                // factory since blocked): the rules then show the breach instead of the solver refusing the plan.
                capable = new ArrayList<>(capable);
                capable.add(current);
            }
            Lot lot = new Lot(terms, capable);
            if (current != null) {
                lot.setFactory(current);
                lot.setPinned(spec.pinned());
            }
            lots.add(lot);
        }
        List<BrandFactoryHistory> history = problem.history().stream()
                .filter(record -> record.goodDeliveries() > 0)
                .map(record -> new BrandFactoryHistory(record.brandId(), byId.get(record.factoryId()),
                        record.goodDeliveries()))
                .toList();
        return new Allocation(factories, deadlines, history, lots, overrides(problem.weights()));
    }

    private static Factory toFactory(FactorySpec spec, int index) {
        long[] cumulative = new long[spec.weeklyMinutes().length];
        long sum = 0;
        for (int w = 0; w < cumulative.length; w++) {
            sum += spec.weeklyMinutes()[w];
            cumulative[w] = sum;
        }
        return new Factory(spec.id(), index, spec.categories(), spec.processes(), spec.qualityLevel(), cumulative,
                spec.efficiency(), spec.small(), spec.piecePriceFen(), spec.transportPerPieceFen());
    }

    static ConstraintWeightOverrides<HardMediumSoftLongScore> overrides(AllocationWeights weights) {
        return ConstraintWeightOverrides.of(Map.of(
                AllocationConstraints.COST, HardMediumSoftLongScore.ofSoft(weights.cost()),
                AllocationConstraints.BALANCE, HardMediumSoftLongScore.ofSoft(weights.balance()),
                AllocationConstraints.SPLITS, HardMediumSoftLongScore.ofSoft(weights.splits()),
                AllocationConstraints.HISTORY, HardMediumSoftLongScore.ofSoft(weights.history()),
                AllocationConstraints.PREFERRED, HardMediumSoftLongScore.ofSoft(weights.preferred())));
    }

    /**
     * Which factories a lot may go to: those that make its category, run its processes, meet its quality, are not
     * blocked by its brand and could hold the lot alone before its due week. Restricting the value range keeps the
     * search away from plans the hard rules would reject anyway; the rules themselves still check every placement
     * (pinned lots, previous plans).
     */
    private static final class CandidateIndex {
        private final Map<String, List<Factory>> byCategory = new HashMap<>();
        private final List<Factory> anyCategory = new ArrayList<>();
        private final List<Factory> all;

        CandidateIndex(List<Factory> factories) {
            this.all = factories;
            for (Factory f : factories) {
                if (f.categories() == null) {
                    anyCategory.add(f);
                } else {
                    for (String category : f.categories()) {
                        byCategory.computeIfAbsent(category, c -> new ArrayList<>()).add(f);
                    }
                }
            }
        }

        List<Factory> capableOf(Lot lot) {
            List<Factory> pool;
            if (lot.getCategory() == null) {
                pool = all;
            } else {
                pool = new ArrayList<>(byCategory.getOrDefault(lot.getCategory(), List.of()));
                pool.addAll(anyCategory);
                pool.sort(java.util.Comparator.comparingInt(Factory::index));
            }
            List<Factory> capable = new ArrayList<>();
            for (Factory f : pool) {
                if (lot.canBeMadeAt(f)) {
                    capable.add(f);
                }
            }
            return capable;
        }
    }
}
