package io.zonebrain.indicators.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonebrain.indicators.Dimension;
import io.zonebrain.indicators.DimensionRollup;
import io.zonebrain.indicators.EconomicRollups;
import io.zonebrain.indicators.MonthPoint;
import io.zonebrain.indicators.MonthlyIndicator;
import io.zonebrain.indicators.internal.rollup.RollupQueries;
import io.zonebrain.platform.DataScope;
import io.zonebrain.support.TestUsers;
import io.zonebrain.support.ZonebrainTest;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The materialised rollups answer exactly what the reports themselves add up to, for the zone and for a grid. */
@ZonebrainTest
class MaterialisedRollupTest {

    @Autowired EconomicRollups rollups;
    @Autowired RollupQueries raw;
    @Autowired TestUsers users;

    @Test
    void storedSlicesEqualTheRawSumsForTheZoneAndForAGrid() {
        YearMonth period = YearMonth.of(2024, 9);
        long zone = users.zoneId();
        long grid = users.gridId("G2");
        for (Dimension dimension : Dimension.values()) {
            List<DimensionRollup> stored = users.as(users.officer(), () -> rollups.by(period, dimension));
            assertThat(stored).usingRecursiveFieldByFieldElementComparator()
                    .containsExactlyInAnyOrderElementsOf(raw.rollup(DataScope.zone(zone), period, dimension));
            List<DimensionRollup> gridStored = users.as(users.gridOfficer(grid), () -> rollups.by(period, dimension));
            assertThat(gridStored).usingRecursiveFieldByFieldElementComparator()
                    .containsExactlyInAnyOrderElementsOf(raw.rollup(DataScope.grid(zone, grid), period, dimension));
        }
    }

    @Test
    void storedMonthsEqualTheRawSeries() {
        YearMonth period = YearMonth.of(2024, 9);
        List<MonthPoint> stored = users.as(users.officer(),
                () -> rollups.months(period, MonthlyIndicator.GROSS_OUTPUT));
        List<MonthPoint> derived = raw.months(DataScope.zone(users.zoneId()), period, MonthlyIndicator.GROSS_OUTPUT);
        assertThat(stored).hasSize(12);
        for (int m = 0; m < 12; m++) {
            assertThat(compare(stored.get(m).thisYear(), derived.get(m).thisYear())).isZero();
            assertThat(compare(stored.get(m).lastYearYtd(), derived.get(m).lastYearYtd())).isZero();
        }
    }

    private static int compare(java.math.BigDecimal a, java.math.BigDecimal b) {
        if (a == null || b == null) {
            return a == b ? 0 : 1;
        }
        return a.compareTo(b);
    }
}
