package io.zonebrain.browser;

import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Chromium driven by Playwright, with no browser download (this machine cannot reach one).
 * Where Chromium is absent the browser tests are skipped with a message saying how to install it;
 * in CI (system property {@code zonebrain.ci=true}, set by surefire from the CI environment variable)
 * a missing browser is a failure, because .ci/run installs it and a silent skip would hide a broken UI.
 */
final class Chromium {

    /** Debian's package puts it here; {@code -Dzonebrain.chromium=...} points elsewhere (or proves the skip). */
    static final Path EXECUTABLE = Path.of(System.getProperty("zonebrain.chromium", "/usr/bin/chromium"));

    private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
            "--disable-quic");

    private Chromium() {
    }

    static boolean installed() {
        return Files.isExecutable(EXECUTABLE);
    }

    /** Skips (or, in CI, fails) the calling test when Debian's Chromium is not installed. */
    static void requireInstalled() {
        if (installed()) {
            return;
        }
        String message = "Browser test needs Debian's Chromium at " + EXECUTABLE
                + " (apt-get install -y chromium); Playwright's own browser download is not used.";
        if ("true".equalsIgnoreCase(System.getProperty("zonebrain.ci"))) {
            fail("CI must run the browser test, but it would be skipped: " + message);
        }
        System.err.println("SKIPPED: " + message);
        Assumptions.abort("Skipped: " + message);
    }

    static Playwright start() {
        // Also set by surefire; repeated here so the test behaves the same when started from an IDE.
        return Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    static Browser launch(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(EXECUTABLE)
                .setHeadless(true)
                .setArgs(ARGS));
    }
}
