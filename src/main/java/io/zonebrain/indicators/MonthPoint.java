package io.zonebrain.indicators;

import java.math.BigDecimal;

/**
 * One month of this year against the same month last year: single-month values (derived per firm from the
 * cumulative reports) and the year-to-date totals. This year's values are null after the chosen month.
 */
public record MonthPoint(int month, BigDecimal thisYear, BigDecimal lastYear, BigDecimal thisYearYtd,
                         BigDecimal lastYearYtd) {
}
