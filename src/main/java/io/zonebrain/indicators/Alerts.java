package io.zonebrain.indicators;

import io.zonebrain.indicators.internal.rollup.AlertQueries;
import io.zonebrain.platform.CallerContext;
import io.zonebrain.platform.CurrentUser;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Alerts for a month, in the caller's scope. Thresholds are settings, because each zone draws its line elsewhere:
 * {@code zonebrain.alerts.output-drop} (default 0.20: cumulative output down more than 20% like for like) and
 * {@code zonebrain.alerts.energy-jump} (default 0.8: the month's energy use up more than 80% on the same month
 * last year while output did not grow as much).
 */
@Service
@Transactional(readOnly = true)
public class Alerts {

    private final AlertQueries queries;
    private final double outputDrop;
    private final double energyJump;

    public Alerts(AlertQueries queries, @Value("${zonebrain.alerts.output-drop:0.20}") double outputDrop,
                  @Value("${zonebrain.alerts.energy-jump:0.8}") double energyJump) {
        this.queries = queries;
        this.outputDrop = outputDrop;
        this.energyJump = energyJump;
    }

    public List<Alert> at(YearMonth period) {
        CurrentUser me = CallerContext.require();
        if (!me.isOfficial()) {
            throw new AccessDeniedException("alerts are for officials");
        }
        List<Alert> alerts = new ArrayList<>();
        alerts.addAll(queries.outputDrops(me.dataScope(), period, outputDrop));
        alerts.addAll(queries.stoppedReporting(me.dataScope(), period));
        alerts.addAll(queries.energyJumps(me.dataScope(), period, energyJump));
        return alerts;
    }
}
