package dev.lede.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.HeadlessChromium;
import dev.lede.SampleIndex;
import dev.lede.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A reader's annotations in a real headless Chromium, over a copy of the sample index (annotations are written
 * beside it): star, tags and a note saved from the article view, the tag as a filter, the export of the annotated
 * articles.
 */
class AnnotationsBrowserTest {

    @TempDir
    static Path indexDir;

    private static BrowserSession session;
    private static TestServer server;
    private static WebDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(HeadlessChromium.available(), HeadlessChromium.MISSING);
        Path sample = SampleIndex.get().indexDir;
        try (Stream<Path> files = Files.list(sample)) {
            for (Path file : files.toList()) {
                Files.copy(file, indexDir.resolve(file.getFileName()));
            }
        }
        session = BrowserSession.start(indexDir);
        server = session.server();
        browser = session.browser();
        wait = session.waiting();
    }

    @AfterAll
    static void stop() throws Exception {
        BrowserSession.stop(session);
    }

    @Test
    void aStarTagsAndANoteAreSavedAndTheTagFiltersTheResultsAndTheExport() throws Exception {
        JsonNode hit = server.get("/api/search?q=tram").json().get("hits").get(1);
        String id = hit.get("id").asText();
        HeadlessChromium.openWithWriteToken(browser, server);
        browser.get(server.baseUrl() + "/?q=tram&article=" + TestServer.encode(id));
        WebElement star = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".annotation-star")));
        browser.findElement(By.cssSelector(".annotation-tags")).sendKeys("strike, follow up");
        browser.findElement(By.cssSelector(".annotation-note")).sendKeys("Ask the union for figures");
        star.click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".annotation-status"), "Saved"));
        assertEquals("true", star.getDomAttribute("aria-pressed"));
        HeadlessChromium.screenshot(browser, "article-annotation");
        JsonNode saved = server.get("/api/articles/" + TestServer.encode(id) + "/annotation")
                .json();
        assertTrue(saved.get("starred").asBoolean());
        assertEquals("[\"strike\",\"follow up\"]", saved.get("tags").toString());
        assertEquals("Ask the union for figures", saved.get("note").asText());

        browser.findElement(By.id("close-article")).click();
        WebElement tag = wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//div[@data-field='annotations']//button[.//span[text()='#strike']]")));
        assertEquals("1", tag.findElement(By.className("count")).getText());
        tag.click();
        wait.until(ExpectedConditions.urlContains("tag=strike"));
        wait.until(ExpectedConditions.textMatches(By.id("summary"), java.util.regex.Pattern.compile("^1 article ")));
        assertEquals(
                hit.get("title").asText(),
                browser.findElement(By.cssSelector("#hits h2")).getText());
        HeadlessChromium.screenshot(browser, "annotation-filter");

        String exportHref = browser.findElement(By.cssSelector("#summary a.export-annotations"))
                .getDomAttribute("href");
        assertTrue(exportHref.contains("tag=strike"), exportHref);
        List<String> lines = server.get(exportHref).body().lines().toList();
        assertEquals(1, lines.size());
        JsonNode exported = server.json(lines.getFirst());
        assertEquals(id, exported.get("id").asText());
        assertEquals("Ask the union for figures", exported.get("note").asText());
        String csvHref = browser.findElement(By.linkText("CSV")).getDomAttribute("href");
        assertEquals(2, server.get(csvHref).body().strip().lines().count(), "a header and the tagged article");
    }
}
