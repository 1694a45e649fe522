package io.zonebrain.indicators.internal.rollup;

import io.zonebrain.indicators.MonthPoint;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Twelve months of this year beside last year, from {single month, year to date} totals keyed by period. */
final class MonthSeries {

    private MonthSeries() {
    }

    static List<MonthPoint> of(YearMonth period, Map<LocalDate, BigDecimal[]> byPeriod) {
        List<MonthPoint> points = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            BigDecimal[] now = byPeriod.getOrDefault(LocalDate.of(period.getYear(), m, 1), new BigDecimal[2]);
            BigDecimal[] then = byPeriod.getOrDefault(LocalDate.of(period.getYear() - 1, m, 1), new BigDecimal[2]);
            points.add(new MonthPoint(m, now[0], then[0], now[1], then[1]));
        }
        return points;
    }
}
