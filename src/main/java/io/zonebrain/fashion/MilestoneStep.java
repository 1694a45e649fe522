package io.zonebrain.fashion;

/** Production milestones in the order a lot passes them. */
public enum MilestoneStep {
    FABRIC_RECEIVED, CUT, SEWN, FINISHED, INSPECTED, SHIPPED;

    public static MilestoneStep first() {
        return FABRIC_RECEIVED;
    }

    /** The step after this one, or null after shipping. */
    public MilestoneStep next() {
        return this == SHIPPED ? null : values()[ordinal() + 1];
    }
}
