package io.zonebrain.fashion.allocation.search;

import java.util.function.BooleanSupplier;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;

import io.zonebrain.fashion.allocation.model.Allocation;

/** The engine's construction phase: regret-greedy placement of every unplaced lot (see {@link RegretConstruction}). */
final class ConstructionCommand implements PhaseCommand<Allocation> {

    private final SearchRun run;

    ConstructionCommand(SearchRun run) {
        this.run = run;
    }

    @Override
    public void changeWorkingSolution(ScoreDirector<Allocation> scoreDirector, BooleanSupplier isPhaseTerminated) {
        run.model = SearchModel.of(scoreDirector.getWorkingSolution());
        run.state = new SearchState(run.model);
        RegretConstruction.run(run.state);
        SearchRun.write(scoreDirector, run.model, run.state.factoryOf);
    }
}
