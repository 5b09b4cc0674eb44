package dev.lede.web;

import dev.lede.HeadlessChromium;
import dev.lede.TestServer;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real server over a browser test's own index and a headless Chromium beside it, started once for a test class.
 * Its waits ignore elements gone stale, since the page redraws its lists on each search.
 */
record BrowserSession(TestServer server, WebDriver browser, WebDriverWait waiting) {

    static BrowserSession start(Path indexDir) throws Exception {
        TestServer server = new TestServer(indexDir);
        WebDriver browser = HeadlessChromium.start();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        return new BrowserSession(server, browser, wait);
    }

    /** Stops {@code session}'s browser and server; nothing when it never started (Chromium missing). */
    static void stop(BrowserSession session) throws IOException {
        if (session != null) {
            session.browser.quit();
            session.server.close();
        }
    }
}
