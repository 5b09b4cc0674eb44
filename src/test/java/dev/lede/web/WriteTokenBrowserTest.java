package dev.lede.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.HeadlessChromium;
import dev.lede.TestServer;
import dev.lede.index.lucene.LuceneIndexWriter;
import dev.lede.model.Article;
import dev.lede.model.EnrichedArticle;
import dev.lede.model.Enrichment;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Alert;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The page asks for the write token once, when a change is refused, and keeps it for the tab. */
class WriteTokenBrowserTest {

    private static final String SAVE = "window.__status = null;"
            + "window.LedeAuth.fetch('/api/saved', {method: 'POST', headers: {'Content-Type': 'application/json'},"
            + " body: JSON.stringify({name: arguments[0], query: 'q=tram'})})"
            + ".then(r => { window.__status = r.status; });";

    @TempDir
    Path indexDir;

    @Test
    void aRefusedChangeAsksForTheTokenOnceAndTheNextChangeSendsItUnasked() throws Exception {
        Assumptions.assumeTrue(HeadlessChromium.available(), HeadlessChromium.MISSING);
        try (LuceneIndexWriter writer = LuceneIndexWriter.open(indexDir)) {
            writer.write(new EnrichedArticle(
                    new Article("t1", "Tram", "The tram.", null, null, null, null),
                    new Enrichment(List.of(), List.of(), List.of(), List.of())));
            writer.commit();
        }
        WebDriver browser = HeadlessChromium.start();
        try (TestServer server = new TestServer(indexDir)) {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            JavascriptExecutor page = (JavascriptExecutor) browser;
            browser.get(server.baseUrl() + "/");
            wait.until(driver -> Boolean.TRUE.equals(page.executeScript("return !!window.LedeAuth")));

            page.executeScript(SAVE, "first");
            Alert prompt = wait.until(ExpectedConditions.alertIsPresent());
            prompt.sendKeys(TestServer.TOKEN);
            prompt.accept();
            wait.until(driver -> page.executeScript("return window.__status") != null);
            assertEquals(201L, page.executeScript("return window.__status"));
            assertEquals(TestServer.TOKEN, page.executeScript("return sessionStorage.getItem('lede.writeToken')"));

            page.executeScript(SAVE, "second");
            wait.until(driver -> page.executeScript("return window.__status") != null);
            assertEquals(201L, page.executeScript("return window.__status"), "no second prompt");
            assertEquals(2, server.get("/api/saved").json().get("searches").size());
        } finally {
            browser.quit();
        }
    }
}
