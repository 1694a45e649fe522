package io.zonebrain.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import io.zonebrain.support.TestUsers;
import io.zonebrain.support.ZonebrainTest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo run's page in a real browser: the distribution's stacked bar chart is drawn under the CSP (script-src
 * 'self', data in an attribute) for cohorts and for industry sections, without a console error. Screenshots go to
 * target/browser/.
 */
@ZonebrainTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RunPageBrowserTest {

    private static final Path SHOTS = Path.of("target", "browser");

    @LocalServerPort
    int port;
    @Autowired TestUsers users;
    @Autowired JdbcClient jdbc;

    private Playwright playwright;
    private Browser browser;

    @BeforeAll
    void startBrowser() {
        if (Chromium.installed()) {
            PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
            playwright = Chromium.start();
            browser = Chromium.launch(playwright);
        }
    }

    @BeforeEach
    void requireChromium() {
        Chromium.requireInstalled();
    }

    @AfterAll
    void stopBrowser() {
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void theDistributionChartIsDrawnPerCohortAndPerSection() {
        long run = jdbc.sql("select id from evaluation_run where zone_id = :z and scheme_code = 'linping-demo-2022'"
                + " and data_year = 2022 and version = 1").param("z", users.zoneId()).query(Long.class).single();
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 900))) {
            context.setDefaultTimeout(15_000);
            Page page = context.newPage();
            List<String> errors = new ArrayList<>();
            page.onConsoleMessage(m -> {
                if ("error".equals(m.type())) {
                    errors.add(m.text());
                }
            });
            page.navigate("http://localhost:" + port + "/evaluation/runs/" + run);
            page.waitForURL(Pattern.compile(".*/login$"));
            page.locator("#username").fill(users.officer());
            page.locator("#password").fill(TestUsers.PASSWORD);
            page.locator("#login-submit").click();
            page.waitForURL(Pattern.compile(".*/evaluation/runs/" + run + "(\\?continue)?$"));
            assertThat(page.locator("#grade-chart canvas")).hasCount(1);
            assertThat(page.locator("#distribution-table tbody tr")).hasCount(2);
            page.waitForTimeout(1500); // the bars' entry animation
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("run-cohorts.png")));

            page.locator("#distribution-by a", new Page.LocatorOptions().setHasText("行业门类")).click();
            page.waitForURL(Pattern.compile(".*by=section.*"));
            assertThat(page.locator("#grade-chart canvas")).hasCount(1);
            assertThat(page.locator("#distribution-by a.active")).hasText("行业门类");
            page.waitForTimeout(1500);
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("run-sections.png")));
            org.assertj.core.api.Assertions.assertThat(errors).isEmpty();
        }
    }
}
