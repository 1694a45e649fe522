package io.zonebrain.indicators;

/**
 * Something an official should look at, about one enterprise: its cumulative output falling more than the
 * threshold year on year, its reports stopping, or its energy use jumping. {@code value} is the fall or jump as a
 * fraction (null when it stopped reporting); {@code link} opens the enterprise.
 */
public record Alert(Kind kind, long enterpriseId, String name, Double value, String lastPeriod) {

    public enum Kind { OUTPUT_DROP, STOPPED_REPORTING, ENERGY_JUMP }

    /** Exposed to JSON too, so that API clients open the same page. */
    public String getLink() {
        return link();
    }

    public String link() {
        return "/enterprises/" + enterpriseId;
    }
}
