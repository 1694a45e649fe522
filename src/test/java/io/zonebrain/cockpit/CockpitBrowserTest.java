package io.zonebrain.cockpit;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import io.zonebrain.support.TestUsers;
import io.zonebrain.support.ZonebrainTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The cockpit in Debian's Chromium: the charts draw (ECharts from the WebJar under the strict CSP, data from
 * /cockpit/data), a chart click drills down to the firms, and the big screen fills 1920×1080 in the dark theme.
 * Screenshots go to target/browser/. Skipped, like the registry's browser test, where Chromium is not installed.
 */
@ZonebrainTest
class CockpitBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path SHOTS = Path.of("target", "browser");

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Test
    void chartsDrawAndDrillDownAndTheBigScreenIsDark() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "needs Debian's Chromium at " + CHROMIUM);
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        String officer = users.officer();
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
             Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                     .setExecutablePath(CHROMIUM).setHeadless(true)
                     .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                             "--disable-component-update", "--disable-sync", "--no-first-run")))) {
            Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1366, 900));
            List<String> errors = new ArrayList<>();
            page.onConsoleMessage(m -> {
                if ("error".equals(m.type()) && !m.text().startsWith("Failed to load resource")) {
                    errors.add(m.text());
                }
            });
            // failed loads by URL; the browser's own favicon probe is not ours to answer
            page.onResponse(r -> {
                if (r.status() >= 400 && !r.url().endsWith("/favicon.ico")) {
                    errors.add(r.status() + " " + r.url());
                }
            });
            page.navigate("http://localhost:" + port + "/cockpit");
            page.waitForURL(Pattern.compile(".*/login$"));
            page.locator("#username").fill(officer);
            page.locator("#password").fill(TestUsers.PASSWORD);
            page.locator("#login-submit").click();
            page.waitForURL(Pattern.compile(".*/cockpit(\\?continue)?$"));

            page.navigate("http://localhost:" + port + "/cockpit?period=2023-12");
            assertThat(page.locator("[data-chart=months] canvas")).hasCount(1);
            assertThat(page.locator("[data-chart=clusters] canvas")).hasCount(1);
            assertThat(page.locator("[data-chart=growth] canvas")).hasCount(1);
            assertThat(page.locator(".tile").first()).containsText("1,214.");
            page.waitForTimeout(800); // let the charts' entry animation finish before the screenshot
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("cockpit.png")).setFullPage(true));

            // the right side of the donut's ring: the largest cluster's slice
            var box = page.locator("[data-chart=clusters] canvas").boundingBox();
            double ring = Math.min(box.width, box.height) / 2 * 0.5;
            page.locator("[data-chart=clusters] canvas").click(new com.microsoft.playwright.Locator.ClickOptions()
                    .setPosition(box.width / 2 + ring, box.height / 2));
            page.waitForURL(Pattern.compile(".*/cockpit/firms\\?.*dimension=CLUSTER.*"));
            assertThat(page.locator("table tbody tr").first()).isVisible();

            page.setViewportSize(1920, 1080);
            page.navigate("http://localhost:" + port + "/cockpit?period=2023-12&screen=big");
            assertThat(page.locator("[data-chart=months] canvas")).hasCount(1);
            Object background = page.evaluate("getComputedStyle(document.body).backgroundColor");
            Assertions.assertThat(background).isEqualTo("rgb(11, 20, 38)");
            page.waitForTimeout(800);
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("cockpit-big.png")));
            Assertions.assertThat(errors).as("console errors (CSP violations, script failures)").isEmpty();
        }
    }
}
