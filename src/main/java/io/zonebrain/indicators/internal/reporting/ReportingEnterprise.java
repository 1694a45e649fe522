package io.zonebrain.indicators.internal.reporting;

/** An enterprise as the indicators module sees it, from the enterprise module's published view. */
public record ReportingEnterprise(long id, long zoneId, String uscc, String name, Long gridId, boolean aboveScale) {
}
