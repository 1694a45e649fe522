package io.zonebrain.land;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a parcel is zoned for, after the classes of GB/T 21010 a development zone meets. Stored as the lower-case
 * code; the labels live in the land bundle ({@code land.use.<code>}). A national classification, not a code list
 * the zone edits, hence an enum.
 */
public enum LandUse {
    INDUSTRIAL("industrial"),
    WAREHOUSE("warehouse"),
    RESEARCH("research"),
    COMMERCIAL("commercial"),
    OTHER("other");

    private final String code;

    LandUse(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<LandUse> of(String code) {
        return Arrays.stream(values()).filter(u -> u.code.equalsIgnoreCase(code == null ? "" : code.strip()))
                .findFirst();
    }
}
