package io.zonebrain.evaluation.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * One place in the scheme editor's form, for the template: the input name of a field below it ({@link #p}), the
 * field's current text ({@link #v}), its rows ({@link #rows}) and the problems reported at exactly that path
 * ({@link #errors}). Numbers show as typed by people (0.0001, not 1.0E-4).
 */
public final class FormNode {

    private final String path;
    private final JsonNode node;
    private final Map<String, List<String>> errors;
    private final int index;

    FormNode(String path, JsonNode node, Map<String, List<String>> errors) {
        this(path, node, errors, -1);
    }

    private FormNode(String path, JsonNode node, Map<String, List<String>> errors, int index) {
        this.path = path;
        this.node = node == null ? MissingNode.getInstance() : node;
        this.errors = errors;
        this.index = index;
    }

    public String getPath() {
        return path;
    }

    /** The row's position in its list, from 0 (−1 for a node that is not a row). */
    public int getIndex() {
        return index;
    }

    /** The input name (and data-path) of a field below this node. */
    public String p(String relative) {
        return path.isEmpty() ? relative : path + "." + relative;
    }

    public String v(String relative) {
        return text(find(relative));
    }

    /** Whether a yes/no/any field holds this choice ("" is "any"). */
    public boolean is(String relative, String choice) {
        return v(relative).equals(choice);
    }

    public FormNode at(String relative) {
        return new FormNode(p(relative), find(relative), errors);
    }

    public List<FormNode> rows(String relative) {
        JsonNode list = find(relative);
        List<FormNode> out = new ArrayList<>();
        if (list.isArray()) {
            for (int i = 0; i < list.size(); i++) {
                out.add(new FormNode(p(relative) + "[" + i + "]", list.get(i), errors, i));
            }
        }
        return out;
    }

    /** The sum of one numeric field over a list's rows, as typed; rows whose text is not a number are skipped. */
    public String sum(String listRelative, String field) {
        BigDecimal total = BigDecimal.ZERO;
        for (FormNode row : rows(listRelative)) {
            try {
                total = total.add(new BigDecimal(row.v(field).strip()));
            } catch (NumberFormatException e) {
                // shown at its own field once saved; the running sum leaves it out
            }
        }
        total = total.stripTrailingZeros();
        return total.scale() < 0 ? total.setScale(0).toPlainString() : total.toPlainString();
    }

    public int size(String relative) {
        JsonNode list = find(relative);
        return list.isArray() ? list.size() : 0;
    }

    /** The problems reported at exactly this field's path. */
    public List<String> errors(String relative) {
        return errors.getOrDefault(p(relative), List.of());
    }

    /** The problems reported at this node itself (a row, a list). */
    public List<String> ownErrors() {
        return errors.getOrDefault(path, List.of());
    }

    public boolean hasError(String relative) {
        return errors.containsKey(p(relative));
    }

    private JsonNode find(String relative) {
        JsonNode at = node;
        for (String part : relative.split("\\.")) {
            at = at.path(part);
        }
        return at;
    }

    private static String text(JsonNode n) {
        if (n == null || n.isMissingNode() || n.isNull()) {
            return "";
        }
        if (n.isNumber()) {
            BigDecimal d = n.decimalValue().stripTrailingZeros();
            return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
        }
        if (n.isArray()) {
            return StreamSupport.stream(n.spliterator(), false).map(FormNode::text)
                    .collect(Collectors.joining(", "));
        }
        return n.asString();
    }
}
