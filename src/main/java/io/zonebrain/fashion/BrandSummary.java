package io.zonebrain.fashion;

/** A row of the brand list, with how many orders it has and how many are open. */
public record BrandSummary(long id, String code, String name, String city, String contactName, long orders,
                           long openOrders) {
}
