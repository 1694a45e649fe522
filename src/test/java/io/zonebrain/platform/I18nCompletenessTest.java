package io.zonebrain.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.attoparser.config.ParseConfiguration;
import org.attoparser.dom.DOMMarkupParser;
import org.attoparser.dom.Document;
import org.attoparser.dom.Element;
import org.attoparser.dom.INestableNode;
import org.attoparser.dom.INode;
import org.attoparser.dom.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every page is usable in Chinese (the base bundles) and English (the {@code _en} bundles). This test fails on a key
 * present in one language only, on a key a template or the Java code uses that neither language defines, and on
 * Chinese text typed straight into a template where a message key belongs. Plain JUnit: no Spring context.
 */
class I18nCompletenessTest {

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern STATIC_KEY = Pattern.compile("[A-Za-z0-9_.\\-]+");
    private static final Pattern LITERAL_PREFIX = Pattern.compile("'([A-Za-z0-9_.\\-]+)'\\s*\\+.*", Pattern.DOTALL);
    /** The language switch names Chinese in Chinese on the English page, as language pickers do. */
    private static final Set<String> ENDONYMS = Set.of("中文", "简体中文");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");
    /** Texts inside these are replaced at runtime, so their Chinese is only a designer's preview. */
    private static final List<String> REPLACING_ATTRIBUTES = List.of("th:text", "th:utext", "data-th-text",
            "data-th-utext", "th:replace", "th:insert", "data-th-replace", "data-th-insert");

    private static List<String> basenames;
    private static final Map<String, Properties> chinese = new LinkedHashMap<>();
    private static final Map<String, Properties> english = new LinkedHashMap<>();
    private static final Properties allChinese = new Properties();
    private static final Properties allEnglish = new Properties();

