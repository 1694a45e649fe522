package io.zonebrain.fashion;

/** A factory as an order or lot names it. */
public record FactoryRef(long id, String code, String name) {
}
