package dev.lede.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.HeadlessChromium;
import dev.lede.TestServer;
import dev.lede.index.lucene.LuceneIndexWriter;
import dev.lede.model.Article;
import dev.lede.model.EnrichedArticle;
import dev.lede.model.Enrichment;
import dev.lede.parse.Parsers;
import dev.lede.source.SourceDocument;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The search page in a real headless Chromium (Debian's chromium and chromium-driver, which bin/test installs when
 * missing) against the real server over the sample index. Screenshots of the views go to target/screenshots.
 */
class SearchPageBrowserTest extends SampleIndexBrowserTest {

    @Test
    void typingAQueryShowsHighlightedResultsAndAFacetClickNarrowsThemAndTheOtherFacetsAndBackRestoresThem()
            throws Exception {
        browser.get(server.baseUrl() + "/");
        WebElement box = wait.until(ExpectedConditions.elementToBeClickable(By.id("q")));
        box.sendKeys("tram", Keys.ENTER);
        int all = waitForTotal(
                server.get("/api/search?q=tram").json().get("total").asInt());
        assertTrue(browser.findElements(By.cssSelector("#hits .snippet mark")).size() > 0, "matches are highlighted");
        screenshot("results");

        WebElement firstPerson = browser.findElement(By.cssSelector("#facets .facet li button"));
        String person = firstPerson.findElement(By.tagName("span")).getText();
        String placesBefore = panelText("Places");
        firstPerson.click();
        wait.until(ExpectedConditions.urlContains("person="));
        int narrowed = server.get("/api/search?q=tram&person=" + TestServer.encode(person))
                .json()
                .get("total")
                .asInt();
        waitForTotal(narrowed);
        assertTrue(narrowed <= all);
        assertTrue(browser.findElement(By.id("active-filters")).getText().contains(person));
        assertTrue(
                !panelText("Places").equals(placesBefore), "the other facets are counted again for the narrower set");
        screenshot("facet-selected");

        browser.navigate().back();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("person=")));
        waitForTotal(all);
    }

    @Test
    void aSharedLinkRestoresTheSearchAndATimelineBarSetsTheDateRange() throws Exception {
        browser.get(server.baseUrl() + "/?q=drought&sort=newest");
        waitForTotal(server.get("/api/search?q=drought").json().get("total").asInt());
        assertEquals("drought", browser.findElement(By.id("q")).getDomProperty("value"));
        assertEquals("newest", browser.findElement(By.id("sort")).getDomProperty("value"));
        WebElement bar = browser.findElements(By.cssSelector("#timeline rect")).stream()
                .filter(rect -> !"0".equals(rect.getDomAttribute("height")))
                .findFirst()
                .orElseThrow();
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", bar);
        wait.until(ExpectedConditions.urlContains("from="));
        assertTrue(browser.getCurrentUrl().contains("to="), browser.getCurrentUrl());
        screenshot("timeline-range");
    }

    @Test
    void anArticleOpensWithItsTextAndEntities() throws Exception {
        browser.get(server.baseUrl() + "/?q=tram");
        WebElement title = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#hits h2 a")));
        String expected = title.getText();
        title.click();
        WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("article-dialog")));
        assertEquals(expected, dialog.findElement(By.id("article-title")).getText());
        assertTrue(dialog.findElement(By.id("article-body")).getText().length() > 200);
        assertTrue(
                dialog.findElements(By.cssSelector("#article-entities button")).size() > 0);
        screenshot("article");
    }

    @Test
    void scriptAndImagePayloadsInsideAnArticleStayInert(@TempDir Path indexDir) throws Exception {
        String payload = "Officials found <script>window.__xss = 'script'</script> and "
                + "<img src=x onerror=\"window.__xss = 'img'\"> in the dossier about the harbour.";
        try (LuceneIndexWriter writer = LuceneIndexWriter.open(indexDir)) {
            writer.write(new EnrichedArticle(
                    new Article(
                            "xss",
                            "Dossier <img src=x onerror=\"window.__xss='title'\">",
                            payload,
                            Instant.parse("2025-01-01T00:00:00Z"),
                            "<img src=x onerror=\"window.__xss='source'\">",
                            " JaVaScRiPt:window.__xss='url'",
                            "<svg onload=\"window.__xss='author'\">"),
                    new Enrichment(List.of("<b>Mallory</b>"), List.of(), List.of(), List.of())));
            writer.commit();
        }
        try (TestServer hostile = new TestServer(indexDir)) {
            browser.get(hostile.baseUrl() + "/?q=dossier");
            WebElement title = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#hits h2 a")));
            title.click();
            WebElement body = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("article-body")));
            assertTrue(body.getText().contains("<script>"), "the payload is shown as text: " + body.getText());
            String meta = browser.findElement(By.id("article-meta")).getText();
            assertTrue(
                    meta.contains("<img src=x") && meta.contains("<svg onload"), "source and author as text: " + meta);
            Object scriptLinks = ((JavascriptExecutor) browser)
                    .executeScript("return [...document.querySelectorAll('a[href]')]"
                            + ".filter(a => !/^(https?:|\\/|\\?|#)/i.test(a.getAttribute('href'))).length");
            assertEquals(0L, scriptLinks, "only http(s) and page-relative links");
            Object fired = ((JavascriptExecutor) browser).executeScript("return window.__xss === undefined");
            assertEquals(Boolean.TRUE, fired, "no payload ran");
            screenshot("hostile-article");
        }
    }

    @Test
    void aJsonTitleHoldingAScriptTagIsShownAsWrittenAndNothingRuns(@TempDir Path indexDir) throws Exception {
        String title = "Why <script>window.__xss = 'script' and <svg/onload=window.__xss='svg'> break &lt;feeds&gt;";
        String json = "{\"id\": \"json-xss\", \"title\": " + new ObjectMapper().writeValueAsString(title)
                + ", \"body\": \"Plain text: x < y and AT&T.\"}";
        Article article = Parsers.standard()
                .parse(new SourceDocument("export.json", json.getBytes(StandardCharsets.UTF_8)))
                .articles()
                .getFirst();
        assertEquals(title, article.title(), "plain JSON text is stored as written");
        try (LuceneIndexWriter writer = LuceneIndexWriter.open(indexDir)) {
            writer.write(new EnrichedArticle(article, Enrichment.NONE));
            writer.commit();
        }
        try (TestServer hostile = new TestServer(indexDir)) {
            browser.get(hostile.baseUrl() + "/?q=break");
            WebElement hit = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#hits h2 a")));
            assertEquals(title, hit.getText());
            hit.click();
            WebElement shown = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("article-title")));
            assertEquals(title, shown.getText());
            String body = browser.findElement(By.id("article-body")).getText();
            assertTrue(body.lines().toList().contains("Plain text: x < y and AT&T."), body);
            Object untouched = ((JavascriptExecutor) browser).executeScript("return window.__xss === undefined");
            assertEquals(Boolean.TRUE, untouched, "no payload ran");
        }
    }

    private static String panelText(String heading) {
        return browser.findElements(By.cssSelector("#facets .facet")).stream()
                .filter(panel -> panel.getText().startsWith(heading.toUpperCase())
                        || panel.getText().startsWith(heading))
                .map(WebElement::getText)
                .findFirst()
                .orElse("");
    }

    private static int waitForTotal(int total) {
        String shown = String.format(Locale.ENGLISH, "%,d", total);
        wait.until(ExpectedConditions.textMatches(By.id("summary"), Pattern.compile("^" + shown + " articles? ")));
        return total;
    }

    private static void screenshot(String name) throws Exception {
        HeadlessChromium.screenshot(browser, name);
    }
}
