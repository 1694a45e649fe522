package io.zonebrain.indicators.reporting;

import io.zonebrain.indicators.MoneyUnit;
import io.zonebrain.indicators.MonthlyFigures;
import io.zonebrain.indicators.MonthlyIndicator;
import io.zonebrain.indicators.MonthlySubmission;
import io.zonebrain.indicators.ReportSource;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;

/** Builds monthly submissions for tests: a few figures in yuan, the rest left out. */
final class Figures {

    private Figures() {
    }

    static MonthlyFigures of(Object... pairs) {
        Map<MonthlyIndicator, BigDecimal> m = new EnumMap<>(MonthlyIndicator.class);
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((MonthlyIndicator) pairs[i], new BigDecimal(String.valueOf(pairs[i + 1])));
        }
        return new MonthlyFigures(m);
    }

    static MonthlySubmission submission(long enterpriseId, String period, MonthlyFigures figures) {
        return new MonthlySubmission(enterpriseId, null, YearMonth.parse(period), figures, null, false, MoneyUnit.YUAN,
                ReportSource.API);
    }

    static MonthlySubmission withReason(MonthlySubmission s, String reason, boolean unitsConfirmed) {
        return new MonthlySubmission(s.enterpriseId(), s.uscc(), s.period(), s.figures(), reason, unitsConfirmed,
                s.enteredIn(), s.source());
    }
}
