package io.zonebrain.indicators;

import io.zonebrain.indicators.internal.rollup.TargetStore;
import io.zonebrain.platform.AuditTrail;
import io.zonebrain.platform.CallerContext;
import io.zonebrain.platform.CurrentUser;
import io.zonebrain.platform.FieldError;
import io.zonebrain.platform.ValidationException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Annual targets per indicator for the zone and its clusters, and progress against them. */
@Service
public class Targets {

    /** The headline indicators whose growth makes "全年红". */
    public static final List<MonthlyIndicator> HEADLINE = List.of(MonthlyIndicator.GROSS_OUTPUT,
            MonthlyIndicator.VALUE_ADDED, MonthlyIndicator.REVENUE, MonthlyIndicator.TOTAL_PROFIT,
            MonthlyIndicator.TAXES);
    /** Indicators a target may be set for: the cumulative amounts a rollup adds up. */
    public static final List<MonthlyIndicator> TARGETABLE = List.of(MonthlyIndicator.GROSS_OUTPUT,
            MonthlyIndicator.VALUE_ADDED, MonthlyIndicator.REVENUE, MonthlyIndicator.TOTAL_PROFIT,
            MonthlyIndicator.TAXES, MonthlyIndicator.HIGH_TECH_OUTPUT, MonthlyIndicator.EXPORT_DELIVERY);

    private final TargetStore store;
    private final EconomicRollups rollups;
    private final AuditTrail audit;

    public Targets(TargetStore store, EconomicRollups rollups, AuditTrail audit) {
        this.store = store;
        this.rollups = rollups;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<Target> list(int year) {
        return store.list(official().zoneId(), year);
    }

    /** Sets (or clears, when both values are null) a target; zone admins only; audited with the before value. */
    @Transactional
    public void put(Target target, String reason) {
        CurrentUser me = official();
        if (me.role() != io.zonebrain.platform.Role.ZONE_ADMIN) {
            throw new AccessDeniedException("targets are set by zone admins");
        }
        List<FieldError> errors = new ArrayList<>();
        if (TARGETABLE.stream().noneMatch(i -> i.name().equals(target.indicator()))) {
            errors.add(FieldError.of("targetIndicator", "cockpit.target.error.indicator"));
        }
        if (target.targetGrowth() != null && target.targetGrowth().abs().compareTo(BigDecimal.ONE) > 0) {
            errors.add(FieldError.of("targetGrowth", "cockpit.target.error.growth"));
        }
        if (target.targetValue() != null && target.targetValue().signum() < 0) {
            errors.add(FieldError.of("targetValue", "cockpit.target.error.value"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Target before = store.find(me.zoneId(), target).orElse(null);
        String id = target.year() + "/" + target.indicator() + "/" + (target.clusterCode() == null ? "zone"
                : target.clusterCode());
        if (target.targetValue() == null && target.targetGrowth() == null) {
            store.delete(me.zoneId(), target);
            if (before != null) {
                audit.deleted("indicators_target", id, before, reason);
            }
            return;
        }
        store.upsert(me.zoneId(), target);
        if (before == null) {
            audit.created("indicators_target", id, target, reason);
        } else {
            audit.changed("indicators_target", id, before, target, reason);
        }
    }

    /** Progress of the year's targets at {@code period}, for the zone and each cluster. */
    @Transactional(readOnly = true)
    public TargetBoard board(YearMonth period) {
        CurrentUser me = official();
        Rollup zone = rollups.summary(period);
        Map<String, Rollup> clusters = rollups.by(period, Dimension.CLUSTER).stream()
                .filter(r -> r.key() != null)
                .collect(Collectors.toMap(DimensionRollup::key, DimensionRollup::figures));
        double elapsed = period.getMonthValue() / 12.0;
        List<TargetProgress> progress = new ArrayList<>();
        for (Target t : store.list(me.zoneId(), period.getYear())) {
            Rollup r = t.clusterCode() == null ? zone : clusters.get(t.clusterCode());
            Figure f = r == null ? Figure.of(null, null, null) : figure(r, MonthlyIndicator.valueOf(t.indicator()));
            Double completion = t.targetValue() == null || t.targetValue().signum() == 0 ? null
                    : f.ytd().doubleValue() / t.targetValue().doubleValue();
            boolean pace = completion == null || completion >= elapsed;
            boolean growth = t.targetGrowth() == null
                    || (f.yoy() != null && f.yoy() >= t.targetGrowth().doubleValue());
            progress.add(new TargetProgress(t, f.ytd(), f.yoy(), completion, elapsed, pace && growth));
        }
        List<String> notGrowing = HEADLINE.stream().filter(i -> !figure(zone, i).growing()).map(Enum::name).toList();
        return new TargetBoard(period.toString(), progress, notGrowing.isEmpty() && zone.enterprises() > 0,
                notGrowing);
    }

    /** The figure of a rollup for an indicator a target may name. */
    public static Figure figure(Rollup r, MonthlyIndicator indicator) {
        Map<MonthlyIndicator, Function<Rollup, Figure>> by = Map.of(
                MonthlyIndicator.GROSS_OUTPUT, Rollup::output, MonthlyIndicator.VALUE_ADDED, Rollup::valueAdded,
                MonthlyIndicator.REVENUE, Rollup::revenue, MonthlyIndicator.TOTAL_PROFIT, Rollup::profit,
                MonthlyIndicator.TAXES, Rollup::taxes, MonthlyIndicator.HIGH_TECH_OUTPUT, Rollup::highTechOutput,
                MonthlyIndicator.EXPORT_DELIVERY, Rollup::exportDelivery);
        Function<Rollup, Figure> f = by.get(indicator);
        if (f == null) {
            throw new IllegalArgumentException("no target for " + indicator);
        }
        return f.apply(r);
    }

    private static CurrentUser official() {
        CurrentUser me = CallerContext.require();
        if (!me.isOfficial()) {
            throw new AccessDeniedException("targets are for officials");
        }
        return me;
    }
}
