package io.zonebrain.cockpit.web;

import io.zonebrain.indicators.Dimension;
import io.zonebrain.indicators.DimensionRollup;
import io.zonebrain.indicators.EconomicRollups;
import io.zonebrain.indicators.GrowthBucket;
import io.zonebrain.indicators.MonthPoint;
import io.zonebrain.indicators.MonthlyIndicator;
import io.zonebrain.platform.CallerContext;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The cockpit's chart data, in 亿元, with the labels already in the page's language. */
@RestController
class CockpitDataController {

    private final EconomicRollups rollups;
    private final Labels labels;
    private final MessageSource messages;

    CockpitDataController(EconomicRollups rollups, Labels labels, MessageSource messages) {
        this.rollups = rollups;
        this.labels = labels;
        this.messages = messages;
    }

    @GetMapping("/cockpit/data")
    Data data(@RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth period, Locale locale) {
        long zoneId = CallerContext.require().zoneId();
        List<Month> months = rollups.months(period, MonthlyIndicator.GROSS_OUTPUT).stream()
                .map(m -> new Month(m.month(), value(m.thisYear()), value(m.lastYear()))).toList();
        Map<String, String> names = labels.of(zoneId, Dimension.CLUSTER, locale);
        String other = messages.getMessage("cockpit.other", null, locale);
        List<Slice> clusters = rollups.by(period, Dimension.CLUSTER).stream().map(r -> slice(r, names, other))
                .toList();
        List<Bucket> buckets = rollups.growthDistribution(period).stream()
                .map(b -> new Bucket(b.code(), bucketLabel(b, locale), b.enterprises())).toList();
        Map<String, String> text = Map.of(
                "thisYear", messages.getMessage("cockpit.chart.thisYear", new Object[] {Integer.toString(period.getYear())}, locale),
                "lastYear", messages.getMessage("cockpit.chart.lastYear", new Object[] {Integer.toString(period.getYear() - 1)},
                        locale),
                "unit", messages.getMessage("cockpit.unit.yi", null, locale),
                "firms", messages.getMessage("cockpit.unit.firms", null, locale));
        return new Data(period.toString(), months, clusters, buckets, text);
    }

    private static Slice slice(DimensionRollup r, Map<String, String> names, String other) {
        return new Slice(r.key(), r.key() == null ? other : names.getOrDefault(r.key(), r.key()),
                Figures.yiValue(r.figures().output().ytd()), r.figures().output().yoy());
    }

    private String bucketLabel(GrowthBucket b, Locale locale) {
        if (GrowthBucket.NEW.equals(b.code())) {
            return messages.getMessage("cockpit.bucket.new", null, locale);
        }
        return (b.from() == null ? "<" + pct(b.to()) : b.to() == null ? "≥" + pct(b.from())
                : pct(b.from()) + "~" + pct(b.to()));
    }

    private static String pct(Double fraction) {
        return Math.round(fraction * 100) + "%";
    }

    private static Double value(java.math.BigDecimal yuan) {
        return yuan == null ? null : Figures.yiValue(yuan);
    }

    record Data(String period, List<Month> months, List<Slice> clusters, List<Bucket> buckets,
                Map<String, String> text) {
    }

    record Month(int month, Double thisYear, Double lastYear) {
    }

    record Slice(String key, String label, double output, Double yoy) {
    }

    record Bucket(String code, String label, int enterprises) {
    }
}
