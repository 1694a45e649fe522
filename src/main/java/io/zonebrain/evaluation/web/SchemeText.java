package io.zonebrain.evaluation.web;

import io.zonebrain.evaluation.AbsoluteRule;
import io.zonebrain.evaluation.Benchmark;
import io.zonebrain.evaluation.Cohort;
import io.zonebrain.evaluation.DataRule;
import io.zonebrain.evaluation.EntryRule;
import io.zonebrain.evaluation.GradingRule;
import io.zonebrain.evaluation.Indicator;
import io.zonebrain.evaluation.InputField;
import io.zonebrain.evaluation.LeasedPremises;
import io.zonebrain.evaluation.Scheme;
import io.zonebrain.evaluation.Scoring;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;

/**
 * A scheme in the words of the printed 办法, for an official checking the stored version against the paper: the
 * formula with the annual figures' names, the entry rule as a sentence, each scoring method with its parameters,
 * benchmarks, data rules and the grading cut-offs. Made per request in the reader's language.
 */
public final class SchemeText {

    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]*");

    private final MessageSource messages;
    private final Locale locale;

    SchemeText(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    /** "taxYuan / landMu" → "实缴税收（元） ÷ 用地面积（亩）"; names that are no annual figure stay as written. */
    public String formula(String formula) {
        if (formula == null) {
            return "";
        }
        Matcher m = NAME.matcher(formula);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String label = InputField.byKey(m.group()).map(f -> msg("field." + f.key())).orElse(m.group());
            m.appendReplacement(out, Matcher.quoteReplacement(label));
        }
        m.appendTail(out);
        return out.toString().replace("*", " × ").replace("/", " ÷ ").replaceAll("\\s+", " ").strip();
    }

    /** The formula as computed, with its scale: "(…) × 0.0001". */
    public String formulaWithScale(Indicator i) {
        String f = formula(i.formula());
        return i.scale() == 1.0 ? f : "(" + f + ") × " + number(i.scale());
    }

    public String entry(EntryRule e) {
        List<String> parts = new ArrayList<>();
        if (e.aboveScale() != null) {
            parts.add(msg(e.aboveScale() ? "schemes.entry.aboveScale" : "schemes.entry.belowScale"));
        }
        range(parts, "schemes.entry.land", e.minLandMu(), e.maxLandMu());
        range(parts, "schemes.entry.years", e.minYearsOperating() == null ? null : e.minYearsOperating().doubleValue(),
                e.maxYearsOperating() == null ? null : e.maxYearsOperating().doubleValue());
        if (e.lessee() != null) {
            parts.add(msg(e.lessee() ? "schemes.entry.lessee" : "schemes.entry.notLessee"));
        }
        range(parts, "schemes.entry.floorArea", e.minFloorAreaM2(), e.maxFloorAreaM2());
        if (!e.industryCodes().isEmpty()) {
            parts.add(msg("schemes.entry.industries", String.join(", ", e.industryCodes())));
        }
        return parts.isEmpty() ? msg("schemes.entry.everyone") : String.join(msg("schemes.entry.and"), parts);
    }

    private void range(List<String> parts, String key, Double min, Double max) {
        if (min != null && max != null) {
            parts.add(msg(key + ".between", number(min), number(max)));
        } else if (min != null) {
            parts.add(msg(key + ".atLeast", number(min)));
        } else if (max != null) {
            parts.add(msg(key + ".below", number(max)));
        }
    }

    public String scoring(Scoring s) {
        return switch (s.method()) {
            case RATIO_TO_BENCHMARK -> msg("schemes.scoring.RATIO_TO_BENCHMARK");
            case LOWER_IS_BETTER -> msg("schemes.scoring.LOWER_IS_BETTER");
            case MIN_MAX -> msg("schemes.scoring.MIN_MAX", number(s.minPercent() == null ? 0 : s.minPercent()),
                    number(s.maxPercent() == null ? 100 : s.maxPercent()));
            case BANDS -> msg("schemes.scoring.BANDS", String.join(msg("schemes.list.separator"),
                    s.bands().stream().map(b -> msg("schemes.scoring.band", number(b.from()), number(b.percent())))
                            .toList()));
        };
    }

    public String benchmark(Indicator i) {
        Benchmark b = i.benchmark();
        if (!i.scoring().needsBenchmark() || b == null || b.kind() == null) {
            return "—";
        }
        String base = b.kind() == Benchmark.Kind.FIXED ? number(b.value())
                : msg("schemes.benchmark." + b.kind());
        return b.k() == 1.0 ? base : base + " × " + number(b.k());
    }

    public String capFloor(Indicator i) {
        if (i.cap() == null && i.floor() == null) {
            return "—";
        }
        List<String> parts = new ArrayList<>();
        if (i.cap() != null) {
            parts.add(msg("schemes.cap", number(i.cap())));
        }
        if (i.floor() != null) {
            parts.add(msg("schemes.floor", number(i.floor())));
        }
        return String.join(msg("schemes.list.separator"), parts);
    }

    public String dataRule(DataRule r) {
        if (r == null || r.rule() == null) {
            return "—";
        }
        return r.rule() == DataRule.Kind.FIXED_PENALTY ? msg("schemes.rule.FIXED_PENALTY", number(r.penalty()))
                : msg("schemes.rule." + r.rule());
    }

    public double totalWeight(Cohort c) {
        return c.indicators().stream().mapToDouble(Indicator::weight).sum();
    }

    /** Cumulative shares for a percentile rule: A 20 → 20, B 40 → 60, …, so the last reaches 100. */
    public List<String> cumulative(GradingRule g) {
        List<String> out = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (GradingRule.Cut cut : g.cutoffs()) {
            if (cut.percent() != null) {
                sum = sum.add(BigDecimal.valueOf(cut.percent()));
            }
            out.add(sum.stripTrailingZeros().toPlainString());
        }
        return out;
    }

    public String absolute(AbsoluteRule r, Cohort c) {
        String name = c.indicators().stream().filter(i -> i.code().equals(r.indicator())).findFirst()
                .map(i -> i.name() + (i.unit() == null ? "" : " (" + i.unit() + ")")).orElse(r.indicator());
        List<String> parts = new ArrayList<>();
        if (r.atLeast() != null) {
            parts.add("≥ " + number(r.atLeast()));
        }
        if (r.below() != null) {
            parts.add("< " + number(r.below()));
        }
        return msg("schemes.absolute.rule", name, String.join(msg("schemes.entry.and"), parts), r.grade());
    }

    public String leased(LeasedPremises l) {
        if (l.mode() != LeasedPremises.Mode.TENANT_DEDUCTION) {
            return msg("schemes.leased." + l.mode());
        }
        return msg("schemes.leased.TENANT_DEDUCTION", number(l.firstTenantPoints()), number(l.furtherTenantPoints()),
                l.maxDeduction() == null ? msg("schemes.leased.noCap") : number(l.maxDeduction()));
    }

    public String gradeName(Scheme s, String code) {
        return s.grades().stream().filter(g -> g.code().equals(code)).findFirst()
                .or(() -> s.extraClasses().stream().filter(g -> g.code().equals(code)).findFirst())
                .map(g -> g.name() == null || g.name().isBlank() ? g.code() : g.name()).orElse(code);
    }

    /** For templates: {@link #number(Double)}. */
    public String num(Double d) {
        return number(d);
    }

    /** Up to six decimals, no trailing zeros, never in exponent form: 24.097, 0.0001, 100. */
    public static String number(Double d) {
        if (d == null || d.isNaN() || d.isInfinite()) {
            return "—";
        }
        BigDecimal b = BigDecimal.valueOf(d).setScale(6, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
        return b.scale() < 0 ? b.setScale(0).toPlainString() : b.toPlainString();
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
