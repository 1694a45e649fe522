package io.zonebrain.land;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonebrain.land.internal.LandShareCapacity;
import io.zonebrain.land.internal.LandShareCapacity.Span;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The busiest day of a parcel's leases: overlapping spans add up, consecutive ones do not. */
class LandShareCapacityTest {

    private static Span span(String mu, String from, String to) {
        return new Span(new BigDecimal(mu), LocalDate.parse(from), to == null ? null : LocalDate.parse(to));
    }

    @Test
    void overlappingLeasesAddUpOnTheDayTheLaterOneStarts() {
        var peak = LandShareCapacity.peak(List.of(span("30", "2020-01-01", "2024-12-31"),
                span("50", "2023-06-01", null), span("10", "2019-01-01", "2019-12-31")));
        assertThat(peak).isPresent();
        assertThat(peak.get().day()).isEqualTo(LocalDate.of(2023, 6, 1));
        assertThat(peak.get().leasedMu()).isEqualByComparingTo("80");
    }

    @Test
    void aLeaseEndingTheDayBeforeAnotherStartsDoesNotOverlapIt() {
        List<Span> back = List.of(span("60", "2020-01-01", "2022-12-31"), span("60", "2023-01-01", null));
        assertThat(LandShareCapacity.overflow(back, new BigDecimal("100"))).isEmpty();
        List<Span> sameDay = List.of(span("60", "2020-01-01", "2023-01-01"), span("60", "2023-01-01", null));
        var over = LandShareCapacity.overflow(sameDay, new BigDecimal("100"));
        assertThat(over).isPresent();
        assertThat(over.get().day()).isEqualTo(LocalDate.of(2023, 1, 1));
        assertThat(over.get().leasedMu()).isEqualByComparingTo("120");
    }

    @Test
    void exactlyTheAreaFitsAndNoLeasesHaveNoPeak() {
        assertThat(LandShareCapacity.overflow(List.of(span("40.5", "2021-01-01", null),
                span("59.5", "2021-03-01", null)), new BigDecimal("100"))).isEmpty();
        assertThat(LandShareCapacity.peak(List.of())).isEmpty();
    }
}
