package io.zonebrain.fashion.allocation.constraints;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.countDistinct;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sumLong;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;

import io.zonebrain.fashion.allocation.model.BrandFactoryHistory;
import io.zonebrain.fashion.allocation.model.FactoryDeadline;
import io.zonebrain.fashion.allocation.model.Lot;

/**
 * The allocation rules. Hard rules make a plan impossible; the medium rule counts unplaced lots; soft rules are the
 * cluster's preferences, each with a default weight that a run may override (the benchmark switches off the
 * garment-only ones). Every rule states its unit; the soft units are fen so weights read as money.
 */
public final class AllocationConstraints implements ConstraintProvider {

    public static final String CATEGORY = "Factory makes the category";
    public static final String PROCESSES = "Factory runs every required process";
    public static final String QUALITY = "Factory meets the quality level";
    public static final String BLOCKED = "Brand has not blocked the factory";
    public static final String CAPACITY = "Capacity up to each due week";
    public static final String UNPLACED = "Lot placed";
    public static final String COST = "Cost";
    public static final String BALANCE = "Small factories evenly used";
    public static final String SPLITS = "Order kept at few factories";
    public static final String HISTORY = "Brand keeps proven factories";
    public static final String PREFERRED = "Brand's preferred factory";

    /** Message key of each rule in the {@code allocation} bundle, for pages that list rule totals. */
    public static final java.util.Map<String, String> MESSAGE_KEYS = java.util.Map.ofEntries(
            java.util.Map.entry(CATEGORY, "allocation.rule.category"),
            java.util.Map.entry(PROCESSES, "allocation.rule.processes"),
            java.util.Map.entry(QUALITY, "allocation.rule.quality"),
            java.util.Map.entry(BLOCKED, "allocation.rule.blocked"),
            java.util.Map.entry(CAPACITY, "allocation.rule.capacity"),
            java.util.Map.entry(UNPLACED, "allocation.rule.unplaced"),
            java.util.Map.entry(COST, "allocation.rule.cost"),
            java.util.Map.entry(BALANCE, "allocation.rule.balance"),
            java.util.Map.entry(SPLITS, "allocation.rule.splits"),
            java.util.Map.entry(HISTORY, "allocation.rule.history"),
            java.util.Map.entry(PREFERRED, "allocation.rule.preferred"));

