package io.zonebrain.fashion;

import java.time.LocalDate;

/** Days a factory does not work, both ends inclusive (Spring Festival, maintenance ...). */
public record Closure(long id, LocalDate startsOn, LocalDate endsOn, String reason) {

    public boolean overlaps(LocalDate from, LocalDate to) {
        return !startsOn.isAfter(to) && !endsOn.isBefore(from);
    }

    public long days() {
        return endsOn.toEpochDay() - startsOn.toEpochDay() + 1;
    }
}
