package io.zonebrain.evaluation.web;

import io.zonebrain.evaluation.Scheme;
import io.zonebrain.platform.FieldError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The scheme editor's form, whose every input is named by its place in the scheme file
 * ({@code cohorts[0].indicators[2].weight}), the same path SchemeRules names in its errors. The posted fields are
 * gathered into a tree of texts (kept as typed, to show again on error), then typed (numbers, yes/no, code lists) and
 * read as a {@link Scheme}. Text that is not a number where a number belongs is reported at its path rather than
 * dropped. Row operations (add, remove, move) work on the same tree, so the editor also works without JavaScript.
 */
final class SchemeForm {

    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z][A-Za-z0-9]*)((?:\\[\\d{1,4}])*)");
    private static final Pattern INDEX = Pattern.compile("\\[(\\d{1,4})]");
    private static final Set<String> INTEGERS = Set.of("version", "dataYear", "minYearsOperating",
            "maxYearsOperating");
    private static final Set<String> NUMBERS = Set.of("totalWeight", "minLandMu", "maxLandMu", "minFloorAreaM2",
            "maxFloorAreaM2", "scale", "weight", "cap", "floor", "minPercent", "maxPercent", "from", "percent",
            "value", "factor", "points", "minScore", "below", "atLeast", "firstTenantPoints", "furtherTenantPoints",
            "maxDeduction");
    private static final Set<String> BOOLEANS = Set.of("aboveScale", "lessee");
    private static final Set<String> CODE_LISTS = Set.of("industryCodes");
    private static final Map<String, List<String>> REQUIRED_IN_ROWS = Map.of("bands", List.of("from", "percent"),
            "adjustments", List.of("points"));
    /** Fields of the form that are not part of the scheme. */
    private static final Set<String> NOT_SCHEME = Set.of("lockVersion", "reason", "_op", "_csrf", "_end", "_fields");

    private final ObjectNode tree;

    private SchemeForm(ObjectNode tree) {
        this.tree = tree;
    }

    static SchemeForm of(Scheme scheme, JsonMapper json) {
        return new SchemeForm((ObjectNode) json.valueToTree(scheme));
    }

    static SchemeForm blank() {
        return new SchemeForm(JsonNodeFactory.instance.objectNode());
    }

    /**
     * What the browser sent: the fields packed into one JSON object by the editor's script ({@code _fields}: name →
     * text), or else the fields one by one. A form of many cohorts has more fields than the servlet container parses
     * (Tomcat: 1,000 parameters), and it drops the rest without a word; the hidden {@code _end} field, last in the
     * form, shows whether everything arrived.
     *
     * @throws IncompleteForm when the fields came one by one and not all of them arrived
     */
    static SchemeForm posted(Map<String, String[]> parameters, JsonMapper json) {
        String[] packed = parameters.get("_fields");
        if (packed != null && packed.length > 0 && !packed[0].isBlank()) {
            Map<String, String[]> fields = new LinkedHashMap<>();
            try {
                json.readTree(packed[0]).properties().forEach(e -> fields.put(e.getKey(),
                        new String[] {e.getValue().isNull() ? "" : e.getValue().asString()}));
            } catch (JacksonException e) {
                throw new IncompleteForm();
            }
            return fromParameters(fields);
        }
        if (!parameters.containsKey("_end")) {
            throw new IncompleteForm();
        }
        return fromParameters(parameters);
    }

    /** Not every field of the editor arrived; nothing read from such a form may be saved. */
    static final class IncompleteForm extends RuntimeException {
        IncompleteForm() {
            super("the scheme form did not arrive whole");
        }
    }

    /** The posted fields whose names are scheme paths; anything else is ignored. */
    static SchemeForm fromParameters(Map<String, String[]> parameters) {
        Map<String, Object> root = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> p : parameters.entrySet()) {
            if (NOT_SCHEME.contains(p.getKey()) || p.getValue().length == 0) {
                continue;
            }
            put(root, p.getKey(), p.getValue()[p.getValue().length - 1]);
        }
        return new SchemeForm((ObjectNode) toNode(root));
    }

    ObjectNode tree() {
        return tree;
    }

    FormNode root(Map<String, List<String>> errors) {
        return new FormNode("", tree, errors);
    }

    /** The scheme's code and version come from the page's address, not from what was posted. */
    SchemeForm withIdentity(String code, Integer version) {
        tree.put("code", code);
        if (version != null) {
            tree.put("version", version);
        }
        return this;
    }

    /**
     * The typed scheme, or the problems that keep it from being read: a number that is not a number, a required
     * number left empty. Nothing here checks the scheme's rules; SchemeRules does that next.
     */
    Result toScheme(JsonMapper json) {
        List<FieldError> errors = new ArrayList<>();
        JsonNode typed = typed(tree, "", "", errors);
        try {
            return new Result(json.treeToValue(typed == null ? JsonNodeFactory.instance.objectNode() : typed,
                    Scheme.class), errors);
        } catch (JacksonException e) {
            errors.add(FieldError.of(pathOf(e), "schemes.editor.unreadable"));
            return new Result(null, errors);
        }
    }

    /**
     * The scheme as read (texts that are not numbers left out) and the problems of reading it. With problems the
     * scheme is only good for checking the rest of it, so every problem can be shown at once.
     */
    record Result(Scheme scheme, List<FieldError> errors) {

        /** The reading problems and then the rules' problems, one per place: the reading problem wins there. */
        List<FieldError> allProblems() {
            List<FieldError> all = new ArrayList<>(errors);
            if (scheme != null) {
                Set<String> taken = new java.util.HashSet<>();
                errors.forEach(e -> taken.add(e.field()));
                io.zonebrain.evaluation.SchemeRules.check(scheme).stream()
                        .filter(e -> !taken.contains(e.field())).forEach(all::add);
            }
            return all;
        }
    }

    // ---- row operations, for the buttons that add, remove and move rows (with or without JavaScript) ----

    /**
     * Applies "add:cohorts[0].indicators", "remove:cohorts[0].indicators[2]", "up:…[2]" or "down:…[2]"; returns
     * the path of the row to focus, or null when the operation names nothing in the tree.
     */
    String apply(String op) {
        int colon = op == null ? -1 : op.indexOf(':');
        if (colon < 0) {
            return null;
        }
        String verb = op.substring(0, colon);
        String path = op.substring(colon + 1);
        if (verb.equals("add")) {
            ArrayNode list = listAt(path, true);
            if (list == null) {
                return null;
            }
            list.add(RowSkeletons.forList(lastName(path)));
            return path + "[" + (list.size() - 1) + "]";
        }
        Matcher m = Pattern.compile("(.*)\\[(\\d{1,4})]$").matcher(path);
        if (!m.matches()) {
            return null;
        }
        ArrayNode list = listAt(m.group(1), false);
        int i = Integer.parseInt(m.group(2));
        if (list == null || i >= list.size()) {
            return null;
        }
        switch (verb) {
            case "remove" -> {
                list.remove(i);
                return m.group(1);
            }
            case "up", "down" -> {
                int j = verb.equals("up") ? i - 1 : i + 1;
                if (j < 0 || j >= list.size()) {
                    return path;
                }
                JsonNode row = list.get(i);
                list.set(i, list.get(j));
                list.set(j, row);
                return m.group(1) + "[" + j + "]";
            }
            default -> {
                return null;
            }
        }
    }

    private ArrayNode listAt(String path, boolean create) {
        JsonNode node = tree;
        String[] parts = path.split("\\.");
        for (int p = 0; p < parts.length; p++) {
            Matcher m = SEGMENT.matcher(parts[p]);
            if (!m.matches() || !(node instanceof ObjectNode object)) {
                return null;
            }
            JsonNode child = object.get(m.group(1));
            boolean last = p == parts.length - 1;
            if (child == null || child.isNull()) {
                if (!create) {
                    return null;
                }
                child = last && m.group(2).isEmpty() ? object.putArray(m.group(1)) : object.putObject(m.group(1));
            }
            Matcher idx = INDEX.matcher(m.group(2));
            while (idx.find()) {
                int i = Integer.parseInt(idx.group(1));
                if (!child.isArray() || i >= child.size()) {
                    return null;
                }
                child = child.get(i);
            }
            node = child;
        }
        return node instanceof ArrayNode a ? a : null;
    }

    private static String lastName(String path) {
        String last = path.substring(path.lastIndexOf('.') + 1);
        int bracket = last.indexOf('[');
        return bracket < 0 ? last : last.substring(0, bracket);
    }

    // ---- from posted names to a tree ----

    /** One posted field into the tree; a name that is not a scheme path (one index per segment) is ignored. */
    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> root, String name, String value) {
        String[] parts = name.split("\\.");
        Map<String, Object> object = root;
        for (int p = 0; p < parts.length; p++) {
            Matcher m = SEGMENT.matcher(parts[p]);
            if (!m.matches()) {
                return;
            }
            String key = m.group(1);
            boolean last = p == parts.length - 1;
            Object next;
            if (m.group(2).isEmpty()) {
                if (last) {
                    object.put(key, value);
                    return;
                }
                next = object.computeIfAbsent(key, k -> new LinkedHashMap<String, Object>());
            } else {
                Matcher idx = INDEX.matcher(m.group(2));
                if (!idx.matches()) {
                    return;
                }
                Object list = object.computeIfAbsent(key, k -> new TreeMap<Integer, Object>());
                if (!(list instanceof TreeMap)) {
                    return;
                }
                TreeMap<Integer, Object> rows = (TreeMap<Integer, Object>) list;
                int i = Integer.parseInt(idx.group(1));
                if (last) {
                    rows.put(i, value);
                    return;
                }
                next = rows.computeIfAbsent(i, k -> new LinkedHashMap<String, Object>());
            }
            if (!(next instanceof Map)) {
                return;
            }
            object = (Map<String, Object>) next;
        }
    }

    /** Lists are gathered by index and closed up in index order, so a row removed by hand leaves no hole. */
    @SuppressWarnings("unchecked")
    private static JsonNode toNode(Object value) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (value instanceof TreeMap<?, ?> rows) { // before Map: a list's rows by index
            ArrayNode array = f.arrayNode();
            rows.values().forEach(v -> array.add(toNode(v)));
            return array;
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode object = f.objectNode();
            ((Map<String, Object>) map).forEach((k, v) -> object.set(k, toNode(v)));
            return object;
        }
        return f.stringNode(String.valueOf(value));
    }

    // ---- from texts to typed values ----

    /** Empty texts and empty objects become absent (null); returns null for a node that ends up empty. */
    private static JsonNode typed(JsonNode node, String path, String name, List<FieldError> errors) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (node.isObject()) {
            ObjectNode out = f.objectNode();
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                JsonNode child = typed(e.getValue(), join(path, e.getKey()), e.getKey(), errors);
                if (child != null) {
                    out.set(e.getKey(), child);
                }
            }
            return out.isEmpty() && !path.isEmpty() ? null : out;
        }
        if (node.isArray()) {
            ArrayNode out = f.arrayNode();
            for (int i = 0; i < node.size(); i++) {
                JsonNode child = typed(node.get(i), path + "[" + i + "]", name, errors);
                out.add(child == null ? f.objectNode() : child);
                // plain numbers in the model (a band's from and percent, an adjustment's points) would read an
                // empty input as 0 without a word; SchemeRules cannot tell, so the form says it
                for (String required : REQUIRED_IN_ROWS.getOrDefault(name, List.of())) {
                    if (!out.get(i).has(required)) {
                        errors.add(FieldError.of(path + "[" + i + "]." + required, "evaluation.scheme.required"));
                    }
                }
            }
            return out;
        }
        if (!node.isString()) {
            return node; // already typed (a tree made from a stored scheme)
        }
        String text = node.stringValue().strip();
        if (CODE_LISTS.contains(name)) {
            ArrayNode codes = f.arrayNode();
            for (String code : text.split("[\\s,，、;；]+")) {
                if (!code.isBlank()) {
                    codes.add(code.strip());
                }
            }
            return codes;
        }
        if (text.isEmpty()) {
            return null;
        }
        if (INTEGERS.contains(name)) {
            try {
                return f.numberNode(Integer.parseInt(text));
            } catch (NumberFormatException e) {
                errors.add(FieldError.of(path, "schemes.editor.notAWholeNumber", text));
                return null;
            }
        }
        if (NUMBERS.contains(name)) {
            try {
                return f.numberNode(new BigDecimal(text.replace(",", "")).doubleValue());
            } catch (NumberFormatException e) {
                errors.add(FieldError.of(path, "schemes.editor.notANumber", text));
                return null;
            }
        }
        if (BOOLEANS.contains(name)) {
            return f.booleanNode(Boolean.parseBoolean(text));
        }
        return f.stringNode(text);
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static String pathOf(JacksonException e) {
        StringBuilder out = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                out.append(out.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.isEmpty() ? "name" : out.toString();
    }
}
