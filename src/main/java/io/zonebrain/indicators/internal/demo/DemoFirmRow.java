package io.zonebrain.indicators.internal.demo;

/** What the generator needs to know about a firm, as the enterprise module publishes it. */
public record DemoFirmRow(long enterpriseId, String uscc, boolean aboveScale, boolean highTech, double landMu) {
}
