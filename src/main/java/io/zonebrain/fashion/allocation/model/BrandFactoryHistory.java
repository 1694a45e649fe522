package io.zonebrain.fashion.allocation.model;

/** A brand's earlier good deliveries from a factory (on time and passed inspection); the rule keeps such pairs. */
public record BrandFactoryHistory(String brandId, Factory factory, int goodDeliveries) {
}
