package io.zonebrain.fashion.allocation.gap;

import java.util.Arrays;

/**
 * The simple greedy the benchmark table compares against (the construction of Martello and Toth's MTHG without its
 * improvement step): repeatedly take the job with the largest regret — the difference between its cheapest and
 * second-cheapest agent that still has room — and give it its cheapest agent. Costs are oriented so that smaller is
 * better (profits are negated). Returns -1 for jobs no agent has room for.
 */
public final class GreedyBaseline {

    private GreedyBaseline() {
    }

    public static int[] solve(GapInstance gap, Sense sense) {
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
            long bestRegret = Long.MIN_VALUE;
            for (int j = 0; j < n; j++) {
                if (done[j]) {
                    continue;
                }
                long first = Long.MAX_VALUE;
                long second = Long.MAX_VALUE;
                int firstAgent = -1;
                for (int i = 0; i < m; i++) {
                    if (gap.resource()[i][j] > remaining[i]) {
                        continue;
                    }
                    long c = sense == Sense.MIN ? gap.cost()[i][j] : -gap.cost()[i][j];
                    if (c < first) {
                        second = first;
                        first = c;
                        firstAgent = i;
                    } else if (c < second) {
                        second = c;
                    }
                }
                if (firstAgent < 0) {
                    continue;
                }
                long regret = second == Long.MAX_VALUE ? Long.MAX_VALUE : second - first;
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
