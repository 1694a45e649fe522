package io.zonebrain.fashion.allocation.gap;

/**
 * One generalized assignment problem: assign each of {@code n} jobs to one of {@code m} agents so that the resource
 * each agent uses stays within its capacity, optimising the total of {@code cost[agent][job]}.
 *
 * @param name {@code c515-1} for the OR-Library files gap1–gap12, {@code a05100} for gapa–gapd, the file name for a
 *     Yagiura file
 * @param file the file it was read from (its name only)
 * @param indexInFile 1-based position in a multi-problem OR-Library file; 1 for a Yagiura file
 */
public record GapInstance(String name, String file, int indexInFile, int agents, int jobs, int[][] cost,
        int[][] resource, int[] capacity) {
}
