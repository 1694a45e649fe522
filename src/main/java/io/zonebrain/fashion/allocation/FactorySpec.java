package io.zonebrain.fashion.allocation;

import java.util.Map;
import java.util.Set;

/**
 * A factory offered to the allocation.
 *
 * @param categories garment categories it makes; {@code null} = any (benchmark agents)
 * @param processes processes it runs; {@code null} = any
 * @param qualityLevel its rated quality level; a lot needs at least its own level
 * @param weeklyMinutes standard minutes available in each week of the horizon (workers × minutes × efficiency, with
 *     holidays and closures already taken out); its length is the problem's number of weeks
 * @param efficiency divides a lot's standard minutes: 1.0 = standard, 0.8 = the lot takes 25% longer here
 * @param small a small workshop: the balance rule spreads work fairly across these
 * @param piecePriceFen the factory's price per piece by category, in fen
 * @param transportPerPieceFen transport per piece to the cluster's hub, in fen
 */
public record FactorySpec(
        String id,
        Set<String> categories,
        Set<String> processes,
        int qualityLevel,
        long[] weeklyMinutes,
        double efficiency,
        boolean small,
        Map<String, Long> piecePriceFen,
        long transportPerPieceFen) {
}
