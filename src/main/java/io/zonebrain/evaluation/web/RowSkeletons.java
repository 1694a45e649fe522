package io.zonebrain.evaluation.web;

import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The blank row each "add" button appends, by the list it adds to. Choices a row cannot do without (how an
 * indicator scores, what happens with missing data, how a cohort grades) start at the strictest setting, never at a
 * silent default: REJECT for missing figures and zero denominators, a fixed benchmark still to be typed in.
 */
final class RowSkeletons {

    private RowSkeletons() {
    }

    static ObjectNode forList(String list) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode row = f.objectNode();
        switch (list) {
            case "indicators" -> indicator(row);
            case "cohorts" -> {
                row.putObject("entry");
                indicator(row.putArray("indicators").addObject());
                row.putArray("absoluteRules");
                ObjectNode grading = row.putObject("grading");
                grading.put("method", "PERCENTILE");
                grading.putArray("cutoffs").addObject();
            }
            case "overrides" -> row.put("kind", "CEILING");
            default -> {
                // grades, extra classes, cut-offs, bands, absolute rules, adjustments: every field typed in
            }
        }
        return row;
    }

    private static void indicator(ObjectNode row) {
        row.put("scale", "1");
        row.putObject("scoring").put("method", "RATIO_TO_BENCHMARK");
        row.putObject("benchmark").put("kind", "FIXED");
        row.putObject("whenMissing").put("rule", "REJECT");
        row.putObject("whenZeroDenominator").put("rule", "REJECT");
        row.putObject("whenNegative").put("rule", "AS_COMPUTED");
    }
}