    @BeforeAll
    static void loadBundles() throws IOException {
        Properties application = load("application.properties");
        String configured = application.getProperty("spring.messages.basename");
        assertThat(configured).as("spring.messages.basename in application.properties").isNotBlank();
        basenames = Arrays.stream(configured.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        for (String basename : basenames) {
            chinese.put(basename, load(basename + ".properties"));
            english.put(basename, load(basename + "_en.properties"));
            allChinese.putAll(chinese.get(basename));
            allEnglish.putAll(english.get(basename));
        }
    }

    @Test
    void everyBundleHasTheSameKeysInChineseAndEnglish() {
        List<String> problems = new ArrayList<>();
        for (String basename : basenames) {
            Set<String> zh = chinese.get(basename).stringPropertyNames();
            Set<String> en = english.get(basename).stringPropertyNames();
            difference(zh, en).forEach(k -> problems.add(basename + "_en.properties lacks " + k));
            difference(en, zh).forEach(k -> problems.add(basename + ".properties (Chinese) lacks " + k));
        }
        assertThat(problems).as("keys present in one language only").isEmpty();
    }

    @Test
    void noKeyIsDefinedTwiceInOneFileOrInTwoBundles() throws IOException {
        List<String> problems = new ArrayList<>();
        Map<String, String> owner = new LinkedHashMap<>();
        for (String basename : basenames) {
            for (String file : List.of(basename + ".properties", basename + "_en.properties")) {
                Set<String> seen = new TreeSet<>();
                for (String key : keysInOrder(file)) {
                    if (!seen.add(key)) {
                        problems.add(file + " defines " + key + " twice; the second silently wins");
                    }
                }
            }
            for (String key : chinese.get(basename).stringPropertyNames()) {
                String previous = owner.putIfAbsent(key, basename);
                if (previous != null) {
                    problems.add(key + " is defined in both " + previous + " and " + basename
                            + "; which one wins depends on the basename order");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /** Both languages take the same arguments; an English text with {0} and a lone ' loses its argument. */
    @Test
    void translationsTakeTheSameArgumentsAndSurviveMessageFormat() {
        List<String> problems = new ArrayList<>();
        for (String basename : basenames) {
            Properties zh = chinese.get(basename);
            Properties en = english.get(basename);
            for (String key : new TreeSet<>(zh.stringPropertyNames())) {
                if (!en.containsKey(key)) {
                    continue; // reported by everyBundleHasTheSameKeysInChineseAndEnglish
                }
                Set<String> zhArgs = placeholders(zh.getProperty(key));
                Set<String> enArgs = placeholders(en.getProperty(key));
                if (!zhArgs.equals(enArgs)) {
                    problems.add(basename + ": " + key + " takes " + zhArgs + " in Chinese but " + enArgs
                            + " in English");
                }
                for (Properties bundle : List.of(zh, en)) {
                    String text = bundle.getProperty(key);
                    if (!placeholders(text).isEmpty() && text.replace("''", "").contains("'")) {
                        problems.add(basename + ": " + key + " has arguments and a single quote; write '' for an"
                                + " apostrophe, MessageFormat swallows a single one: " + text);
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyMessageKeyATemplateUsesExistsInBothLanguages() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path template : templates()) {
            problems.addAll(missingKeys(name(template), Files.readString(template, StandardCharsets.UTF_8)));
        }
        assertThat(problems).as("message keys used in templates but missing from a bundle").isEmpty();
    }

    static List<String> missingKeys(String template, String html) {
        List<String> problems = new ArrayList<>();
        for (String expression : messageExpressions(html)) {
            checkExpression(template, expression, problems);
        }
        return problems;
    }

    /** Validation messages reach the page and the API through FieldError codes and "field." labels. */
    @Test
    void everyMessageKeyTheJavaCodeNamesExistsInBothLanguages() throws IOException {
        Pattern fieldError = Pattern.compile("FieldError\\.of\\(\\s*\"([^\"]+)\"\\s*,\\s*\"([^\"]+)\"");
        Pattern getMessage = Pattern.compile("getMessage\\(\\s*\"([^\"]+)\"\\s*,");
        List<String> problems = new ArrayList<>();
        Path sources = Path.of("src", "main", "java");
        assertThat(sources).as("run from the project directory").isDirectory();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String code = Files.readString(file, StandardCharsets.UTF_8);
                String where = sources.relativize(file).toString();
                Matcher m = fieldError.matcher(code);
                while (m.find()) {
                    requireKey(where, "field." + m.group(1), problems);
                    requireKey(where, m.group(2), problems);
                }
                m = getMessage.matcher(code);
                while (m.find()) {
                    requireKey(where, m.group(1), problems);
                }
            }
        }
        assertThat(problems).as("message keys named in Java code but missing from a bundle").isEmpty();
    }

    /**
     * Chinese typed into a template shows up untranslated on the English page. Text is fine where the element (or an
     * ancestor) gets th:text / th:utext / th:replace / th:insert, because it is only a preview then; an attribute
     * like placeholder or title is fine when a th: attribute of the same name (or th:attr) replaces it.
     */
    @Test
    void templatesHaveNoHardCodedChineseText() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Path template : templates()) {
            problems.addAll(hardCodedChinese(name(template), Files.readString(template, StandardCharsets.UTF_8)));
        }
        assertThat(problems).as("hard-coded Chinese in templates; use a message key").isEmpty();
    }

    /** The checks above would pass vacuously if they could not see anything; this proves they can. */
    @Test
    void theTemplateChecksCatchWhatTheyAreFor() throws Exception {
        String page = """
                <html th:replace="~{layout :: page(~{::title}, ~{::section})}">
                <section>
                  <h1 th:text="#{app.name}">产业大脑</h1>
                  <p>未翻译的说明</p>
                  <input placeholder="请输入" th:placeholder="#{app.name}"> <input title="搜索">
                  <span th:text="${x} ?: '暂无'"></span> <a class="lang" th:text="${english} ? '中文' : 'English'"></a>
                  <p th:text="#{no.such.key}"></p> <p th:text="#{app.name}"></p>
                  <p th:text="#{pager.position(${a + 1}, ${b})}"></p> <th th:text="#{'no.such.family.' + ${c}}"></th>
                </section>
                </html>
                """;
        assertThat(hardCodedChinese("sample.html", page)).containsExactly(
                "sample.html:4 text \"未翻译的说明\"", "sample.html:5 <input title=\"搜索\">",
                "sample.html:6 th:text literal '暂无'");
        assertThat(missingKeys("sample.html", page)).containsExactly(
                "sample.html: no.such.key missing in Chinese", "sample.html: no.such.key missing in English",
                "sample.html: no key starts with no.such.family. (from #{'no.such.family.' + ${c}})");
    }

    static List<String> hardCodedChinese(String template, String html) throws Exception {
        List<String> problems = new ArrayList<>();
        Document document = new DOMMarkupParser(ParseConfiguration.htmlConfiguration()).parse(template, html);
        walk(template, html, document, problems);
        return problems;
    }

    private static void walk(String template, String html, INestableNode parent, List<String> problems) {
        for (INode node : parent.getChildren()) {
            if (node instanceof Text text && HAN.matcher(text.getContent()).find() && !replacedAtRuntime(parent)) {
                problems.add(template + ":" + lineOf(html, text.getContent()) + " text \"" + text.getContent().strip()
                        + "\"");
            }
            if (node instanceof Element element) {
                checkAttributes(template, html, element, problems);
                walk(template, html, element, problems);
            }
        }
    }

    /** attoparser's DOM keeps no usable line numbers (2.0.7 stores the column), so find the text in the source. */
    private static int lineOf(String html, String fragment) {
        int at = html.indexOf(fragment);
        return at < 0 ? 0 : (int) html.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    private static void checkAttributes(String template, String html, Element element, List<String> problems) {
        for (Map.Entry<String, String> attribute : element.getAttributeMap().entrySet()) {
            String name = attribute.getKey();
            String value = attribute.getValue() == null ? "" : attribute.getValue();
            if (!HAN.matcher(value).find()) {
                continue;
            }
            boolean thymeleaf = name.startsWith("th:") || name.startsWith("data-th-");
            if (thymeleaf) {
                // Chinese inside an expression's string literal, e.g. th:text="${x} ?: '无'", is hard-coded too.
                Matcher literal = Pattern.compile("'([^']*)'").matcher(value);
                while (literal.find()) {
                    if (HAN.matcher(literal.group(1)).find() && !ENDONYMS.contains(literal.group(1))) {
                        problems.add(template + ":" + lineOf(html, value) + " " + name + " literal '"
                                + literal.group(1) + "'");
                    }
                }
            } else if (!element.hasAttribute("th:" + name) && !element.hasAttribute("data-th-" + name)
                    && !element.hasAttribute("th:attr") && !element.hasAttribute("th:" + name + "append")) {
                problems.add(template + ":" + lineOf(html, value) + " <" + element.getElementName() + " " + name
                        + "=\"" + value + "\">");
            }
        }
    }

    /** Whether the text of this element is replaced when the page renders. The page's root is never replaced: */
    private static boolean replacedAtRuntime(INestableNode node) {
        // a page's <html th:replace="~{layout :: page(...)}"> hands its own sections to the layout, text included.
        for (INestableNode n = node; n instanceof Element e; n = e.getParent()) {
            if (e.elementNameMatches("html")) {
                return false;
            }
            if (e.elementNameMatches("script") || e.elementNameMatches("style")) {
                return true;
            }
            for (String attribute : REPLACING_ATTRIBUTES) {
                if (e.hasAttribute(attribute)) {
                    return true;
                }
            }
            String remove = e.getAttributeValue("th:remove");
            if ("all".equals(remove) || "body".equals(remove)) {
                return true;
            }
        }
        return false;
    }

    private static void checkExpression(String template, String expression, List<String> problems) {
        String body = expression.strip();
        int args = body.indexOf('(');
        String key = args > 0 && body.endsWith(")") ? body.substring(0, args).strip() : body;
        if (STATIC_KEY.matcher(key).matches()) {
            requireKey(template, key, problems);
            return;
        }
        // A key built at runtime, e.g. #{'enterprise.col.' + ${col}}: at least its family must exist in both.
        Matcher prefix = LITERAL_PREFIX.matcher(body);
        if (prefix.matches()) {
            String family = prefix.group(1);
            if (allChinese.stringPropertyNames().stream().noneMatch(k -> k.startsWith(family))
                    || allEnglish.stringPropertyNames().stream().noneMatch(k -> k.startsWith(family))) {
                problems.add(template + ": no key starts with " + family + " (from #{" + body + "})");
            }
        }
    }

    private static void requireKey(String where, String key, List<String> problems) {
        if (!allChinese.containsKey(key)) {
            problems.add(where + ": " + key + " missing in Chinese");
        }
        if (!allEnglish.containsKey(key)) {
            problems.add(where + ": " + key + " missing in English");
        }
    }

    /** The bodies of #{...} expressions, with nested ${...} inside them kept whole. */
    static List<String> messageExpressions(String html) {
        List<String> found = new ArrayList<>();
        int start = html.indexOf("#{");
        while (start >= 0) {
            int depth = 1;
            int i = start + 2;
            while (i < html.length() && depth > 0) {
                char c = html.charAt(i);
                if (c == '{') {
                    depth++;
                } else if (c == '}') {
                    depth--;
                }
                i++;
            }
            if (depth == 0) {
                found.add(html.substring(start + 2, i - 1));
            }
            start = html.indexOf("#{", i);
        }
        return found;
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add("{" + m.group(1) + "}");
        }
        return found;
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }

    private static List<Path> templates() throws IOException {
        Path root = templateRoot();
        try (Stream<Path> files = Files.walk(root)) {
            List<Path> html = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
            assertThat(html).as("templates under " + root).isNotEmpty();
            return html;
        }
    }

    private static Path templateRoot() {
        URL url = I18nCompletenessTest.class.getResource("/templates");
        assertThat(url).as("templates on the classpath").isNotNull();
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String name(Path template) {
        return templateRoot().relativize(template).toString();
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = reader(resource)) {
            properties.load(reader);
        }
        return properties;
    }

    /** Keys in file order, duplicates included (Properties would keep only the last). */
    private static List<String> keysInOrder(String resource) throws IOException {
        List<String> keys = new ArrayList<>();
        String text;
        try (InputStream in = stream(resource)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        boolean continued = false;
        for (String line : text.split("\\R")) {
            String stripped = line.stripLeading();
            boolean isContinuation = continued;
            continued = endsWithOddBackslashes(line);
            if (isContinuation || stripped.isEmpty() || stripped.startsWith("#") || stripped.startsWith("!")) {
                continue;
            }
            Properties one = new Properties();
            one.load(new StringReader(stripped.replaceAll("\\\\$", "")));
            keys.addAll(one.stringPropertyNames());
        }
        return keys;
    }

    private static boolean endsWithOddBackslashes(String line) {
        int count = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            count++;
        }
        return count % 2 == 1;
    }

    private static Reader reader(String resource) {
        return new InputStreamReader(stream(resource), StandardCharsets.UTF_8);
    }

    private static InputStream stream(String resource) {
        InputStream in = I18nCompletenessTest.class.getClassLoader().getResourceAsStream(resource);
        assertThat(in).as(resource + " on the classpath").isNotNull();
        return in;
    }
}
