package io.zonebrain.evaluation;

/**
 * A grade set by an indicator's value alone, before any ranking: "亩均税收 &lt; 2 万元/亩 ⇒ D" (临平). Compared in
 * the indicator's display unit; {@code below} is exclusive, {@code atLeast} inclusive; an enterprise whose value
 * could not be computed is not caught by the rule.
 */
public record AbsoluteRule(String indicator, Double below, Double atLeast, String grade, String reason) {

    public boolean catches(double value) {
        if (Double.isNaN(value)) {
            return false;
        }
        return (below == null || value < below) && (atLeast == null || value >= atLeast);
    }
}
