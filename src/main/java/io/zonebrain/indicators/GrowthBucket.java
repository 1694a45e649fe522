package io.zonebrain.indicators;

import java.math.BigDecimal;

/**
 * How many firms grew by how much, year to date. {@code from}/{@code to} bound the growth (fractions, null = open);
 * the bucket {@link #NEW} holds firms with nothing to compare with.
 */
public record GrowthBucket(String code, Double from, Double to, int enterprises, BigDecimal outputYtd) {

    public static final String NEW = "new";
}
