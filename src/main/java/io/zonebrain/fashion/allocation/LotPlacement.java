package io.zonebrain.fashion.allocation;

/**
 * Where a lot went: {@code factoryId} is {@code null} when it stays unplaced. Load in standard minutes at that
 * factory, cost in fen.
 */
public record LotPlacement(String lotId, String orderId, String factoryId, long loadMinutes, long costFen,
        boolean pinned) {

    public boolean placed() {
        return factoryId != null;
    }
}
