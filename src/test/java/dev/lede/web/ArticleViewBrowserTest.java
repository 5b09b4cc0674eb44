package dev.lede.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.HeadlessChromium;
import dev.lede.TestServer;
import dev.lede.index.lucene.LuceneIndexWriter;
import dev.lede.model.Article;
import dev.lede.model.EnrichedArticle;
import dev.lede.model.Enrichment;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The article view in a real headless Chromium over the sample index: its own URL, Back, the searched words marked
 * with next/previous, paragraphs as the source wrote them, one chip per entity.
 */
class ArticleViewBrowserTest extends SampleIndexBrowserTest {

    @Test
    void anArticleUrlOpensTheArticleDirectlyAndClosingItLeavesTheSearch() throws Exception {
        JsonNode first = server.get("/api/search?q=tram").json().get("hits").get(0);
        browser.get(server.baseUrl() + "/?q=tram&article="
                + TestServer.encode(first.get("id").asText()));
        WebElement title = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("article-title")));
        wait.until(ExpectedConditions.textToBePresentInElement(
                title, first.get("title").asText()));
        browser.findElement(By.id("close-article")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("article-dialog")));
        assertFalse(browser.getCurrentUrl().contains("article="), browser.getCurrentUrl());
        assertTrue(browser.getCurrentUrl().contains("q=tram"), browser.getCurrentUrl());
        assertFalse(browser.findElements(By.cssSelector("#hits li")).isEmpty(), "the results are there");
    }

    @Test
    void backAfterOpeningAnArticleClosesItAndKeepsTheResults() throws Exception {
        browser.get(server.baseUrl() + "/?q=tram");
        WebElement link = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#hits h2 a")));
        link.click();
        wait.until(ExpectedConditions.urlContains("article="));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("article-dialog")));
        browser.navigate().back();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("article-dialog")));
        assertTrue(browser.getCurrentUrl().endsWith("/?q=tram"), browser.getCurrentUrl());
        assertFalse(browser.findElements(By.cssSelector("#hits li")).isEmpty(), "still on the results");
    }

    @Test
    void theSearchedWordsAreMarkedInTheArticleAndNextAndPreviousStepThroughThem() throws Exception {
        browser.get(server.baseUrl() + "/?q=tram");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#hits h2 a")))
                .click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#article-body mark.hl-query")));
        List<WebElement> marks = browser.findElements(By.cssSelector("#article-body mark.hl-query"));
        assertTrue(marks.stream().allMatch(mark -> mark.getText().toLowerCase().startsWith("tram")), "only tram");
        WebElement next = browser.findElement(By.cssSelector(".match-next"));
        next.click();
        assertEquals(marks.get(0), browser.findElement(By.cssSelector("#article-body mark.current")));
        if (marks.size() > 1) {
            next.click();
            assertEquals(marks.get(1), browser.findElement(By.cssSelector("#article-body mark.current")));
            browser.findElement(By.cssSelector(".match-previous")).click();
            assertEquals(marks.get(0), browser.findElement(By.cssSelector("#article-body mark.current")));
        }
        assertTrue(
                browser.findElement(By.cssSelector(".match-position")).getText().startsWith("Match 1 of "));
        HeadlessChromium.screenshot(browser, "article-searched-words");
    }

    @Test
    void aWordSearchedInTheBodyIsMarkedAndOneExcludedWithNotIsNot() throws Exception {
        browser.get(server.baseUrl() + "/?q=" + TestServer.encode("body:tram NOT harbour"));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#hits h2 a")))
                .click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#article-body mark.hl-query")));
        List<WebElement> marks = browser.findElements(By.cssSelector("#article-body mark.hl-query"));
        assertTrue(
                marks.stream().allMatch(mark -> mark.getText().toLowerCase().startsWith("tram")),
                marks.stream().map(WebElement::getText).toList().toString());
    }

    @Test
    void indentedParagraphsStaySeparateAndAPlaceThatIsAlsoACountryShowsOnce(@TempDir Path indexDir) throws Exception {
        String body = "Talks resumed on Monday in Geneva.\n    Delegates said the text was nearly agreed\n"
                + "and a vote could follow.\n    Germany asked for more time.\n\nA last paragraph.";
        indexOne(
                indexDir,
                new Article("talks", "Talks resume", body, null, null, null, null),
                List.of("Germany", "Geneva"),
                List.of(),
                List.of("Germany", "Switzerland"));
        try (TestServer own = new TestServer(indexDir)) {
            JsonNode article = own.get("/api/articles/talks").json();
            assertTrue(article.get("places").toString().contains("Germany"), article.toString());
            assertTrue(article.get("countries").toString().contains("Germany"), article.toString());
            browser.get(own.baseUrl() + "/?article=talks");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("article-body")));
            wait.until(ExpectedConditions.numberOfElementsToBe(
                    By.cssSelector("#article-body p:not(.highlight-legend)"), 4));
            List<String> paragraphs =
                    browser.findElements(By.cssSelector("#article-body p:not(.highlight-legend)")).stream()
                            .map(WebElement::getText)
                            .toList();
            assertEquals("Delegates said the text was nearly agreed and a vote could follow.", paragraphs.get(1));
            long germany = browser.findElements(By.cssSelector("#article-entities button")).stream()
                    .filter(chip -> chip.getText().equals("Germany"))
                    .count();
            assertEquals(1, germany, "one chip for Germany");
        }
    }

    @Test
    void aPlaceIsMarkedAsWrittenAndByTheOtherNamesTheTextCallsItButNotWhereTheNameIsAnotherWord(@TempDir Path indexDir)
            throws Exception {
        String body = "The U.S. Treasury will sell more bills, US officials told us on Monday. Reading council was"
                + " reading the offer. EasyJet said so.";
        indexOne(
                indexDir,
                new Article("bills", "Treasury to sell bills", body, null, null, null, null),
                List.of("United States", "Reading"),
                List.of("easyJet"),
                List.of("United States", "United Kingdom"));
        try (TestServer own = new TestServer(indexDir)) {
            browser.get(own.baseUrl() + "/?article=bills");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#article-body mark.hl-place")));
            List<String> marked =
                    browser.findElements(By.cssSelector("#article-body p:not(.highlight-legend) mark")).stream()
                            .map(WebElement::getText)
                            .toList();
            assertEquals(List.of("U.S.", "US", "Reading", "EasyJet"), marked, "not us, nor reading");
        }
    }

    /** An index of {@code article} alone, with those places, organisations and countries and no one else. */
    private static void indexOne(
            Path indexDir, Article article, List<String> places, List<String> orgs, List<String> countries)
            throws Exception {
        try (LuceneIndexWriter writer = LuceneIndexWriter.open(indexDir)) {
            writer.write(new EnrichedArticle(
                    article, new Enrichment(List.of(), places, orgs, countries, List.of(), null, List.of())));
            writer.commit();
        }
    }
}
