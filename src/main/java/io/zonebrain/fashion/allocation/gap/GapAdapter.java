package io.zonebrain.fashion.allocation.gap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.zonebrain.fashion.allocation.AllocationProblem;
import io.zonebrain.fashion.allocation.AllocationResult;
import io.zonebrain.fashion.allocation.AllocationWeights;
import io.zonebrain.fashion.allocation.FactorySpec;
import io.zonebrain.fashion.allocation.LotPlacement;
import io.zonebrain.fashion.allocation.LotSpec;

/**
 * Maps a generalized assignment problem onto the allocation engine: agents become factories with one week of
 * capacity, jobs become lots (one lot per order, due in that week) whose load and cost come from the matrices, and
 * only the cost rule keeps a weight.
 *
 * <p>A maximisation problem (profits) is handed to the engine as costs {@code maxProfit(job) − profit(agent, job)}:
 * the same plans are feasible and the order of plans is reversed, so the engine always minimises non-negative costs.
 */
public final class GapAdapter {

    private GapAdapter() {
    }

    public static AllocationProblem toProblem(GapInstance gap, Sense sense) {
        List<FactorySpec> factories = new ArrayList<>(gap.agents());
        for (int i = 0; i < gap.agents(); i++) {
            factories.add(new FactorySpec(agentId(i), null, null, 0, new long[] {gap.capacity()[i]}, 1.0, false,
                    null, 0));
        }
        List<LotSpec> lots = new ArrayList<>(gap.jobs());
        for (int j = 0; j < gap.jobs(); j++) {
            long[] load = new long[gap.agents()];
            long[] cost = new long[gap.agents()];
            long maxProfit = 0;
            for (int i = 0; i < gap.agents(); i++) {
                maxProfit = Math.max(maxProfit, gap.cost()[i][j]);
            }
            for (int i = 0; i < gap.agents(); i++) {
                load[i] = gap.resource()[i][j];
                cost[i] = sense == Sense.MIN ? gap.cost()[i][j] : maxProfit - gap.cost()[i][j];
            }
            String id = jobId(j);
            lots.add(new LotSpec(id, id, null, null, null, 0, 1, 0, 0, null, null, null, false, load, cost));
        }
        return new AllocationProblem(1, factories, lots, List.of(), AllocationWeights.costOnly());
    }

    /** The agent (0-based) of every job in the engine's plan; -1 for a job left unplaced. */
    public static int[] assignment(GapInstance gap, AllocationResult result) {
        Map<String, Integer> agentIndex = new HashMap<>();
        for (int i = 0; i < gap.agents(); i++) {
            agentIndex.put(agentId(i), i);
        }
        int[] agentOfJob = new int[gap.jobs()];
        java.util.Arrays.fill(agentOfJob, -1);
        for (LotPlacement placement : result.placements()) {
            int job = Integer.parseInt(placement.lotId().substring(4)) - 1;
            agentOfJob[job] = placement.factoryId() == null ? -1 : agentIndex.get(placement.factoryId());
        }
        return agentOfJob;
    }

    /**
     * Checks a plan against the original matrices, independently of the solver's score: every job placed, no agent
     * over capacity; and its objective value in the problem's own sense (total cost or total profit).
     */
    public static Evaluation evaluate(GapInstance gap, int[] agentOfJob) {
        long value = 0;
        long[] used = new long[gap.agents()];
        int unplaced = 0;
        for (int j = 0; j < gap.jobs(); j++) {
            int i = agentOfJob[j];
            if (i < 0) {
                unplaced++;
                continue;
            }
            value += gap.cost()[i][j];
            used[i] += gap.resource()[i][j];
        }
        int overloaded = 0;
        for (int i = 0; i < gap.agents(); i++) {
            if (used[i] > gap.capacity()[i]) {
                overloaded++;
            }
        }
        return new Evaluation(value, unplaced, overloaded);
    }

    /** A plan's value and whether it is feasible (no job unplaced, no agent over capacity). */
    public record Evaluation(long value, int unplacedJobs, int overloadedAgents) {
        public boolean feasible() {
            return unplacedJobs == 0 && overloadedAgents == 0;
        }
    }

    static String agentId(int i) {
        return "agent-" + (i + 1);
    }

    static String jobId(int j) {
        return "job-" + (j + 1);
    }
}
