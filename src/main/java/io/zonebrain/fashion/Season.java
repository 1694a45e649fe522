package io.zonebrain.fashion;

import java.time.LocalDate;

/**
 * A production season: {@code 2027SS} runs January to June 2027, {@code 2027AW} July to December. An order belongs
 * to the season of its due date.
 */
public record Season(String code, LocalDate startsOn, LocalDate endsOn) {

    public static Season of(LocalDate date) {
        int year = date.getYear();
        return date.getMonthValue() <= 6
                ? new Season(year + "SS", LocalDate.of(year, 1, 1), LocalDate.of(year, 6, 30))
                : new Season(year + "AW", LocalDate.of(year, 7, 1), LocalDate.of(year, 12, 31));
    }

    public static Season parse(String code) {
        if (code == null || !code.matches("\\d{4}(SS|AW)")) {
            throw new IllegalArgumentException("not a season code: " + code);
        }
        int year = Integer.parseInt(code.substring(0, 4));
        return of(LocalDate.of(year, code.endsWith("SS") ? 1 : 7, 1));
    }

    /** The first season that starts after {@code today}: the one brands are ordering for now. */
    public static Season coming(LocalDate today) {
        return of(of(today).endsOn.plusDays(1));
    }

    public Season minusYears(int years) {
        return of(startsOn.minusYears(years));
    }

    public int year() {
        return startsOn.getYear();
    }

    public boolean springSummer() {
        return code.endsWith("SS");
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(startsOn) && !date.isAfter(endsOn);
    }

    public long days() {
        return endsOn.toEpochDay() - startsOn.toEpochDay() + 1;
    }
}
