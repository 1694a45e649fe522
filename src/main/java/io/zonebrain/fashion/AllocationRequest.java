package io.zonebrain.fashion;

/**
 * Starts a round: a season's open orders, optionally only one category, one brand (its code) or the factories of one
 * town, solved for at most {@code timeLimitSeconds} (default 60, at most 300). A brand's re-solve of its own orders
 * gets at most {@link #BRAND_MAX_SECONDS} (also its default): the cluster's two cores are shared.
 */
public record AllocationRequest(String season, String category, String town, String brandCode,
                                Integer timeLimitSeconds) {

    public static final int DEFAULT_SECONDS = 60;
    public static final int MAX_SECONDS = 300;
    public static final int BRAND_MAX_SECONDS = 30;
}
