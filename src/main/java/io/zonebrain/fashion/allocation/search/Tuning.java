package io.zonebrain.fashion.allocation.search;

/** Search parameters; system properties {@code allocation.<name>} override them for experiments. */
final class Tuning {

    static final double T0 = get("t0", 0.5);
    static final double T1 = get("t1", 0.01);
    static final double ALPHA_STEP = get("alphaStep", 1.001);
    static final double SWAP_SHARE = get("swapShare", 0.4);
    static final double CHAIN_SHARE = get("chainShare", 0.2);
    static final double TOP_SHARE = get("topShare", 0.2);
    static final double TOP_PROBABILITY = get("topProbability", 0.8);
    static final double FEASIBLE_TARGET = get("feasibleTarget", 0.5);

    static final double CYCLE_PER_LOT = get("cyclePerLot", 20000);
    static final double ALPHA_CAP = get("alphaCap", 1e6);
    static final double FEASIBILITY_SHARE = get("feasibilityShare", 0.3);
    static final double FEASIBILITY_T0 = get("feasibilityT0", 0.3);
    static final double FEASIBILITY_T1 = get("feasibilityT1", 0.01);
    static final double FEASIBILITY_STALL = get("feasibilityStall", 0.05);
    static final double UNPLACE_SHARE = get("unplaceShare", 0.05);
    static final double EPOCH_PER_LOT = get("epochPerLot", 1.0);
    static final boolean REGRET_SCALE = Boolean.parseBoolean(System.getProperty("allocation.regretScale", "true"));
    static final boolean DEBUG = Boolean.getBoolean("allocation.debug");

    private Tuning() {
    }

    private static double get(String name, double fallback) {
        String value = System.getProperty("allocation." + name);
        return value == null ? fallback : Double.parseDouble(value);
    }
}
