package io.zonebrain.fashion;

import java.time.LocalDate;

/** The order list's filters; {@code brand} is a brand code and is ignored for a brand's own login. */
public record OrderFilter(String q, String brand, String season, String category, OrderStatus status,
                          LocalDate dueFrom, LocalDate dueTo, String sort, boolean desc, int page, int size) {

    public static final int MAX_PAGE_SIZE = 50_000;

    public static OrderFilter all() {
        return new OrderFilter(null, null, null, null, null, null, null, null, false, 0, 20);
    }

    public OrderFilter withPage(int newPage, int newSize) {
        return new OrderFilter(q, brand, season, category, status, dueFrom, dueTo, sort, desc, newPage, newSize);
    }
}
