package io.zonebrain.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.zonebrain.enterprise.EnterpriseTags;
import io.zonebrain.enterprise.Uscc;
import io.zonebrain.platform.Dictionaries;
import io.zonebrain.support.TestUsers;
import io.zonebrain.support.ZonebrainTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An officer's everyday path through the registry in a real browser, in Chinese and in English: log in, search
 * (htmx replaces the result table as they type), open a profile, switch language. Also checks that the list fits
 * an office screen (1366×768) and a phone (390×844) without sideways scrolling. Screenshots go to target/browser/.
 */
@ZonebrainTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistryBrowserTest {

    private static final Path SHOTS = Path.of("target", "browser");
    private static final SecureRandom RANDOM = new SecureRandom();

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    Dictionaries dictionaries;

    private Playwright playwright;
    private Browser browser;
    private BrowserContext context;
    private String officer;
    private String token;
    private String enterpriseName;
    private Dictionaries.Entry cluster;
    private Dictionaries.Entry park;

    @BeforeAll
    void startBrowserAndRegisterAnEnterprise() throws Exception {
        if (!Chromium.installed()) {
            return; // each test then skips (or fails in CI) with the reason, in requireChromium
        }
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000); // two cores shared with the rest of the build
        officer = users.officer();
        token = newToken();
        enterpriseName = "浏览器验收精工机械有限公司 " + token;
        cluster = codeOf(EnterpriseTags.CLUSTER_KIND, "高端装备（浏览器测试）", "High-end equipment (browser test)");
        park = codeOf(EnterpriseTags.PARK_KIND, "星桥园区（浏览器测试）", "Xingqiao park (browser test)");
        registerThroughTheApi(enterpriseName, newUscc(), cluster.code(), park.code(), users.gridId("G4"), null);
        playwright = Chromium.start();
        browser = Chromium.launch(playwright);
    }

    @BeforeEach
    void requireChromium() {
        Chromium.requireInstalled();
    }

    @AfterEach
    void closeContext() {
        if (context != null) {
            context.close();
            context = null;
        }
    }

    @AfterAll
    void stopBrowser() {
        if (playwright != null) {
            playwright.close(); // closes the browser too
        }
    }

    @Test
    void officerLogsInSearchesAndOpensAProfileInChineseThenEnglish() {
        Page page = openPage(1366, 768);
        logIn(page);

        assertThat(page.locator("h1")).containsText("企业库");
        page.locator("#q").pressSequentially(token, new Locator.PressSequentiallyOptions().setDelay(30));
        Locator links = page.locator("#results a.enterprise-link");
        assertThat(links).hasCount(1);
        assertThat(links).hasText(enterpriseName);
        assertThat(page.locator("#result-count")).containsText("共 1 家");
        assertThat(page).hasURL(Pattern.compile("[?&]q=" + token)); // htmx pushed the search into the address
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("registry-search-zh.png")));

        links.click();
        page.waitForURL(Pattern.compile(".*/enterprises/\\d+$"));
        assertThat(page.locator("html")).hasAttribute("lang", "zh-CN");
        assertThat(page.locator("#enterprise-name")).hasText(enterpriseName);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("基本信息"))).isVisible();
        assertThat(page.locator("dl.facts dt").first()).hasText("法定代表人");
        assertThat(page.locator("main")).containsText("锅炉及辅助设备制造");
        assertThat(page.locator("main")).containsText(cluster.labelZh());
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("profile-zh.png")).setFullPage(true));

        page.locator("header a.lang").click(); // "English"
        page.waitForURL(Pattern.compile(".*/enterprises/\\d+\\?lang=en$"));
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("#enterprise-name")).hasText(enterpriseName);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Basics"))).isVisible();
        assertThat(page.locator("main")).not().containsText("基本信息");
        assertThat(page.locator("main")).containsText(cluster.labelEn());
        assertThat(page.locator("header a.lang")).hasText("中文");
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("profile-en.png")).setFullPage(true));

        // The choice is remembered: the registry (reached through the menu) and its search stay in English.
        page.locator("nav.mainnav a[href='/enterprises']").click();
        page.waitForURL(Pattern.compile(".*/enterprises$"));
        assertThat(page.locator("h1")).containsText("Enterprise registry");
        page.locator("#q").pressSequentially(token, new Locator.PressSequentiallyOptions().setDelay(30));
        assertThat(links).hasCount(1);
        assertThat(page.locator("#result-count")).hasText("1 enterprise");
        links.click();
        page.waitForURL(Pattern.compile(".*/enterprises/\\d+$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Basics"))).isVisible();

        page.navigate(url("/enterprises?lang=zh_CN"));
        assertThat(page.locator("h1")).containsText("企业库");
    }

    @Test
    void registryFitsAnOfficeScreenAndAPhoneWithoutSidewaysScrolling() {
        for (int[] size : new int[][] {{1366, 768}, {390, 844}}) {
            Page page = openPage(size[0], size[1]);
            logIn(page);
            assertThat(page.locator("#enterprise-table")).isVisible();
            assertNoHorizontalOverflow(page, "registry list");
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("registry-" + size[0] + ".png")));

            page.navigate(url("/enterprises?q=" + token));
            page.locator("#results a.enterprise-link").click();
            assertThat(page.locator("#enterprise-name")).hasText(enterpriseName);
            assertNoHorizontalOverflow(page, "profile");
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("profile-" + size[0] + ".png"))
                    .setFullPage(true));
            closeContext();
        }
    }

    private static void assertNoHorizontalOverflow(Page page, String what) {
        Object widths = page.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]");
        @SuppressWarnings("unchecked")
        List<Number> w = (List<Number>) widths;
        Assertions.assertThat(w.get(0).intValue())
                .as("%s at %s: page is wider than the window (scrollWidth vs innerWidth)", what, page.url())
                .isLessThanOrEqualTo(w.get(1).intValue() + 1);
    }

    private Page openPage(int width, int height) {
        closeContext();
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height)
                .setLocale("en-US")); // the UI must stay Chinese by default whatever the browser asks for
        context.setDefaultTimeout(15_000);
        return context.newPage();
    }

    private void logIn(Page page) {
        page.navigate(url("/enterprises"));
        page.waitForURL(Pattern.compile(".*/login$"));
        assertThat(page.locator("#login-submit")).hasText("登录");
        page.locator("#username").fill(officer);
        page.locator("#password").fill(TestUsers.PASSWORD);
        page.locator("#login-submit").click();
        page.waitForURL(Pattern.compile(".*/enterprises(\\?continue)?$"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /**
     * Cluster, park and grid are optional in the form, the API and the import; the pages once failed on a null
     * label lookup (SpEL indexing a map with null). This keeps them working for such enterprises.
     */
    @Test
    void enterpriseWithoutClusterParkOrGridIsListedAndOpens() throws Exception {
        String bare = "浏览器验收无集群企业 " + newToken();
        registerThroughTheApi(bare, newUscc(), null, null, null, null);
        Page page = openPage(1366, 768);
        logIn(page);
        page.navigate(url("/enterprises?q=" + java.net.URLEncoder.encode(bare, StandardCharsets.UTF_8)));
        page.locator("#results a.enterprise-link").click();
        assertThat(page.locator("#enterprise-name")).hasText(bare);
    }

    /** Tags show their labels, not their codes, in both languages (SpEL once read {@code tagLabels[t]} as "t"). */
    @Test
    void tagsShowTheirLabelsInBothLanguages() throws Exception {
        String tagged = "浏览器验收高新企业 " + newToken();
        registerThroughTheApi(tagged, newUscc(), cluster.code(), park.code(), users.gridId("G4"), "high-tech");
        Page page = openPage(1366, 768);
        logIn(page);
        page.navigate(url("/enterprises?q=" + java.net.URLEncoder.encode(tagged, StandardCharsets.UTF_8)));
        assertThat(page.locator("#results td.tags")).containsText("高新技术企业");
        page.navigate(url("/enterprises?lang=en&q=" + java.net.URLEncoder.encode(tagged, StandardCharsets.UTF_8)));
        assertThat(page.locator("#results td.tags")).containsText("High-tech enterprise");
    }

    /** An existing code of the zone (the demo zone's, when present), or one made for this test. */
    private Dictionaries.Entry codeOf(String kind, String labelZh, String labelEn) {
        long zone = users.zoneId();
        return dictionaries.entries(zone, kind).stream().findFirst().orElseGet(() -> {
            Dictionaries.Entry made = new Dictionaries.Entry(kind, "browser-test", labelZh, labelEn, 999);
            dictionaries.put(zone, made);
            return made;
        });
    }

    private void registerThroughTheApi(String name, String uscc, String clusterCode, String parkCode, Long gridId,
                                       String tag) throws Exception {
        String json = """
                {"uscc":"%s","name":"%s","legalRepresentative":"王测试","industryCode":"3411","aboveScale":true,
                 "clusterCode":%s,"parkCode":%s,"gridId":%s,"tags":[%s],
                 "ownLandMu":42.5,"leasedAreaMu":3.0,"address":"临平区星桥街道测试路 1 号",
                 "contacts":[{"name":"李联络","position":"办公室主任","phone":"0571-86000000",
                              "email":"contact@example.com","chiefDataOfficer":true}]}
                """.formatted(uscc, name, quoted(clusterCode), quoted(parkCode), gridId,
                tag == null ? "" : quoted(tag));
        String basic = Base64.getEncoder()
                .encodeToString((officer + ":" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url("/api/v1/enterprises")))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/json")
                .header("X-Change-Reason", "browser test fixture")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        Assertions.assertThat(response.statusCode()).as("creating the test enterprise: %s", response.body())
                .isEqualTo(201);
    }

    /** A search term that matches exactly one enterprise: "Z" is not in the USCC alphabet, the digits are random. */
    private static String newToken() {
        return "Z" + (1000000 + RANDOM.nextInt(9000000));
    }

    private static String quoted(String s) {
        return s == null ? "null" : '"' + s + '"';
    }

    private static String newUscc() {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        StringBuilder first17 = new StringBuilder("91330113MA");
        while (first17.length() < 17) {
            first17.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return first17.toString() + Uscc.checkCharacter(first17.toString());
    }
}
