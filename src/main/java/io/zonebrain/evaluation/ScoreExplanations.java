package io.zonebrain.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns an indicator's line into the sentence an enterprise reads: "亩均税收 18.3 万元/亩 ÷ 基准 24.097 × 30 =
 * 22.78 分". Kept out of the kernel so a run over a million enterprises writes numbers, not text; the text is made
 * when someone reads it, in their language.
 */
@Component
public class ScoreExplanations {

    private final MessageSource messages;

    public ScoreExplanations(MessageSource messages) {
        this.messages = messages;
    }

    public String explain(IndicatorScore s, Locale locale) {
        String unit = s.unit() == null ? "" : s.unit();
        if (s.outcome() != IndicatorScore.Outcome.SCORED) {
            String fields = String.join(", ", s.problemFields().stream().map(InputField::key).toList());
            String rule = messages.getMessage("evaluation.rule." + s.ruleApplied(), new Object[] {number(s.points())},
                    locale);
            String key = switch (s.outcome()) {
                case MISSING -> "evaluation.trace.missing";
                case ZERO_DENOMINATOR -> "evaluation.trace.zeroDenominator";
                default -> "evaluation.trace.negative";
            };
            return messages.getMessage(key, new Object[] {s.name(), fields, rule, number(s.value()), unit}, locale);
        }
        String line = switch (s.method()) {
            case RATIO_TO_BENCHMARK -> messages.getMessage("evaluation.trace.ratio", new Object[] {s.name(),
                    number(s.value()), unit, number(s.benchmark()), number(s.weight()), points(s.rawPoints())}, locale);
            case LOWER_IS_BETTER -> messages.getMessage("evaluation.trace.lowerIsBetter", new Object[] {s.name(),
                    number(s.value()), unit, number(s.benchmark()), number(s.weight()), points(s.rawPoints())}, locale);
            case MIN_MAX -> messages.getMessage("evaluation.trace.minMax", new Object[] {s.name(), number(s.value()),
                    unit, number(s.low()), number(s.high()), points(s.rawPoints())}, locale);
            case BANDS -> messages.getMessage("evaluation.trace.bands", new Object[] {s.name(), number(s.value()),
                    unit, points(s.rawPoints())}, locale);
        };
        if (s.capped()) {
            line += messages.getMessage("evaluation.trace.capped", new Object[] {points(s.points())}, locale);
        } else if (s.floored()) {
            line += messages.getMessage("evaluation.trace.floored", new Object[] {points(s.points())}, locale);
        }
        return line;
    }

    /** Up to four decimals, no trailing zeros: 18.3, 24.097, 0.0302. */
    static String number(double d) {
        if (Double.isNaN(d)) {
            return "—";
        }
        return BigDecimal.valueOf(d).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    static String points(double d) {
        return BigDecimal.valueOf(d).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
