package io.zonebrain.indicators;

import io.zonebrain.indicators.internal.rollup.RollupStore;
import io.zonebrain.platform.CallerContext;
import io.zonebrain.platform.CurrentUser;
import java.time.YearMonth;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Alerts for a month, in the caller's scope. Thresholds are settings, because each zone draws its line elsewhere:
 * {@code zonebrain.alerts.output-drop} (default 0.20: cumulative output down more than 20% like for like) and
 * {@code zonebrain.alerts.energy-jump} (default 0.8: the month's energy use up more than 80% on the same month
 * last year while output did not grow as much).
 */
@Service
public class Alerts {

    private static final int LIMIT = 200;

    private final RollupStore store;
    private final double outputDrop;
    private final double energyJump;

    public Alerts(RollupStore store, @Value("${zonebrain.alerts.output-drop:0.20}") double outputDrop,
                  @Value("${zonebrain.alerts.energy-jump:0.8}") double energyJump) {
        this.store = store;
        this.outputDrop = outputDrop;
        this.energyJump = energyJump;
    }

    public List<Alert> at(YearMonth period) {
        CurrentUser me = CallerContext.require();
        if (!me.isOfficial()) {
            throw new AccessDeniedException("alerts are for officials");
        }
        // the refresh keeps candidates beyond a 5% fall and a 30% jump: thresholds below those see no more
        return store.alerts(me.dataScope(), period, Math.max(outputDrop, 0.05), Math.max(energyJump, 0.3), LIMIT);
    }
}
