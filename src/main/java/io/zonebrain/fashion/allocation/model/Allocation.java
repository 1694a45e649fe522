package io.zonebrain.fashion.allocation.model;

import java.util.List;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * The allocation the solver works on: factories and their due-week deadlines (facts), lots (entities), the brands'
 * delivery history, and the rule weights of this run.
 *
 * <p>Score levels: hard = rules that make a plan impossible (capability, quality, capacity by due date, blocked
 * factories); medium = lots left unplaced; soft = cost and the cluster's preferences.
 */
@PlanningSolution
public class Allocation {

    @ProblemFactCollectionProperty
    private List<Factory> factories;

    @ProblemFactCollectionProperty
    private List<FactoryDeadline> deadlines;

    @ProblemFactCollectionProperty
    private List<BrandFactoryHistory> history;

    @PlanningEntityCollectionProperty
    private List<Lot> lots;

    private ConstraintWeightOverrides<HardMediumSoftLongScore> constraintWeightOverrides;

    @PlanningScore
    private HardMediumSoftLongScore score;

    @SuppressWarnings("unused") // the solver's cloner
    private Allocation() {
    }

    public Allocation(List<Factory> factories, List<FactoryDeadline> deadlines, List<BrandFactoryHistory> history,
            List<Lot> lots, ConstraintWeightOverrides<HardMediumSoftLongScore> constraintWeightOverrides) {
        this.factories = factories;
        this.deadlines = deadlines;
        this.history = history;
        this.lots = lots;
        this.constraintWeightOverrides = constraintWeightOverrides;
    }

    public List<Factory> getFactories() {
        return factories;
    }

    public List<FactoryDeadline> getDeadlines() {
        return deadlines;
    }

    public List<BrandFactoryHistory> getHistory() {
        return history;
    }

    public List<Lot> getLots() {
        return lots;
    }

    public ConstraintWeightOverrides<HardMediumSoftLongScore> getConstraintWeightOverrides() {
        return constraintWeightOverrides;
    }

    public void setConstraintWeightOverrides(ConstraintWeightOverrides<HardMediumSoftLongScore> overrides) {
        this.constraintWeightOverrides = overrides;
    }

    public HardMediumSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftLongScore score) {
        this.score = score;
    }
}
