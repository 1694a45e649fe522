package io.zonebrain.indicators;

/**
 * How officials slice the zone. {@code keyColumn} is a column expression of the enterprise module's published view
 * (alias {@code d}); a constant of this enum, never user input.
 */
public enum Dimension {
    ZONE("'zone'"),
    CLUSTER("d.cluster_code"),
    SECTION("d.industry_section"),
    DIVISION("d.industry_division"),
    PARK("d.park_code"),
    GRID("cast(d.grid_id as text)");

    private final String keyColumn;

    Dimension(String keyColumn) {
        this.keyColumn = keyColumn;
    }

    public String keyColumn() {
        return keyColumn;
    }
}
