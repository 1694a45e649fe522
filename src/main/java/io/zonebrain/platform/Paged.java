package io.zonebrain.platform;

import java.util.List;

/** One page of a longer list. {@code page} counts from 0. */
public record Paged<T>(List<T> items, long total, int page, int size) {

    public int pages() {
        return size <= 0 ? 1 : (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }
}
