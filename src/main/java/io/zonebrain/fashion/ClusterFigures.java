package io.zonebrain.fashion;

import io.zonebrain.fashion.internal.FigureStore;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cluster dashboard's figures (officials and the operator). Seasons are counted from today: the coming season
 * is the one brands order for now; "previous" is the same season a year earlier (completed), "earlier" the one
 * before. Participants' output growth compares the average value shipped per participating factory of the two
 * completed seasons, like for like (SS with SS), as seed 003's "+15% average output" is read.
 */
@Service
public class ClusterFigures {

    private final FigureStore store;
    private final Clock clock;

    ClusterFigures(FigureStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ClusterDashboard dashboard(String seasonCode) {
        FashionCaller me = FashionCaller.current().requireOverview();
        long zone = me.zoneId();
        Season coming = Season.coming(LocalDate.now(clock));
        Season previous = coming.minusYears(1);
        Season earlier = coming.minusYears(2);
        Season shown = seasonCode == null || seasonCode.isBlank() ? previous : parse(seasonCode, previous);
        ClusterDashboard.SeasonFigures p = store.season(zone, previous);
        ClusterDashboard.SeasonFigures e = store.season(zone, earlier);
        Double growth = p.participants() == 0 || e.participants() == 0 || e.outputYuan().signum() == 0 ? null
                : p.outputPerParticipant().doubleValue() / e.outputPerParticipant().doubleValue() - 1;
        return new ClusterDashboard(store.participants(zone), store.orderBook(zone, coming), p, e, growth,
                store.byTown(zone, shown), store.byCategory(zone, shown), store.sizeBands(zone),
                List.of(e, p, store.season(zone, coming)));
    }

    /** The season whose utilisation the dashboard shows by default, and the ones it offers. */
    public List<String> seasonChoices() {
        Season coming = Season.coming(LocalDate.now(clock));
        return List.of(coming.code(), coming.minusYears(1).code(), coming.minusYears(2).code());
    }

    public String defaultSeason() {
        return Season.coming(LocalDate.now(clock)).minusYears(1).code();
    }

    private static Season parse(String code, Season fallback) {
        try {
            return Season.parse(code);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
