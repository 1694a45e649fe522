package io.zonebrain.land.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;

/**
 * The rule that a parcel cannot be leased out more than once over: on no day may the land shares of the leases in
 * force then add up to more than the parcel's area. The busiest day always starts some lease, so checking each
 * lease's first day covers every day.
 */
public final class LandShareCapacity {

    private LandShareCapacity() {
    }

    /** A lease as this rule sees it: a share over an inclusive span of days, {@code to} null for open-ended. */
    public record Span(BigDecimal landShareMu, LocalDate from, LocalDate to) {

        boolean covers(LocalDate day) {
            return !from.isAfter(day) && (to == null || !to.isBefore(day));
        }
    }

    /** The busiest day and what is leased out on it. */
    public record Peak(LocalDate day, BigDecimal leasedMu) {
    }

    /** The busiest day of these leases (the earliest, if several tie); empty without leases. */
    public static Optional<Peak> peak(Collection<Span> leases) {
        Peak best = null;
        for (Span start : leases) {
            BigDecimal sum = BigDecimal.ZERO;
            for (Span l : leases) {
                if (l.covers(start.from())) {
                    sum = sum.add(l.landShareMu());
                }
            }
            if (best == null || sum.compareTo(best.leasedMu()) > 0
                    || (sum.compareTo(best.leasedMu()) == 0 && start.from().isBefore(best.day()))) {
                best = new Peak(start.from(), sum);
            }
        }
        return Optional.ofNullable(best);
    }

    /** The day on which these leases exceed {@code areaMu}, if there is one (the busiest such day). */
    public static Optional<Peak> overflow(Collection<Span> leases, BigDecimal areaMu) {
        return peak(leases).filter(p -> p.leasedMu().compareTo(areaMu) > 0);
    }
}
