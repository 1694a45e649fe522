package io.zonebrain.fashion;

import java.util.List;

/**
 * The code lists of the cluster. Categories, processes and towns are platform dictionaries (admins edit them at
 * /admin/dictionaries); quality levels are a fixed scale because the allocation rule "a factory takes orders up to
 * its own level" needs an order.
 */
public final class FashionCodes {

    public static final String CATEGORY_KIND = "fashion_category";
    public static final String PROCESS_KIND = "fashion_process";
    public static final String TOWN_KIND = "fashion_town";

    /** 1 basic (大众), 2 standard (品牌), 3 premium (精品). */
    public static final int MIN_QUALITY = 1;
    public static final int MAX_QUALITY = 3;
    public static final List<Integer> QUALITY_LEVELS = List.of(1, 2, 3);

    private FashionCodes() {
    }
}
