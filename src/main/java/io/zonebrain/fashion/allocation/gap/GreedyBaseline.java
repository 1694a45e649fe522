package io.zonebrain.fashion.allocation.gap;

import java.util.Arrays;

/**
 * The simple greedy the benchmark table compares against: the construction phase of Martello and Toth's MTHG
 * (without its improvement step). For a desirability measure, repeatedly take the job with the largest regret — the
 * difference between its most and second-most desirable agent that still has room — and give it its most desirable
 * agent. MTHG runs four measures and keeps the best plan; so does this: the cost itself, cost per unit of resource,
 * the resource, and the resource as a share of the agent's capacity (each oriented so that smaller is better).
 * Jobs no agent has room for stay unplaced (-1), and a plan with fewer of them counts as better.
 */
public final class GreedyBaseline {

    private GreedyBaseline() {
    }

    public static int[] solve(GapInstance gap, Sense sense) {
        int[] best = null;
        long bestUnplaced = Long.MAX_VALUE;
        long bestValue = 0;
        for (int measure = 0; measure < 4; measure++) {
            int[] plan = regretGreedy(gap, sense, measure);
            GapAdapter.Evaluation evaluation = GapAdapter.evaluate(gap, plan);
            long value = sense == Sense.MIN ? evaluation.value() : -evaluation.value();
            if (evaluation.unplacedJobs() < bestUnplaced
                    || (evaluation.unplacedJobs() == bestUnplaced && value < bestValue)) {
                best = plan;
                bestUnplaced = evaluation.unplacedJobs();
                bestValue = value;
            }
        }
        return best;
    }

    /** Smaller is more desirable. */
    private static double undesirability(GapInstance gap, Sense sense, int measure, int i, int j) {
        double cost = sense == Sense.MIN ? gap.cost()[i][j] : -gap.cost()[i][j];
        double resource = gap.resource()[i][j];
        return switch (measure) {
            case 0 -> cost;
            case 1 -> sense == Sense.MIN ? cost * Math.max(resource, 1) : cost / Math.max(resource, 1);
            case 2 -> resource;
            default -> resource / Math.max(gap.capacity()[i], 1);
        };
    }

    static int[] regretGreedy(GapInstance gap, Sense sense, int measure) {
        int m = gap.agents();
        int n = gap.jobs();
        long[] remaining = new long[m];
        for (int i = 0; i < m; i++) {
            remaining[i] = gap.capacity()[i];
        }
        int[] agentOfJob = new int[n];
        Arrays.fill(agentOfJob, -1);
        boolean[] done = new boolean[n];
        for (int step = 0; step < n; step++) {
            int bestJob = -1;
            int bestAgentOfBestJob = -1;
            double bestRegret = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < n; j++) {
                if (done[j]) {
                    continue;
                }
                double first = Double.POSITIVE_INFINITY;
                double second = Double.POSITIVE_INFINITY;
                int firstAgent = -1;
                for (int i = 0; i < m; i++) {
                    if (gap.resource()[i][j] > remaining[i]) {
                        continue;
                    }
                    double u = undesirability(gap, sense, measure, i, j);
                    if (u < first) {
                        second = first;
                        first = u;
                        firstAgent = i;
                    } else if (u < second) {
                        second = u;
                    }
                }
                if (firstAgent < 0) {
                    continue;
                }
                double regret = second == Double.POSITIVE_INFINITY ? Double.MAX_VALUE : second - first;
                if (regret > bestRegret) {
                    bestRegret = regret;
                    bestJob = j;
                    bestAgentOfBestJob = firstAgent;
                }
            }
            if (bestJob < 0) {
                break;
            }
            done[bestJob] = true;
            agentOfJob[bestJob] = bestAgentOfBestJob;
            remaining[bestAgentOfBestJob] -= gap.resource()[bestAgentOfBestJob][bestJob];
        }
        return agentOfJob;
    }
}
