package io.zonebrain.indicators;

import io.zonebrain.indicators.internal.rollup.RollupQueries;
import io.zonebrain.indicators.internal.rollup.RollupStore;
import io.zonebrain.platform.CallerContext;
import io.zonebrain.platform.CurrentUser;
import io.zonebrain.platform.DataScope;
import io.zonebrain.platform.NotFoundException;
import io.zonebrain.platform.Zones;
import java.time.YearMonth;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Economic monitoring's read side: year-to-date totals and like-for-like growth for a month, for the zone and its
 * slices, the month-by-month series, rankings, the growth distribution and the firms behind every figure. Always in
 * the caller's data scope: a grid officer's totals are their grid's. Enterprise users get only {@link #standing}.
 */
@Service
public class EconomicRollups {

    private static final int MAX_FIRMS = 1_000;

    private final RollupQueries queries;
    private final RollupStore store;
    private final Zones zones;

    public EconomicRollups(RollupQueries queries, RollupStore store, Zones zones) {
        this.queries = queries;
        this.store = store;
        this.zones = zones;
    }

    /** The latest month with reports in the caller's scope (an enterprise: its own), if any. */
    public java.util.Optional<YearMonth> latestPeriod() {
        return queries.latestPeriod(CallerContext.require().dataScope());
    }

    /** The zone's (or the grid officer's grid's) headline figures. {@code zoneCode} null means the caller's zone. */
    public ZoneSummary zoneSummary(YearMonth period, String zoneCode) {
        CurrentUser me = official();
        Zones.Zone zone = zone(me, zoneCode);
        Rollup rollup = store.rollup(me.dataScope(), period, Dimension.ZONE).stream().findFirst()
                .map(DimensionRollup::figures).orElse(empty());
        return ZoneSummary.of(period.toString(), zone.code(), rollup);
    }

    public Rollup summary(YearMonth period) {
        return store.rollup(official().dataScope(), period, Dimension.ZONE).stream().findFirst()
                .map(DimensionRollup::figures).orElse(empty());
    }

    /** One row per cluster, section, division, park or grid, largest output first. */
    public List<DimensionRollup> by(YearMonth period, Dimension dimension) {
        return store.rollup(official().dataScope(), period, dimension);
    }

    public List<MonthPoint> months(YearMonth period, MonthlyIndicator indicator) {
        DataScope scope = official().dataScope();
        // output, the cockpit's chart, is materialised; other indicators are derived from the reports directly
        return indicator == MonthlyIndicator.GROSS_OUTPUT ? store.outputMonths(scope, period)
                : queries.months(scope, period, indicator);
    }

    public List<EnterpriseFigure> top(YearMonth period, int n) {
        return queries.firms(official().dataScope(), period, Drill.all(), Math.max(1, Math.min(n, 100)));
    }

    public List<GrowthBucket> growthDistribution(YearMonth period) {
        return store.growthBuckets(official().dataScope(), period);
    }

    /** The firms behind a tile or chart, largest output first (at most 1,000). */
    public List<EnterpriseFigure> drill(YearMonth period, Drill drill) {
        return drill(period, drill, MAX_FIRMS);
    }

    /** The first {@code limit} (at most 1,000) of those firms: the ranking index stops there, so fewer is cheaper. */
    public List<EnterpriseFigure> drill(YearMonth period, Drill drill, int limit) {
        return drill(period, drill, limit, 0);
    }

    /** A page of those firms: {@code limit} (at most 1,000) from {@code offset}. */
    public List<EnterpriseFigure> drill(YearMonth period, Drill drill, int limit, int offset) {
        return queries.firms(official().dataScope(), period, drill, Math.max(1, Math.min(limit, MAX_FIRMS)),
                Math.max(0, offset));
    }

    /** An enterprise user's own figures and its rank within its cluster (rank only). */
    public EnterpriseStanding standing(YearMonth period) {
        CurrentUser me = CallerContext.require();
        if (!me.isEnterprise()) {
            throw new AccessDeniedException("the standing is an enterprise's own view");
        }
        DataScope scope = me.dataScope();
        EnterpriseFigure own = queries.firms(scope, period, Drill.all(), 1).stream().findFirst().orElse(null);
        if (own == null) {
            return new EnterpriseStanding(period.toString(), null, null, null, 0);
        }
        int[] rank = queries.rankInCluster(me.zoneId(), me.enterpriseId(), own.clusterCode(), period);
        return new EnterpriseStanding(period.toString(), own, own.clusterCode(), rank == null ? null : rank[0],
                rank == null ? 0 : rank[1]);
    }

    private static CurrentUser official() {
        CurrentUser me = CallerContext.require();
        if (!me.isOfficial()) {
            throw new AccessDeniedException("economic rollups are for officials");
        }
        return me;
    }

    /** Every account belongs to one zone: another zone's code is answered as unknown, so it leaks nothing. */
    private Zones.Zone zone(CurrentUser me, String zoneCode) {
        Zones.Zone own = zones.find(me.zoneId()).orElseThrow(() -> new NotFoundException("zone"));
        if (zoneCode != null && !zoneCode.isBlank() && !zoneCode.equals(own.code())) {
            throw new NotFoundException("zone " + zoneCode);
        }
        return own;
    }

    private static Rollup empty() {
        Figure zero = Figure.of(null, null, null);
        return new Rollup(0, 0, zero, zero, zero, zero, zero, zero, zero, java.math.BigDecimal.ZERO, 0,
                java.math.BigDecimal.ZERO, 0, 0);
    }
}
