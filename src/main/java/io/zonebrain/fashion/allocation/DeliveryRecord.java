package io.zonebrain.fashion.allocation;

/** A brand's good deliveries (on time, passed inspection) from a factory in earlier seasons. */
public record DeliveryRecord(String brandId, String factoryId, int goodDeliveries) {
}
