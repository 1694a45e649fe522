package io.zonebrain.fashion;

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
import java.time.Clock;
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
 * Allocation pages in Debian's Chromium under the strict CSP: the demo zone's version (load charts by town and
 * category, the lots table, a "why" fetched by htmx) and a running round's live chart with its stop button.
 * Screenshots go to target/browser/. Skipped where Chromium is missing.
 */
@ZonebrainTest
class AllocationBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path SHOTS = Path.of("target", "browser");

    @LocalServerPort
    int port;
    @Autowired
    FashionFixtures fixtures;
    @Autowired
    AllocationRounds rounds;
    @Autowired
    TestUsers users;

    @Test
    void theDemoVersionDrawsAndExplainsAndARoundCanBeStopped() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "needs Debian's Chromium at " + CHROMIUM);
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        String operator = fixtures.operator();
        AllocationVersion demo = users.as(operator, () -> rounds.versions(null)).stream()
                .filter(v -> v.startedBy().equals("demo")).findFirst().orElseThrow();
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
             Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                     .setExecutablePath(CHROMIUM).setHeadless(true)
                     .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                             "--disable-component-update", "--disable-sync", "--no-first-run")))) {
            List<String> errors = new ArrayList<>();
            Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1366, 900));
            watch(page, errors);
            login(page, operator, "/fashion/allocations/" + demo.id() + "?placed=false");
            assertThat(page.locator("[data-chart=towns] canvas")).hasCount(1);
            assertThat(page.locator("[data-chart=categories] canvas")).hasCount(1);
            page.locator("#allocation-lots button.why").first().click();
            assertThat(page.locator("#why-0 li").first()).isVisible();
            page.waitForTimeout(500);
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("allocation-version.png"))
                    .setFullPage(true));

            page.navigate("http://localhost:" + port + "/fashion/allocations");
            page.locator("#start-round input[name=seconds]").fill("30");
            page.locator("#start-round button[type=submit]").click();
            page.waitForURL(Pattern.compile(".*/fashion/allocations/rounds/.*"));
            assertThat(page.locator("[data-chart=progress] canvas")).hasCount(1);
            assertThat(page.locator("#round-counts")).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("allocation-round.png")));
            page.locator("#stop-round button").click();
            assertThat(page.locator("#open-version")).isVisible(new com.microsoft.playwright.assertions
                    .LocatorAssertions.IsVisibleOptions().setTimeout(40_000));
            page.locator("#open-version").click();
            assertThat(page.locator("#stopped")).isVisible();
            Assertions.assertThat(errors).as("console errors (CSP violations, script failures)").isEmpty();
        }
    }

    private void login(Page page, String user, String path) {
        page.navigate("http://localhost:" + port + path);
        page.waitForURL(Pattern.compile(".*/login$"));
        page.locator("#username").fill(user);
        page.locator("#password").fill(TestUsers.PASSWORD);
        page.locator("#login-submit").click();
        page.waitForURL(Pattern.compile(".*" + Pattern.quote(path.replace("?placed=false", "")) + ".*"));
    }

    private static void watch(Page page, List<String> errors) {
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type()) && !m.text().startsWith("Failed to load resource")) {
                errors.add(m.text());
            }
        });
    }
}
