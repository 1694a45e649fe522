package io.zonebrain.fashion.internal.allocating;

import java.util.Map;

/**
 * Road distance from each town or street to the cluster's logistics hub in 临平街道, in km. Fictional but plausible
 * (Linping's geography: 乔司 and 星桥 to the south-west, 塘栖 and 崇贤 far to the north-west). Transport is charged
 * per standard minute of work carried (cut pieces out, finished garments back scale with the work in them):
 * 0.05 fen per standard minute per km. A town not in the table (an admin added it) counts as 15 km.
 */
public final class TownDistances {

    public static final int UNKNOWN_KM = 15;

    /** Transport in hundredths of a fen per standard minute per km (0.05 fen). */
    public static final long RATE = 5;

    private static final Map<String, Integer> KM = Map.of("linping", 3, "donghu", 5, "nanyuan", 6, "xingqiao", 9,
            "qiaosi", 12, "yunhe", 14, "chongxian", 18, "tangqi", 22);

    private TownDistances() {
    }

    public static int km(String town) {
        return KM.getOrDefault(town, UNKNOWN_KM);
    }

    /** Transport per standard minute from this town, in hundredths of a fen (the problem's money unit). */
    public static long perMinute(String town) {
        return km(town) * RATE;
    }
}
