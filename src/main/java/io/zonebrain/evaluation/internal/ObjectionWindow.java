package io.zonebrain.evaluation.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The objection window of a published run: {@code zonebrain.evaluation.objection-days} calendar days after the day
 * of publication, the last day included. Dates, not instants, because 公示 notices name a last day, and the injected
 * clock's zone decides what "today" is.
 */
@Component
public class ObjectionWindow {

    private final Clock clock;
    private final int days;

    ObjectionWindow(Clock clock, @Value("${zonebrain.evaluation.objection-days:7}") int days) {
        if (days < 0) {
            throw new IllegalArgumentException("zonebrain.evaluation.objection-days must not be negative");
        }
        this.clock = clock;
        this.days = days;
    }

    /** The last day on which an objection may be filed to a run published today. */
    public LocalDate deadlineForPublicationToday() {
        return today().plusDays(days);
    }

    public boolean isOpen(LocalDate deadline) {
        return deadline != null && !today().isAfter(deadline);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
