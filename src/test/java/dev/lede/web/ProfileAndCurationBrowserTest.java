package dev.lede.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.HeadlessChromium;
import dev.lede.TestServer;
import dev.lede.index.lucene.LuceneIndexWriter;
import dev.lede.model.Article;
import dev.lede.model.EnrichedArticle;
import dev.lede.model.Enrichment;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
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
 * Entity profiles, curation and saved searches on the search page, in headless Chromium against a real server over a
 * small index of its own (curation and saved searches are written into the index folder, so they must not touch the
 * shared sample index). Screenshots go to target/screenshots.
 */
class ProfileAndCurationBrowserTest {

    private static final String SOLBERG = "Ingrid Solberg";
    private static final String WROBEL = "Tomasz Wróbel";

    @TempDir
    static Path indexDir;

    private static BrowserSession session;
    private static TestServer server;
    private static WebDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(HeadlessChromium.available(), HeadlessChromium.MISSING);
        try (LuceneIndexWriter writer = LuceneIndexWriter.open(indexDir)) {
            writer.write(article("p1", "2025-01-10", List.of(SOLBERG, "Joost Ammerlaan"), List.of("Rotterdam")));
            writer.write(article("p2", "2025-01-20", List.of(SOLBERG, "Joost Ammerlaan"), List.of("Rotterdam")));
            writer.write(article("p3", "2025-03-05", List.of(SOLBERG), List.of("Lyon")));
            writer.write(article("p4", "2025-02-14", List.of(WROBEL), List.of("Gdańsk")));
            writer.write(article("p5", "2025-03-30", List.of(WROBEL), List.of("Gdańsk")));
            writer.commit();
        }
        session = BrowserSession.start(indexDir);
        server = session.server();
        browser = session.browser();
        wait = session.waiting();
        HeadlessChromium.openWithWriteToken(browser, server);
    }

    @AfterAll
    static void stop() throws Exception {
        BrowserSession.stop(session);
    }

    @Test
    void aPersonFacetValueOpensAProfileWithCountMonthlyBarsAndCoMentions() throws Exception {
        browser.get(server.baseUrl() + "/");
        waitForTotal(5);
        profileButton(SOLBERG).click();
        WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("lede-profile")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#lede-profile-title"), SOLBERG));
        WebElement count = wait.until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#lede-profile .lede-profile-count")));
        assertEquals("3", count.getText());
        assertTrue(dialog.getText().contains("first seen 2025-01-10"), dialog.getText());
        assertTrue(dialog.getText().contains("last seen 2025-03-05"), dialog.getText());
        List<WebElement> bars = dialog.findElements(By.cssSelector(".lede-month-chart rect"));
        assertEquals(3, bars.size(), "January to March");
        assertEquals("2", bars.get(0).getDomAttribute("data-count"));
        assertEquals("0", bars.get(1).getDomAttribute("data-count"));
        WebElement coMention = dialog.findElement(By.linkText("Joost Ammerlaan"));
        assertTrue(coMention.getDomAttribute("href").startsWith("/?"), coMention.getDomAttribute("href"));
        screenshot("entity-profile");

        coMention.click();
        wait.until(ExpectedConditions.urlContains("person="));
        waitForTotal(2);
    }

    @Test
    void aSharedProfileLinkOpensTheProfileAndClosingItLeavesTheSearch() throws Exception {
        browser.get(server.baseUrl() + "/?q=harbour&profile=person:" + TestServer.encode(WROBEL));
        WebElement count = wait.until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#lede-profile .lede-profile-count")));
        assertEquals("2", count.getText());
        String csvExport = wait.until(ExpectedConditions.presenceOfElementLocated(By.linkText("CSV")))
                .getDomAttribute("href");
        assertFalse(csvExport.contains("profile="), csvExport);
        assertEquals(200, server.get(csvExport).status(), csvExport);
        browser.findElement(By.cssSelector("#lede-profile .lede-close")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("profile=")));
        assertTrue(browser.getCurrentUrl().contains("q=harbour"), browser.getCurrentUrl());
    }

    @Test
    void aMergeThroughTheProfileCountsBothNamesAndTheCurationLogUndoesIt() throws Exception {
        browser.get(server.baseUrl() + "/");
        waitForTotal(5);
        profileButton(WROBEL).click();
        WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("lede-profile")));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#lede-profile .lede-merge")))
                .click();
        WebElement target =
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#lede-profile .lede-target")));
        target.sendKeys(SOLBERG);
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#lede-target-values option[value='" + SOLBERG + "']")));
        screenshot("curation-merge");
        dialog.findElement(By.cssSelector(".lede-curation-form button[type=submit]"))
                .click();
        wait.until(ExpectedConditions.invisibilityOf(dialog));
        wait.until(driver -> facetCount(SOLBERG).equals(Optional.of("5")));
        assertEquals(Optional.empty(), facetCount(WROBEL));
        screenshot("curation-merged-facet");

        browser.findElement(By.id("lede-curation-log-button")).click();
        WebElement undo =
                wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#lede-curation-log .lede-undo")));
        assertTrue(
                browser.findElement(By.id("lede-curation-log")).getText().contains(WROBEL),
                browser.findElement(By.id("lede-curation-log")).getText());
        screenshot("curation-log");
        undo.click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#lede-curation-log .lede-empty")));
        wait.until(driver -> facetCount(SOLBERG).equals(Optional.of("3")));
        assertEquals(Optional.of("2"), facetCount(WROBEL));
        assertEquals(0, server.get("/api/curation").json().get("changes").size());
    }

    @Test
    void aMergedValueListsItsVariantsAndSplitGivesOneBackItsOwnCount() throws Exception {
        curation(
                "POST",
                "/api/curation",
                "{\"action\":\"merge\",\"field\":\"person\",\"value\":\"" + WROBEL + "\",\"target\":\"" + SOLBERG
                        + "\"}");
        try {
            browser.get(server.baseUrl() + "/");
            waitForTotal(5);
            wait.until(driver -> facetCount(SOLBERG).equals(Optional.of("5")));
            profileButton(SOLBERG).click();
            WebElement split =
                    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#lede-profile .lede-split")));
            assertEquals("Split… (1)", split.getText());
            split.click();
            WebElement variant = wait.until(
                    ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#lede-profile .lede-variant")));
            assertEquals(WROBEL, variant.getText());
            screenshot("curation-split");
            browser.findElement(By.cssSelector("#lede-profile .lede-split-variant"))
                    .click();
            wait.until(driver -> facetCount(WROBEL).equals(Optional.of("2")));
            assertEquals(Optional.of("3"), facetCount(SOLBERG));
            assertTrue(
                    server.get("/api/curation").json().toString().toLowerCase().contains("\"split\""));
        } finally {
            for (var change : server.get("/api/curation").json().get("changes")) {
                curation("DELETE", "/api/curation/" + change.get("id").asLong(), null);
            }
        }
    }

    private static void curation(String method, String path, String body) throws Exception {
        HttpRequest request = TestServer.authorized(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json")
                .build();
        int status = HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.ofString())
                .statusCode();
        assertTrue(status < 300, method + " " + path + " answered " + status);
    }

    @Test
    void aSavedSearchIsListedWithARunLinkAndAnAtomFeed() throws Exception {
        browser.get(server.baseUrl() + "/?person=" + TestServer.encode(SOLBERG) + "&page=1");
        waitForTotal(3);
        browser.findElement(By.id("lede-save-search-button")).click();
        WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("lede-saved-name")));
        name.sendKeys("solberg-watch");
        browser.findElement(By.cssSelector(".lede-save-form button[type=submit]"))
                .click();
        WebElement item = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#lede-saved li[data-name='solberg-watch']")));
        screenshot("saved-searches");
        String feed = item.findElement(By.className("lede-feed")).getDomAttribute("href");
        assertEquals("/feeds/solberg-watch.atom", feed);
        TestServer.Response atom = server.get(feed);
        assertEquals(200, atom.status());
        assertTrue(atom.contentType().startsWith("application/atom+xml"), atom.contentType());
        assertTrue(atom.body().contains("<feed"), atom.body());
        String run = item.findElement(By.className("lede-saved-run")).getDomAttribute("href");
        assertTrue(run.contains("person=Ingrid") && !run.contains("page="), run);

        item.findElement(By.className("lede-delete-saved")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#lede-saved .lede-empty")));
    }

    /** The ⓘ button beside a facet value, once the page has rendered it. */
    private static WebElement profileButton(String value) {
        return wait.until(driver -> facetItem(value)
                .flatMap(li -> li.findElements(By.className("lede-profile-btn")).stream()
                        .findFirst())
                .orElse(null));
    }

    private static Optional<WebElement> facetItem(String value) {
        return browser.findElements(By.cssSelector("#facets .facet li")).stream()
                .filter(li -> !li.findElements(By.cssSelector("button span")).isEmpty())
                .filter(li ->
                        li.findElement(By.cssSelector("button span")).getText().equals(value))
                .findFirst();
    }

    private static Optional<String> facetCount(String value) {
        return facetItem(value).map(li -> li.findElement(By.className("count")).getText());
    }

    private static void waitForTotal(int total) {
        wait.until(ExpectedConditions.textMatches(By.id("summary"), Pattern.compile("^" + total + " articles? ")));
    }

    private static EnrichedArticle article(String id, String day, List<String> people, List<String> places) {
        return new EnrichedArticle(
                new Article(
                        id,
                        "Harbour story " + id,
                        "The council met about the harbour again. " + String.join(" and ", people) + " spoke.",
                        Instant.parse(day + "T08:00:00Z"),
                        "Harbour Ledger",
                        null,
                        null),
                new Enrichment(people, places, List.of(), List.of()));
    }

    private static void screenshot(String name) throws Exception {
        HeadlessChromium.screenshot(browser, name);
    }
}
