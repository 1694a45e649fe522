package io.zonebrain.fashion.allocation.model;

/**
 * One due week at one factory: the lots due by the end of {@code week} must fit into the minutes available up to then.
 *
 * <p>This is the earliest-due-date test: a factory can finish every lot on time (working on lots in due-date order)
 * exactly when, for every due week, the load of the lots due by then is at most the cumulative capacity up to then.
 * Only weeks in which some lot is due need a deadline; with a single week (the generalized assignment problem) it is
 * the plain capacity constraint.
 */
public record FactoryDeadline(String id, Factory factory, int week, long cumulativeMinutes) {

    public static FactoryDeadline of(Factory factory, int week) {
        return new FactoryDeadline(factory.id() + "@" + week, factory, week, factory.minutesUpTo(week));
    }
}
