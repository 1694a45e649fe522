package io.zonebrain.evaluation.policies;

import io.zonebrain.evaluation.GradeReason;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A what-if answer as the sentences an enterprise reads, in this order: the missing input taken as reported, the
 * absolute threshold to reach first, what keeps the grade down whatever this indicator does, then one sentence per
 * better grade (the value that reaches it, or why it cannot be reached by this indicator alone).
 */
@Component
public class WhatIfText {

    private final MessageSource messages;

    WhatIfText(MessageSource messages) {
        this.messages = messages;
    }

    public List<String> lines(WhatIf.Answer a, Locale locale) {
        List<String> lines = new ArrayList<>();
        if (a.inputWasMissing()) {
            lines.add(msg("runs.whatIf.missing", locale, msg("field." + a.input().key(), locale), a.indicatorName(),
                    a.missingRule() == null ? "-" : msg("runs.whatIf.rule." + a.missingRule(), locale)));
        }
        WhatIf.Threshold t = a.threshold();
        if (t != null) {
            lines.add(t.reachable()
                    ? msg("runs.whatIf.threshold", locale, a.indicatorName(), plain(t.value()), a.unit(), t.grade(),
                            t.reason() == null ? "" : t.reason())
                    : msg("runs.whatIf.thresholdUnreachable", locale, a.indicatorName(), plain(t.value()), a.unit(),
                            t.grade()));
        }
        GradeReason blocked = a.blockedBy();
        if (blocked != null) {
            lines.add(blocked.kind() == GradeReason.Kind.CEILING
                    ? msg("runs.whatIf.blockedCeiling", locale, blocked.detail(), blocked.grade())
                    : msg("runs.whatIf.blockedRule", locale, blocked.detail(), blocked.grade(), a.indicatorName()));
        }
        for (WhatIf.Step s : a.steps()) {
            lines.add(step(a, s, locale));
        }
        return lines;
    }

    private String step(WhatIf.Answer a, WhatIf.Step s, Locale locale) {
        if (s.reachable()) {
            return msg("policies.whatIf.step", locale, a.indicatorName(), plain(s.indicatorValue()), a.unit(),
                    s.grade(), plain(s.cutoff()));
        }
        return switch (s.why()) {
            case NO_CUTOFF -> msg("policies.whatIf.noCutoff", locale, s.grade());
            case CEILING -> msg("runs.whatIf.stepCeiling", locale, s.grade());
            case ABSOLUTE_RULE -> msg("runs.whatIf.stepRule", locale, a.indicatorName(), s.grade());
            case REJECTED -> msg("runs.whatIf.stepRejected", locale, a.indicatorName(), s.grade());
            case CAP -> a.cap() != null && a.cap().indicatorValue() != null
                    ? msg("runs.whatIf.cap", locale, a.indicatorName(), s.grade(), plain(a.cap().points()),
                            plain(a.cap().indicatorValue()), a.unit(), plain(s.cutoff()))
                    : msg("policies.whatIf.unreachable", locale, a.indicatorName(), s.grade(), plain(s.cutoff()));
        };
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    static String plain(Double x) {
        return x == null ? "-" : BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
    }
}
