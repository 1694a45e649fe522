package io.zonebrain.evaluation;

/**
 * Points added to or taken from the sum of indicator points: a penalty for missing data, the rescaling when an
 * indicator is excluded, a flag's bonus or penalty, a landlord's deduction per tenant (TENANT_DEDUCTION, reason
 * "tenant / parcel code"). {@code indicator} or {@code flag} says where it came from.
 */
public record AppliedAdjustment(Kind kind, String indicator, String flag, double points, String reason) {

    public enum Kind { MISSING_DATA_PENALTY, EXCLUDED_INDICATOR_REWEIGHT, FLAG, TENANT_DEDUCTION }
}
