package io.zonebrain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.zonebrain.fashion.FashionFixtures;
import io.zonebrain.support.TestEnterprises;
import io.zonebrain.support.TestUsers;
import io.zonebrain.support.ZonebrainTest;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Walks every page a person can reach by following links from the home page, as each kind of user, in Chinese and
 * in English, and fails on what a person would trip over: a server error, a link to a page they may not open, a
 * message key shown instead of its text, a year printed with a thousands separator. (A walk like this in a browser
 * found a brand page that always failed, an order import form taken for an order, and factories linked to orders
 * they may not see.) Downloads, the API and forms are left to their own tests.
 */
@ZonebrainTest
class PageWalkTest {

    private static final Pattern HREF = Pattern.compile("href=\"(/[^\"#]*)\"");
    private static final Pattern MISSING_MESSAGE = Pattern.compile("\\?\\?[A-Za-z0-9._-]+\\?\\?");
    private static final Pattern YEAR_WITH_SEPARATOR = Pattern.compile("(?<![\\d,.])20[0-9],[0-9]{3}(?![\\d,])");
    private static final int PAGES_PER_WALK = 70;

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired TestEnterprises enterprises;
    @Autowired FashionFixtures fashion;
    @Autowired UserDetailsService userDetails;

    @Test
    void everyLinkedPageOpensForEveryKindOfUserInBothLanguages() throws Exception {
        Map<String, String> walkers = new LinkedHashMap<>();
        walkers.put("admin", users.admin());
        walkers.put("officer", users.officer());
        walkers.put("enterprise", users.enterpriseUser(enterprises.create("页面巡检测试企业", null).id()));
        walkers.put("operator", fashion.operator());
        walkers.put("factory", fashion.factoryUser(fashion.factory("页面巡检测试工厂").id()));
        walkers.put("brand", fashion.brandUser(fashion.brand("页面巡检测试品牌").id()));
        List<String> problems = new ArrayList<>();
        int visited = 0;
        for (Map.Entry<String, String> walker : walkers.entrySet()) {
            for (String lang : List.of("zh_CN", "en")) {
                visited += walk(walker.getKey() + "/" + lang, walker.getValue(), lang, problems);
            }
        }
        assertThat(visited).as("pages visited").isGreaterThan(100);
        assertThat(problems).isEmpty();
    }

    private int walk(String who, String username, String lang, List<String> problems) throws Exception {
        var user = SecurityMockMvcRequestPostProcessors.user(userDetails.loadUserByUsername(username));
        Deque<String> todo = new ArrayDeque<>(List.of("/"));
        Set<String> seen = new HashSet<>();
        int visited = 0;
        while (!todo.isEmpty() && visited < PAGES_PER_WALK) {
            String url = todo.poll();
            if (!seen.add(shape(url))) {
                continue;
            }
            visited++;
            MockHttpServletResponse r;
            try {
                r = mvc.perform(get(url).param("lang", lang).with(user)).andReturn().getResponse();
            } catch (Exception e) { // MockMvc rethrows what a real server would answer with a 500
                Throwable root = e;
                while (root.getCause() != null) {
                    root = root.getCause();
                }
                problems.add(who + " " + url + " → " + root);
                continue;
            }
            int status = r.getStatus();
            if (status >= 300 && status < 400) {
                String target = r.getRedirectedUrl(); // e.g. the home page sends each role to its own start page
                if (target != null) {
                    target = target.replaceFirst("^https?://[^/]+", "");
                    if (target.startsWith("/") && walkable(target)) {
                        todo.addFirst(target);
                    } else if (target.startsWith("/login")) {
                        problems.add(who + " " + url + " → sent to the login page");
                    }
                }
                continue;
            }
            if (status >= 400) {
                problems.add(who + " " + url + " → HTTP " + status);
                continue;
            }
            String html = r.getContentAsString();
            Set<String> found = new TreeSet<>();
            Matcher m = MISSING_MESSAGE.matcher(html);
            while (m.find()) {
                found.add(m.group());
            }
            m = YEAR_WITH_SEPARATOR.matcher(html);
            while (m.find()) {
                found.add("year " + m.group());
            }
            if (!found.isEmpty()) {
                problems.add(who + " " + url + " → " + found);
            }
            m = HREF.matcher(html);
            while (m.find()) {
                String link = m.group(1).replace("&amp;", "&");
                if (walkable(link) && !seen.contains(shape(link))) {
                    todo.add(link);
                }
            }
        }
        return visited;
    }

    /** Pages only: no downloads, API, documentation, static files or signing out. */
    private static boolean walkable(String link) {
        return !(link.contains(".xlsx") || link.contains(".json") || link.startsWith("/api/") || link.startsWith("/v3/")
                || link.startsWith("/swagger") || link.startsWith("/css/") || link.startsWith("/js/")
                || link.startsWith("/webjars/") || link.startsWith("/logout") || link.startsWith("/login")
                || link.startsWith("/actuator") || link.contains("/export") || link.contains("lang="));
    }

    /** One visit per kind of page: ids and page numbers do not make a new page, other parameters' names do. */
    private static String shape(String url) {
        String path = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
        String query = url.contains("?") ? url.substring(url.indexOf('?') + 1) : "";
        Set<String> names = new TreeSet<>();
        for (String pair : query.split("&")) {
            String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
            String value = pair.contains("=") ? pair.substring(pair.indexOf('=') + 1) : "";
            if (!name.isEmpty() && !name.equals("page") && !value.isEmpty()) {
                names.add(name);
            }
        }
        return path.replaceAll("/\\d+(?=/|$)", "/N") + names;
    }
}
