package io.zonebrain.evaluation;

import java.util.Set;

/**
 * One enterprise's inputs for one data year, as the kernel reads them: values indexed by {@link InputField}
 * ordinal, NaN where a figure is missing. {@code cohort} chooses the cohort by code; null lets entry rules decide.
 * Flags (e.g. SAFETY_ACCIDENT, NEW_FIRM, UTILITY) trigger the scheme's adjustments and overrides.
 */
public record EnterpriseYear(String enterpriseId, String cohort, boolean aboveScale, String industryCode,
                             Integer yearsOperating, double[] values, Set<String> flags) {

    public EnterpriseYear {
        flags = flags == null ? Set.of() : flags;
    }

    public double value(InputField field) {
        return values[field.ordinal()];
    }
}
