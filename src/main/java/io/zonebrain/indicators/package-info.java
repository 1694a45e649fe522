/**
 * Economic monitoring (经济运行监测): monthly reported figures (year-to-date cumulative, as the statistics bureau's
 * industrial form), annual figures for the per-mu evaluation, validation, rollups (YTD, like-for-like YoY),
 * targets and alerts. Reads enterprise attributes through the enterprise module's API and its published view
 * {@code enterprise_published_dimensions}; never through the enterprise tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "indicators")
package io.zonebrain.indicators;
