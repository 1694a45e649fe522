package io.zonebrain.evaluation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
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
 * The scheme editor in Debian's Chromium, as an officer uses it: open a draft, add an indicator, give it a weight
 * that breaks the cohort's declared total, save, read the error under the weight, fix it, save, see the draft. Also
 * moves a row in the page (the editor's script renumbers the inputs) and checks that the strict CSP raised nothing.
 * Skipped where Chromium is not installed, a failure in CI (zonebrain.ci=true), like the registry's browser test.
 */
@ZonebrainTest
class SchemeEditorBrowserTest {

    private static final Path CHROMIUM = Path.of(System.getProperty("zonebrain.chromium", "/usr/bin/chromium"));
    private static final Path SHOTS = Path.of("target", "browser");

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    SchemeCatalogue catalogue;

    private static void requireChromium() {
        if (Files.isExecutable(CHROMIUM)) {
            return;
        }
        String message = "Browser test needs Debian's Chromium at " + CHROMIUM + " (apt-get install -y chromium)";
        if ("true".equalsIgnoreCase(System.getProperty("zonebrain.ci"))) {
            fail("CI must run the browser test, but it would be skipped: " + message);
        }
        Assumptions.abort("Skipped: " + message);
    }

    private static Locator field(Page page, String path) {
        return page.locator("[name=\"" + path + "\"]");
    }

    @Test
    void addAnIndicatorBreakTheTotalSeeTheErrorFixItAndSave() {
        requireChromium();
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        String officer = users.officer();
        String code = "test-browser-" + System.nanoTime() % 1_000_000;
        Scheme h = TestSchemes.shipped("reference-huangyan-2022");
        users.as(officer, () -> catalogue.create(new Scheme(code, null, "浏览器测试方案", h.owner(),
                h.documentNumber(), h.dataYear(), h.grades(), h.extraClasses(), h.cohorts(), h.adjustments(),
                h.overrides(), h.notes()), "test"));
        String base = "http://localhost:" + port;
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
             Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                     .setExecutablePath(CHROMIUM).setHeadless(true)
                     .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                             "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")))) {
            Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1366, 900));
            List<String> errors = new ArrayList<>();
            page.onConsoleMessage(m -> {
                if ("error".equals(m.type()) && !m.text().startsWith("Failed to load resource")) {
                    errors.add(m.text());
                }
            });
            page.onPageError(e -> errors.add(e));
            page.navigate(base + "/evaluation/schemes");
            page.waitForURL(Pattern.compile(".*/login$"));
            page.locator("#username").fill(officer);
            page.locator("#password").fill(TestUsers.PASSWORD);
            page.locator("#login-submit").click();
            page.waitForURL(Pattern.compile(".*/evaluation/schemes(\\?continue)?$"));
            assertThat(page.locator("tr[data-code=\"" + code + "\"]")).hasCount(1);
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("scheme-list.png")));

            page.navigate(base + "/evaluation/schemes/" + code + "/versions/1/edit");
            // the script hides what the scoring method does not use: no min-max percentages for a ratio indicator
            assertThat(field(page, "cohorts[1].indicators[0].scoring.minPercent")).isHidden();
            Locator sum = page.locator("[data-sum-for=\"cohorts[1].indicators\"]");
            assertThat(sum).containsText("100");

            // a third indicator for the below-scale cohort
            page.locator("button[data-add=\"cohorts[1].indicators\"]").click();
            assertThat(field(page, "cohorts[1].indicators[2].code")).isVisible();
            assertThat(field(page, "cohorts[1].indicators[2].code")).isFocused();
            field(page, "cohorts[1].indicators[2].code").fill("revenuePerMu");
            field(page, "cohorts[1].indicators[2].name").fill("亩均销售收入");
            field(page, "cohorts[1].indicators[2].formula").fill("revenueYuan / landMu");
            field(page, "cohorts[1].indicators[2].unit").fill("万元/亩");
            field(page, "cohorts[1].indicators[2].scale").fill("0.0001");
            field(page, "cohorts[1].indicators[2].weight").fill("20");
            field(page, "cohorts[1].indicators[2].benchmark.value").fill("300");
            // the running sum warns before saving
            assertThat(sum).containsText("120");
            assertThat(sum).hasClass(Pattern.compile(".*\\boff\\b.*"));
            page.locator("#save-scheme").click();

            Locator error = page.locator("[data-error-for=\"cohorts[1].totalWeight\"]");
            assertThat(error).isVisible();
            assertThat(error).containsText("120");
            assertThat(page.locator("#problems")).containsText("规下工业企业");
            // the error sits in the label of the declared total's input
            assertThat(page.locator("label:has([name=\"cohorts[1].totalWeight\"]) .field-error")).hasCount(1);
            assertThat(field(page, "cohorts[1].indicators[2].weight")).hasValue("20");
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("scheme-editor-error.png")));
            Assertions.assertThat(users.as(officer, () -> catalogue.version(code, 1)).scheme().cohorts().get(1)
                    .indicators()).hasSize(2);

            // fix: 40 + 40 + 20, and move the new indicator to the top in the page
            field(page, "cohorts[1].indicators[0].weight").fill("40");
            field(page, "cohorts[1].indicators[1].weight").fill("40");
            assertThat(sum).not().hasClass(Pattern.compile(".*\\boff\\b.*"));
            page.locator("[data-path=\"cohorts[1].indicators[2]\"] button[value=\"up:cohorts[1].indicators[2]\"]")
                    .click();
            assertThat(field(page, "cohorts[1].indicators[1].code")).hasValue("revenuePerMu");
            assertThat(field(page, "cohorts[1].indicators[2].code")).hasValue("taxPerKwh");
            page.locator("input[name=reason]").fill("增加亩均销售收入");
            page.locator("#save-scheme").click();
            page.waitForURL(Pattern.compile(".*/evaluation/schemes/" + code + "/versions/1$"));
            assertThat(page.locator(".alert.success")).isVisible();
            assertThat(page.locator("[data-cohort=below-scale] [data-indicator=revenuePerMu]")).containsText("300");
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("scheme-saved.png")).setFullPage(true));

            Scheme saved = users.as(officer, () -> catalogue.version(code, 1)).scheme();
            Assertions.assertThat(saved.cohorts().get(1).indicators()).extracting(Indicator::code)
                    .containsExactly("taxPerMu", "revenuePerMu", "taxPerKwh");
            Assertions.assertThat(saved.cohorts().get(1).indicators()).extracting(Indicator::weight)
                    .containsExactly(40.0, 20.0, 40.0);
            Assertions.assertThat(errors).as("console errors (CSP violations, script failures)").isEmpty();
        }
    }
}
