package io.zonebrain.fashion.internal.allocating;

import io.zonebrain.fashion.ClusterCalendar;
import java.time.LocalDate;
import java.util.List;

/** Where an allocation problem's rows come from: the fashion tables, or the demo generator for the benchmark. */
public interface ProblemSource {

    List<ProblemTables.FactoryRow> factories(long zoneId, String town);

    List<ProblemTables.OrderRow> orders(long zoneId, String season, String category, Long brandId);

    List<ProblemTables.LotRow> activeLots(long zoneId, String season);

    List<ProblemTables.HistoryRow> history(long zoneId, LocalDate seasonStart);

    /**
     * The cluster's working calendar covering {@code from} to {@code to}: the operator's special days, or the
     * built-in holidays for a year the operator has not entered.
     */
    ClusterCalendar calendar(long zoneId, LocalDate from, LocalDate to);
}
