package io.zonebrain.platform;

import java.util.List;

/**
 * One page of a longer list. {@code page} counts from 0. When {@code moreThanTotal} is true the list holds more
 * than {@code total} rows and was not counted further (shown as "10,000+").
 */
public record Paged<T>(List<T> items, long total, boolean moreThanTotal, int page, int size) {

    public Paged(List<T> items, long total, int page, int size) {
        this(items, total, false, page, size);
    }

    public int pages() {
        return size <= 0 ? 1 : (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasNext() {
        return moreThanTotal || (long) (page + 1) * size < total;
    }
}
