package io.zonebrain.fashion.internal.calendar;

import io.zonebrain.platform.ZoneCreated;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every zone starts with the holidays capacity counted before the operator kept a calendar (2024–2031), so a new
 * zone's rounds count the same days as the existing zones' did. Seeded here rather than by the demo loader because a
 * real zone needs it as much as the demo; the rows come from the migration's function fashion_seed_calendar.
 */
@Component
class ShippedCalendar {

    private final CalendarStore store;

    ShippedCalendar(CalendarStore store) {
        this.store = store;
    }

    @EventListener
    @Transactional
    void on(ZoneCreated event) {
        store.seed(event.zoneId());
    }
}
