package io.zonebrain.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attoparser.config.ParseConfiguration;
import org.attoparser.dom.DOMMarkupParser;
import org.attoparser.dom.Document;
import org.attoparser.dom.Element;
import org.attoparser.dom.INestableNode;
import org.attoparser.dom.INode;
import org.attoparser.dom.Text;

/**
 * Just enough of a page reader for the scheme page tests, over the attoparser that Thymeleaf already brings: simple
 * selectors ({@code tag}, {@code #id}, {@code .class}, {@code [attr]}, {@code [attr=value]}, joined, and separated by
 * spaces for descendants), an element's text with spaces normalised, attributes and form values.
 */
final class Html {

    private static final Pattern PART = Pattern.compile(
            "([a-zA-Z0-9]+)|#([\\w-]+)|\\.([\\w-]+)|\\[([\\w-]+)(?:=\"([^\"]*)\"|=([^\\]\"]*))?]");

    private final INestableNode node;

    private Html(INestableNode node) {
        this.node = node;
    }

    static Html parse(String html) {
        try {
            Document d = new DOMMarkupParser(ParseConfiguration.htmlConfiguration()).parse("page", html);
            return new Html(d);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first match, or null. */
    Html first(String selector) {
        List<Html> all = select(selector);
        return all.isEmpty() ? null : all.get(0);
    }

    List<Html> select(String selector) {
        List<INestableNode> current = List.of(node);
        for (String compound : selector.strip().split("\\s+")) {
            List<INestableNode> next = new ArrayList<>();
            for (INestableNode n : current) {
                descendants(n, compound, next);
            }
            current = next.stream().distinct().toList();
        }
        return current.stream().map(Html::new).toList();
    }

    List<String> texts(String selector) {
        return select(selector).stream().map(Html::text).toList();
    }

    boolean has(String attribute) {
        return node instanceof Element e && e.hasAttribute(attribute);
    }

    String attr(String name) {
        return node instanceof Element e && e.hasAttribute(name) ? decode(e.getAttributeValue(name)) : "";
    }

    /** An input's value, a textarea's text or a select's chosen option. */
    String val() {
        if (!(node instanceof Element e)) {
            return "";
        }
        if (e.elementNameMatches("textarea")) {
            return text();
        }
        if (e.elementNameMatches("select")) {
            Html chosen = first("option[selected]");
            Html any = chosen != null ? chosen : first("option");
            return any == null ? "" : any.attr("value");
        }
        return attr("value");
    }

    String text() {
        StringBuilder out = new StringBuilder();
        collect(node, out);
        return decode(out.toString()).replaceAll("\\s+", " ").strip();
    }

    private static void collect(INode n, StringBuilder out) {
        if (n instanceof Text t) {
            out.append(t.getContent());
        } else if (n instanceof INestableNode nest) {
            if (n instanceof Element e && (e.elementNameMatches("br") || e.elementNameMatches("td")
                    || e.elementNameMatches("th") || e.elementNameMatches("li"))) {
                out.append(' ');
            }
            for (INode c : nest.getChildren()) {
                collect(c, out);
            }
        }
    }

    private static void descendants(INestableNode n, String compound, List<INestableNode> out) {
        for (INode c : n.getChildren()) {
            if (c instanceof Element e) {
                if (matches(e, compound)) {
                    out.add(e);
                }
                descendants(e, compound, out);
            }
        }
    }

    private static boolean matches(Element e, String compound) {
        Matcher m = PART.matcher(compound);
        int end = 0;
        while (m.find()) {
            if (m.start() != end) {
                throw new IllegalArgumentException("selector not understood: " + compound);
            }
            end = m.end();
            if (m.group(1) != null && !e.elementNameMatches(m.group(1))) {
                return false;
            }
            if (m.group(2) != null && !m.group(2).equals(e.getAttributeValue("id"))) {
                return false;
            }
            if (m.group(3) != null && (e.getAttributeValue("class") == null
                    || !List.of(e.getAttributeValue("class").split("\\s+")).contains(m.group(3)))) {
                return false;
            }
            if (m.group(4) != null) {
                if (!e.hasAttribute(m.group(4))) {
                    return false;
                }
                String wanted = m.group(5) != null ? m.group(5) : m.group(6);
                if (wanted != null && !wanted.equals(decode(e.getAttributeValue(m.group(4))))) {
                    return false;
                }
            }
        }
        if (end != compound.length()) {
            throw new IllegalArgumentException("selector not understood: " + compound);
        }
        return true;
    }

    private static String decode(String s) {
        return s == null ? "" : s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&#x27;", "'").replace("&amp;", "&");
    }
}
