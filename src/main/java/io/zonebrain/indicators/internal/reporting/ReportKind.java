package io.zonebrain.indicators.internal.reporting;

import io.zonebrain.indicators.AnnualIndicator;
import io.zonebrain.indicators.MonthlyIndicator;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

/**
 * The two kinds of report: monthly (keyed by the first day of the month, year-to-date cumulative) and annual (keyed
 * by the year). Table and column names here are constants, never input.
 */
public enum ReportKind {
    MONTHLY("indicators_monthly_report", "period", "indicators.monthly-report", "period",
            Arrays.stream(MonthlyIndicator.values()).map(Figure::of).toList()),
    ANNUAL("indicators_annual_figure", "year", "indicators.annual-figure", "year",
            Arrays.stream(AnnualIndicator.values()).map(Figure::of).toList());

    private final String table;
    private final String periodColumn;
    private final String auditType;
    private final String periodField;
    private final List<Figure> figures;

    ReportKind(String table, String periodColumn, String auditType, String periodField, List<Figure> figures) {
        this.table = table;
        this.periodColumn = periodColumn;
        this.auditType = auditType;
        this.periodField = periodField;
        this.figures = figures;
    }

    String table() {
        return table;
    }

    String periodColumn() {
        return periodColumn;
    }

    public String auditType() {
        return auditType;
    }

    public String periodField() {
        return periodField;
    }

    public List<Figure> figures() {
        return figures;
    }

    public Figure figure(String code) {
        return figures.stream().filter(f -> f.code().equals(code)).findFirst().orElse(null);
    }

    /** The value bound for the period column: a LocalDate (first of month) or an Integer year. */
    static Object key(Object period) {
        return period instanceof YearMonth ym ? ym.atDay(1) : period;
    }

    /** The period before within the same year, where year-to-date values must not be larger; null in January. */
    Object previousInYear(Object period) {
        return this == MONTHLY && ((YearMonth) period).getMonthValue() > 1 ? ((YearMonth) period).minusMonths(1) : null;
    }

    Object nextInYear(Object period) {
        return this == MONTHLY && ((YearMonth) period).getMonthValue() < 12 ? ((YearMonth) period).plusMonths(1) : null;
    }

    /** The same month last year, or last year: what growth and plausibility are measured against. */
    Object yearBefore(Object period) {
        return period instanceof YearMonth ym ? ym.minusYears(1) : (Integer) period - 1;
    }

    boolean isFuture(Object period, LocalDate today) {
        return period instanceof YearMonth ym ? ym.isAfter(YearMonth.from(today)) : (Integer) period > today.getYear();
    }

    static Object period(Object key) {
        return key instanceof java.sql.Date d ? YearMonth.from(d.toLocalDate())
                : key instanceof LocalDate d ? YearMonth.from(d) : ((Number) key).intValue();
    }
}
