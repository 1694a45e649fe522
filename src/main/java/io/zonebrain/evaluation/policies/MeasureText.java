package io.zonebrain.evaluation.policies;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Turns measures, their reason and a what-if answer into the sentences an enterprise or an officer reads. */
@Component
public class MeasureText {

    private final MessageSource messages;

    MeasureText(MessageSource messages) {
        this.messages = messages;
    }

    public record Line(String kind, String text, String effective, String description) {
    }

    /** Why the measures apply: grade, run, consecutive years; null when there is no published result. */
    public String reason(EnterpriseMeasures m, Locale locale) {
        if (m.runId() == null) {
            return messages.getMessage("policies.reason.none", null, locale);
        }
        if (m.grade() == null) {
            return messages.getMessage("policies.reason.notGraded", new Object[] {String.valueOf(m.dataYear()),
                    m.schemeCode(), m.runVersion()}, locale);
        }
        return messages.getMessage("policies.reason", new Object[] {String.valueOf(m.dataYear()), m.schemeCode(),
                m.runVersion(), m.grade(), m.consecutiveYears()}, locale);
    }

    public List<Line> lines(EnterpriseMeasures m, Locale locale) {
        return m.measures().stream().map(x -> line(x, locale)).toList();
    }

    public Line line(PolicyMeasure m, Locale locale) {
        String text = switch (m.kind()) {
            case PRICE_SURCHARGE -> messages.getMessage("policies.text.surcharge." + m.resource(),
                    new Object[] {plain(m.amount()), m.minConsecutiveYears()}, locale);
            case LAND_DEPOSIT -> messages.getMessage("policies.text.deposit", new Object[] {plain(m.amount())},
                    locale);
            case SUBSIDY -> m.eligible()
                    ? messages.getMessage("policies.text.subsidy", new Object[] {m.priority()}, locale)
                    : messages.getMessage("policies.text.noSubsidy", null, locale);
        };
        String effective = messages.getMessage("policies.effective", new Object[] {m.effectiveFrom().toString(),
                m.effectiveTo() == null ? messages.getMessage("policies.openEnded", null, locale)
                        : m.effectiveTo().toString()}, locale);
        return new Line(messages.getMessage("policies.kind." + m.kind(), null, locale), text, effective,
                m.description());
    }

    /** One sentence per better grade. */
    public List<String> whatIf(WhatIf.Answer a, Locale locale) {
        return a.steps().stream().map(s -> {
            if (s.cutoff() == null) {
                return messages.getMessage("policies.whatIf.noCutoff", new Object[] {s.grade()}, locale);
            }
            String cutoff = plain(BigDecimal.valueOf(s.cutoff()));
            if (!s.reachable()) {
                return messages.getMessage("policies.whatIf.unreachable", new Object[] {a.indicatorName(), s.grade(),
                        cutoff}, locale);
            }
            return messages.getMessage("policies.whatIf.step", new Object[] {a.indicatorName(),
                    plain(BigDecimal.valueOf(s.indicatorValue())), a.unit(), s.grade(), cutoff}, locale);
        }).toList();
    }

    static String plain(BigDecimal x) {
        return x == null ? "-" : x.stripTrailingZeros().toPlainString();
    }
}
