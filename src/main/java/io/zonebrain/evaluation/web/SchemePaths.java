package io.zonebrain.evaluation.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * A problem's path as an official reads it: {@code cohorts[0].indicators[2].weight} → "规上工业企业 › 亩均税收 ›
 * 权重". Rows are named by their own name or code where they have one, by their number otherwise.
 */
final class SchemePaths {

    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z][A-Za-z0-9]*)(?:\\[(\\d+)])?");

    private SchemePaths() {
    }

    static String label(String path, JsonNode tree, MessageSource messages, Locale locale) {
        List<String> parts = new ArrayList<>();
        JsonNode at = tree == null ? MissingNode.getInstance() : tree;
        for (String segment : path.split("\\.")) {
            Matcher m = SEGMENT.matcher(segment);
            if (!m.matches()) {
                parts.add(segment);
                continue;
            }
            String name = m.group(1);
            at = at.path(name);
            if (m.group(2) == null) {
                parts.add(messages.getMessage("schemes.f." + name, null, name, locale));
                continue;
            }
            int i = Integer.parseInt(m.group(2));
            at = at.path(i);
            String own = text(at.path("name"));
            if (own.isEmpty()) {
                own = text(at.path("code"));
            }
            String list = messages.getMessage("schemes.f." + name, null, name, locale);
            parts.add(own.isEmpty() ? list + " " + (i + 1) : list + " " + (i + 1) + " (" + own + ")");
        }
        return String.join(" › ", parts);
    }

    private static String text(JsonNode n) {
        return n == null || n.isMissingNode() || n.isNull() || n.isContainer() ? "" : n.asString().strip();
    }
}
