package io.zonebrain.fashion.allocation.model;

import java.util.Map;
import java.util.Set;

/**
 * A garment factory (or a GAP agent) as the solver sees it: what it can make and how many standard minutes it has.
 *
 * <p>Capacity is kept per week bucket of the planning horizon as cumulative available minutes: {@code
 * cumulativeMinutes[w]} is everything the factory can produce from the start of the horizon to the end of week
 * {@code w}, closures and holidays already taken out. Cumulative figures make the due-date rule a single comparison
 * per week (see {@link FactoryDeadline}).
 *
 * @param index position in {@link Allocation#getFactories()}, used by load and cost tables
 * @param categories garment categories it makes; {@code null} means any (benchmark agents)
 * @param processes processes it runs (cutting, sewing, embroidery ...); {@code null} means any
 * @param efficiency actual minutes per standard minute divisor: 1.0 = standard, 0.8 = needs 25% more time
 * @param small a small workshop whose utilisation the balance rule spreads fairly
 * @param piecePrice price per piece in fen by category
 * @param transportPerPiece transport cost per piece in fen from this factory to the cluster's hub
 */
public record Factory(
        String id,
        int index,
        Set<String> categories,
        Set<String> processes,
        int qualityLevel,
        long[] cumulativeMinutes,
        double efficiency,
        boolean small,
        Map<String, Long> piecePrice,
        long transportPerPiece) {

    /** Minutes available over the whole horizon. */
    public long totalMinutes() {
        return cumulativeMinutes.length == 0 ? 0 : cumulativeMinutes[cumulativeMinutes.length - 1];
    }

    /** Minutes available from the start of the horizon to the end of {@code week}. */
    public long minutesUpTo(int week) {
        return cumulativeMinutes[Math.min(week, cumulativeMinutes.length - 1)];
    }

    public boolean makes(String category) {
        return category == null || categories == null || categories.contains(category);
    }

    public boolean runsAll(Set<String> required) {
        return required == null || processes == null || processes.containsAll(required);
    }

    public Set<String> missingProcesses(Set<String> required) {
        if (required == null || processes == null) {
            return Set.of();
        }
        var missing = new java.util.TreeSet<>(required);
        missing.removeAll(processes);
        return missing;
    }

    // Records compare arrays by identity; factories are identified by id alone (they are join keys).
    @Override
    public boolean equals(Object other) {
        return other instanceof Factory f && f.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id;
    }
}
