package io.zonebrain.land;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import io.zonebrain.enterprise.Enterprise;
import io.zonebrain.support.TestUsers;
import io.zonebrain.support.ZonebrainTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
 * The land pages in Debian's Chromium: the list filters as the officer types (htmx), and a parcel's page draws its
 * area split with ECharts under the strict CSP (no inline script, no console error). Screenshots go to
 * target/browser/. Skipped, like the other browser tests, where Chromium is not installed.
 */
@ZonebrainTest
class LandBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path SHOTS = Path.of("target", "browser");

    @LocalServerPort
    int port;

    @Autowired
    TestLand land;

    @Test
    void theListFiltersAsYouTypeAndTheParcelPageDrawsItsAreaSplit() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "needs Debian's Chromium at " + CHROMIUM);
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        String prefix = TestLand.code("BR");
        Enterprise owner = land.enterprise("浏览器宗地权利人有限公司", null);
        Enterprise tenant = land.enterprise("浏览器宗地承租有限公司", null);
        Parcel p = land.parcel(prefix + "-1", owner, "80");
        land.lease(p, tenant, "30", LocalDate.of(2020, 1, 1), null);
        String officer = land.users.officer();
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
            page.onResponse(r -> {
                if (r.status() >= 400 && !r.url().endsWith("/favicon.ico")) {
                    errors.add(r.status() + " " + r.url());
                }
            });
            page.navigate("http://localhost:" + port + "/land/parcels");
            page.waitForURL(Pattern.compile(".*/login$"));
            page.locator("#username").fill(officer);
            page.locator("#password").fill(TestUsers.PASSWORD);
            page.locator("#login-submit").click();
            page.waitForURL(Pattern.compile(".*/land/parcels(\\?continue)?$"));
            assertThat(page.locator("nav.mainnav")).containsText("土地");

            page.locator("#q").pressSequentially(prefix, new Locator.PressSequentiallyOptions().setDelay(30));
            assertThat(page.locator("#parcel-table tbody tr")).hasCount(1);
            assertThat(page.locator("#parcel-table")).containsText("浏览器宗地权利人有限公司");
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("land-parcels.png")));

            page.locator("a.parcel-link").first().click();
            page.waitForURL(Pattern.compile(".*/land/parcels/" + p.id() + "$"));
            assertThat(page.locator("#area-split-chart canvas")).hasCount(1);
            assertThat(page.locator("#lease-table")).containsText("浏览器宗地承租有限公司");
            page.waitForTimeout(800); // the chart's entry animation, before the screenshot
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("land-parcel.png")).setFullPage(true));
            Assertions.assertThat(errors).as("console errors (CSP violations, script failures)").isEmpty();
        }
    }
}
