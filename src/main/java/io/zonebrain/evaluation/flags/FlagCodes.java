package io.zonebrain.evaluation.flags;

import java.util.List;

/**
 * The flag codes officers may set on an enterprise's data year. The allowed list of a zone is this shipped list
 * (labels in i18n/flags as {@code flags.code.<CODE>}) together with every flag the zone's schemes name in their
 * points adjustments and grade overrides, so a scheme that introduces a new flag can be fed without a release.
 * UNDER_TWO_YEARS is derived from the founding date when a run reads its inputs and can never be set by hand.
 */
public final class FlagCodes {

    public static final String UNDER_TWO_YEARS = "UNDER_TWO_YEARS";

    /** Serious safety accident, environmental accident, major project, newly above-scale, new firm, utility,
     *  still under construction, provincial future factory. */
    public static final List<String> SHIPPED = List.of("SAFETY_ACCIDENT", "ENVIRONMENT_ACCIDENT", "MAJOR_PROJECT",
            "NEW_ABOVE_SCALE", "NEW_FIRM", "UTILITY", "UNDER_CONSTRUCTION", "FUTURE_FACTORY");

    private FlagCodes() {
    }

    /** The message key of a flag's label; flags a scheme introduced have none and show their code. */
    public static String labelKey(String code) {
        return "flags.code." + code;
    }
}