    /** Default soft weights, in fen per unit of the rule's match. */
    public static final long COST_WEIGHT = 1;
    public static final long BALANCE_WEIGHT = 1;
    public static final long SPLIT_WEIGHT = 50_000;
    public static final long HISTORY_WEIGHT = 50;
    public static final long PREFERRED_WEIGHT = 30;

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                category(factory), processes(factory), quality(factory), blocked(factory), capacity(factory),
                unplaced(factory),
                cost(factory), balance(factory), splits(factory), history(factory), preferred(factory)
        };
    }

    /** Hard, 1 per lot at a factory that does not make its category. */
    Constraint category(ConstraintFactory factory) {
        return factory.forEach(Lot.class)
                .filter(lot -> !lot.getFactory().makes(lot.getCategory()))
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .justifyWith((lot, score) -> LotAtFactory.of(lot))
                .asConstraint(CATEGORY);
    }

    /** Hard, 1 per lot at a factory that lacks one of its processes. */
    Constraint processes(ConstraintFactory factory) {
        return factory.forEach(Lot.class)
                .filter(lot -> !lot.getFactory().runsAll(lot.getProcesses()))
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .justifyWith((lot, score) -> LotAtFactory.of(lot))
                .asConstraint(PROCESSES);
    }

    /** Hard, 1 per quality level missing. */
    Constraint quality(ConstraintFactory factory) {
        return factory.forEach(Lot.class)
                .filter(lot -> lot.getFactory().qualityLevel() < lot.getQualityLevel())
                .penalize(HardMediumSoftLongScore.ONE_HARD,
                        lot -> lot.getQualityLevel() - lot.getFactory().qualityLevel())
                .justifyWith((lot, score) -> LotAtFactory.of(lot))
                .asConstraint(QUALITY);
    }

    /** Hard, 1 per lot at a factory its brand blocked. */
    Constraint blocked(ConstraintFactory factory) {
        return factory.forEach(Lot.class)
                .filter(lot -> lot.isBlockedAt(lot.getFactory()))
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .justifyWith((lot, score) -> LotAtFactory.of(lot))
                .asConstraint(BLOCKED);
    }

    /**
     * Hard, 1 per standard minute over: at every due week of every factory, the lots due by then must fit into the
     * minutes available up to then (earliest-due-date feasibility). Grouping by deadline with a sum keeps the rule
     * incremental: moving a lot touches only the deadlines of its old and new factory.
     */
    Constraint capacity(ConstraintFactory factory) {
        return factory.forEach(FactoryDeadline.class)
                .join(Lot.class,
                        Joiners.equal(FactoryDeadline::factory, Lot::getFactory),
                        Joiners.greaterThanOrEqual(FactoryDeadline::week, Lot::getDueWeek))
                .groupBy((deadline, lot) -> deadline, sumLong((deadline, lot) -> lot.loadOn(deadline.factory())))
                .filter((deadline, load) -> load > deadline.cumulativeMinutes())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, (deadline, load) -> load - deadline.cumulativeMinutes())
                .justifyWith((deadline, load, score) -> new CapacityExceeded(deadline.factory().id(), deadline.week(),
                        load, deadline.cumulativeMinutes()))
                .asConstraint(CAPACITY);
    }

    /** Medium, 1 per unplaced lot: as few lots (and so orders) unallocated as the hard rules allow. */
    Constraint unplaced(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Lot.class)
                .filter(lot -> lot.getFactory() == null)
                .penalize(HardMediumSoftLongScore.ONE_MEDIUM)
                .justifyWith((lot, score) -> LotAtFactory.of(lot))
                .asConstraint(UNPLACED);
    }

    /** Soft, 1 per fen of price plus transport (or of the cost table). */
    Constraint cost(ConstraintFactory factory) {
        return factory.forEach(Lot.class)
                .penalizeLong(HardMediumSoftLongScore.ofSoft(COST_WEIGHT), Lot::cost)
                .justifyWith((lot, score) -> LotAtFactory.of(lot))
                .asConstraint(COST);
    }

    /**
     * Soft, per small factory the square of its utilisation in per mille: convex, so two workshops at half load
     * score better than one full and one idle. This is how the cluster keeps its small workshops in work.
     */
    Constraint balance(ConstraintFactory factory) {
        return factory.forEach(Lot.class)
                .filter(lot -> lot.getFactory().small() && lot.getFactory().totalMinutes() > 0)
                .groupBy(Lot::getFactory, sumLong(Lot::load))
                .penalizeLong(HardMediumSoftLongScore.ofSoft(BALANCE_WEIGHT), (f, load) -> {
                    long perMille = load * 1000 / f.totalMinutes();
                    return perMille * perMille;
                })
                .justifyWith((f, load, score) -> new FactoryUtilisation(f.id(), load, f.totalMinutes()))
                .asConstraint(BALANCE);
    }

    /** Soft, per order one per factory beyond the first: split orders cost coordination and quality risk. */
    Constraint splits(ConstraintFactory factory) {
        return factory.forEach(Lot.class)
                .groupBy(Lot::getOrderId, countDistinct(Lot::getFactory))
                .filter((order, factories) -> factories > 1)
                .penalize(HardMediumSoftLongScore.ofSoft(SPLIT_WEIGHT), (order, factories) -> factories - 1)
                .justifyWith((order, factories, score) -> new OrderSplit(order, factories))
                .asConstraint(SPLITS);
    }

    /** Soft reward per piece placed at a factory that delivered this brand well before. */
    Constraint history(ConstraintFactory factory) {
        return factory.forEach(Lot.class)
                .join(BrandFactoryHistory.class,
                        Joiners.equal(Lot::getBrandId, BrandFactoryHistory::brandId),
                        Joiners.equal(Lot::getFactory, BrandFactoryHistory::factory))
                .filter((lot, history) -> history.goodDeliveries() > 0)
                .rewardLong(HardMediumSoftLongScore.ofSoft(HISTORY_WEIGHT), (lot, history) -> lot.getQuantity())
                .justifyWith((lot, history, score) -> LotAtFactory.of(lot))
                .asConstraint(HISTORY);
    }

    /** Soft reward per piece placed at a factory the brand marked as preferred. */
    Constraint preferred(ConstraintFactory factory) {
        return factory.forEach(Lot.class)
                .filter(lot -> lot.isPreferredAt(lot.getFactory()))
                .rewardLong(HardMediumSoftLongScore.ofSoft(PREFERRED_WEIGHT), Lot::getQuantity)
                .justifyWith((lot, score) -> LotAtFactory.of(lot))
                .asConstraint(PREFERRED);
    }
}
