package io.zonebrain.fashion;

/**
 * Whether any factory could take an order, counted rule by rule in the order the engine applies them: factories
 * making the category, of those the ones doing every required process, of those the ones at the required quality,
 * of those the ones with capacity, of those the ones whose minimum order the quantity meets, less those the brand
 * blocked. The first count that reaches zero names the rule that leaves the order unplaced.
 */
public record Placeability(int withCategory, int withProcesses, int withQuality, int withCapacity,
                           int withMinimumOrder, int notBlocked) {

    public boolean placeable() {
        return notBlocked > 0;
    }

    /** The message key of the rule no factory passes, or null when the order can be placed. */
    public String blockingRule() {
        if (withCategory == 0) {
            return "fashion.placeability.category";
        }
        if (withProcesses == 0) {
            return "fashion.placeability.processes";
        }
        if (withQuality == 0) {
            return "fashion.placeability.quality";
        }
        if (withCapacity == 0) {
            return "fashion.placeability.capacity";
        }
        if (withMinimumOrder == 0) {
            return "fashion.placeability.minimumOrder";
        }
        if (notBlocked == 0) {
            return "fashion.placeability.blocked";
        }
        return null;
    }
}
