package io.zonebrain.fashion;

/** The lot list's filters: status, season, a factory code or name, an order. */
public record LotFilter(LotStatus status, String season, String factory, Long orderId, int page, int size) {

    public static LotFilter all() {
        return new LotFilter(null, null, null, null, 0, 20);
    }
}
