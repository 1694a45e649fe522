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
 * 时尚E家 in Debian's Chromium: the dashboard's charts draw under the strict CSP, and a factory works a lot on a
 * phone-sized screen with the big buttons. Screenshots go to target/browser/. Skipped where Chromium is missing.
 */
@ZonebrainTest
class FashionBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path SHOTS = Path.of("target", "browser");

    @LocalServerPort
    int port;
    @Autowired
    FashionFixtures fixtures;
    @Autowired
    Lots lots;
    @Autowired
    TestUsers users;
    @Autowired
    Clock clock;

    @Test
    void theDashboardDrawsAndAFactoryReportsFromAPhone() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "needs Debian's Chromium at " + CHROMIUM);
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        String operator = fixtures.operator();
        Factory factory = fixtures.factory("测试浏览器工厂");
        String worker = fixtures.factoryUser(factory.id());
        Brand brand = fixtures.brand("测试浏览器品牌");
        GarmentOrder order = fixtures.order(fixtures.brandUser(brand.id()), "测试浏览器款",
                LocalDate.now(clock).plusMonths(2));
        Lot lot = users.as(operator, () -> lots.propose(order.id(), factory.code(), 2000, null, null, null));
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
             Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                     .setExecutablePath(CHROMIUM).setHeadless(true)
                     .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                             "--disable-component-update", "--disable-sync", "--no-first-run")))) {
            List<String> errors = new ArrayList<>();
            Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1366, 900));
            watch(page, errors);
            login(page, operator, "/fashion");
            assertThat(page.locator("[data-chart=towns] canvas")).hasCount(1);
            assertThat(page.locator("[data-chart=categories] canvas")).hasCount(1);
            assertThat(page.locator("[data-chart=sizes] canvas")).hasCount(1);
            assertThat(page.locator("[data-chart=seasons] canvas")).hasCount(1);
            assertThat(page.locator("#tile-growth")).containsText("+15.0%");
            page.waitForTimeout(800);
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("fashion-dashboard.png"))
                    .setFullPage(true));
            page.navigate("http://localhost:" + port + "/fashion/factories?town=qiaosi&size=SMALL");
            assertThat(page.locator("#factory-table tbody tr").first()).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("fashion-factories.png")));

            Page phone = browser.newPage(new Browser.NewPageOptions().setViewportSize(390, 844));
            watch(phone, errors);
            login(phone, worker, "/fashion/lots/" + lot.id());
            phone.locator("#confirm-lot").click();
            assertThat(phone.locator("#lot-status")).containsText("已确认");
            assertThat(phone.locator("#report-next")).containsText("面料到厂");
            phone.locator("#report-next").click();
            assertThat(phone.locator("#report-next")).containsText("裁剪完成");
            assertThat(phone.locator("#lot-status")).containsText("生产中");
            Object width = phone.evaluate("document.querySelector('#report-next').getBoundingClientRect().width");
            Assertions.assertThat(((Number) width).doubleValue()).as("the big button spans the phone").isGreaterThan(300);
            phone.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("fashion-lot-phone.png"))
                    .setFullPage(true));
            Assertions.assertThat(errors).as("console errors (CSP violations, script failures)").isEmpty();
        }
    }

    private void login(Page page, String user, String path) {
        page.navigate("http://localhost:" + port + path);
        page.waitForURL(Pattern.compile(".*/login$"));
        page.locator("#username").fill(user);
        page.locator("#password").fill(TestUsers.PASSWORD);
        page.locator("#login-submit").click();
        page.waitForURL(Pattern.compile(".*" + Pattern.quote(path) + "(\\?continue)?$"));
    }

    private static void watch(Page page, List<String> errors) {
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
    }
}
