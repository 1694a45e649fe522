package io.zonebrain.fashion;

import java.math.BigDecimal;

/**
 * The factory list's filters. {@code sizeBand}: MICRO (< 10 workers), SMALL (10-29), MEDIUM (30-59), LARGE (60+).
 * {@code quality}: at least this level. Capacity bounds are standard minutes per day.
 */
public record FactoryFilter(String q, String town, String category, String process, Integer quality,
                            String sizeBand, BigDecimal minCapacity, BigDecimal maxCapacity, String sort,
                            boolean desc, int page, int size) {

    public static final int MAX_PAGE_SIZE = 50_000;

    public static FactoryFilter all() {
        return new FactoryFilter(null, null, null, null, null, null, null, null, null, false, 0, 20);
    }

    public FactoryFilter withPage(int newPage, int newSize) {
        return new FactoryFilter(q, town, category, process, quality, sizeBand, minCapacity, maxCapacity, sort,
                desc, newPage, newSize);
    }
}
