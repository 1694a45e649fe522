package io.zonebrain.land.web;

import io.zonebrain.land.Lease;
import io.zonebrain.land.Parcel;
import io.zonebrain.platform.CallerContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a parcel's page shows: the parcel, each lease's state today, and the split of its area today (the owner's
 * own use and each lessee's share) for the pie chart, which static/js/land.js draws from a data attribute because
 * the CSP forbids inline scripts.
 */
@Component
class ParcelPage {

    private final MessageSource messages;
    private final JsonMapper json;
    private final Clock clock;

    ParcelPage(MessageSource messages, JsonMapper json, Clock clock) {
        this.messages = messages;
        this.json = json;
        this.clock = clock;
    }

    /** A lease's state on a day: not started yet, in force, or ended. */
    enum LeaseState { FUTURE, IN_FORCE, ENDED }

    record LeaseRow(Lease lease, LeaseState state) {
    }

    record Slice(String name, BigDecimal value) {
    }

    void addTo(Model model, Parcel parcel, Locale locale) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("parcel", parcel);
        model.addAttribute("today", today);
        model.addAttribute("official", CallerContext.require().isOfficial());
        model.addAttribute("leases", parcel.leases().stream().map(l -> new LeaseRow(l, state(l, today))).toList());
        model.addAttribute("leasedToday", parcel.leasedMuOn(today));
        model.addAttribute("ownUseToday", parcel.ownUseMuOn(today));
        if (!parcel.limited()) {
            model.addAttribute("chartJson", json.writeValueAsString(split(parcel, today, locale)));
        }
    }

    /** The area today: what the owner keeps (or what is unlet, for zone-held land) and each lessee's share. */
    List<Slice> split(Parcel parcel, LocalDate today, Locale locale) {
        Map<String, BigDecimal> byLessee = new LinkedHashMap<>();
        parcel.leases().stream().filter(l -> l.inForceOn(today)).forEach(l ->
                byLessee.merge(l.lessee().name() == null ? l.lessee().uscc() : l.lessee().name(), l.landShareMu(),
                        BigDecimal::add));
        List<Slice> slices = new ArrayList<>();
        String own = parcel.owner() == null
                ? messages.getMessage("land.chart.unlet", null, locale)
                : messages.getMessage("land.chart.ownUse", new Object[] {parcel.owner().name()}, locale);
        slices.add(new Slice(own, parcel.ownUseMuOn(today)));
        byLessee.forEach((name, mu) -> slices.add(new Slice(name, mu)));
        return slices;
    }

    static LeaseState state(Lease l, LocalDate today) {
        return l.inForceOn(today) ? LeaseState.IN_FORCE
                : l.leaseFrom().isAfter(today) ? LeaseState.FUTURE : LeaseState.ENDED;
    }
}
