package dev.lede.web;

import dev.lede.HeadlessChromium;
import dev.lede.SampleIndex;
import dev.lede.TestServer;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What the page's browser tests share: a real server over the sample index and a real headless Chromium, started
 * once for the tests of a class (skipped with a message where Chromium is missing) and stopped after them.
 */
abstract class SampleIndexBrowserTest {

    static TestServer server;
    static WebDriver browser;
    static WebDriverWait wait;

    /** The value with the most articles in {@code facet} ("people", "places") of the search {@code query}. */
    static String topValue(String query, String facet) throws Exception {
        return server.get("/api/search?" + query)
                .json()
                .get("facets")
                .get(facet)
                .get(0)
                .get("value")
                .asText();
    }

    @BeforeAll
    static void startServerAndBrowser() throws Exception {
        Assumptions.assumeTrue(HeadlessChromium.available(), HeadlessChromium.MISSING);
        server = new TestServer(SampleIndex.get().indexDir);
        browser = HeadlessChromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterAll
    static void stopServerAndBrowser() throws Exception {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
        if (server != null) {
            server.close();
            server = null;
        }
    }
}
