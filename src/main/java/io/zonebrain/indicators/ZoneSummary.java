package io.zonebrain.indicators;

import java.math.BigDecimal;

/** The zone's headline figures for one month, flat for the API. Amounts in yuan, growth and shares as fractions. */
public record ZoneSummary(String period, String zone, int aboveScaleEnterprises, int comparableEnterprises,
                          BigDecimal aboveScaleOutputYtd, Double aboveScaleOutputYoy,
                          BigDecimal valueAddedYtd, Double valueAddedYoy,
                          BigDecimal highTechOutputYtd, Double highTechOutputYoy, Double highTechShare,
                          BigDecimal revenueYtd, Double revenueYoy, BigDecimal profitYtd, Double profitYoy,
                          BigDecimal taxesYtd, Double taxesYoy, BigDecimal exportDeliveryYtd, Double exportDeliveryYoy,
                          Double exportShare, int enterprisesAbove100m, Double shareOfOutputAbove100m,
                          int enterprisesGrowing, int enterprisesShrinking) {

    public static ZoneSummary of(String period, String zone, Rollup r) {
        return new ZoneSummary(period, zone, r.enterprises(), r.comparableEnterprises(), r.output().ytd(),
                r.output().yoy(), r.valueAdded().ytd(), r.valueAdded().yoy(), r.highTechOutput().ytd(),
                r.highTechOutput().yoy(), r.highTechShare(), r.revenue().ytd(), r.revenue().yoy(), r.profit().ytd(),
                r.profit().yoy(), r.taxes().ytd(), r.taxes().yoy(), r.exportDelivery().ytd(),
                r.exportDelivery().yoy(), r.exportShare(), r.enterprisesAbove100m(), r.shareOfOutputAbove100m(),
                r.enterprisesGrowing(), r.enterprisesShrinking());
    }
}
