package io.zonebrain.fashion.internal.allocating;

import java.util.ArrayList;
import java.util.List;

/**
 * How an order's open quantity is cut into lots before the solve (the engine places lots, it does not cut them).
 * An order that may not split is one lot. Otherwise the number of lots is the smaller of (a) how many lots of at least
 * the order's smallest lot fit in the quantity (200 pieces when the brand gave none) and (b) how many lots of about
 * {@value #TARGET_MINUTES} standard minutes — a week's work of a 20-worker workshop — the order needs; at least one.
 * The lots are as equal as possible (the first ones one piece larger), so every lot is at least the smallest lot.
 */
public final class LotCutting {

    public static final int DEFAULT_SMALLEST = 200;
    public static final double TARGET_MINUTES = 40_000;

    private LotCutting() {
    }

    public static List<Integer> cut(int open, double samMinutes, boolean maySplit, Integer smallestLot) {
        if (open <= 0) {
            return List.of();
        }
        if (!maySplit) {
            return List.of(open);
        }
        int smallest = smallestLot == null ? DEFAULT_SMALLEST : Math.max(1, smallestLot);
        long bySize = open / smallest;
        long byWork = (long) Math.ceil(open * samMinutes / TARGET_MINUTES);
        int lots = (int) Math.max(1, Math.min(bySize, byWork));
        List<Integer> out = new ArrayList<>(lots);
        int base = open / lots;
        int extra = open % lots;
        for (int i = 0; i < lots; i++) {
            out.add(base + (i < extra ? 1 : 0));
        }
        return out;
    }
}
