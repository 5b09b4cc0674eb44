package dev.lede.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.HeadlessChromium;
import dev.lede.TestServer;
import dev.lede.search.lucene.DuplicateFixtures;
import java.nio.file.Path;
import java.util.List;
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
 * The page shows one hit per story by default, in a real headless Chromium over an index that holds a wire story and
 * two of its copies ({@link DuplicateFixtures}): the hit says how many copies it stands for and where they ran, the
 * switch turns copies back on and the URL keeps that, and the pager ends where the stories do.
 */
class OnePerStoryBrowserTest {

    private static final String TRAM_NEWEST = "/?q=tram&sort=newest";

    @TempDir
    static Path indexDir;

    private static BrowserSession session;
    private static TestServer server;
    private static WebDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void startServerAndBrowser() throws Exception {
        Assumptions.assumeTrue(HeadlessChromium.available(), HeadlessChromium.MISSING);
        DuplicateFixtures.write(indexDir);
        session = BrowserSession.start(indexDir);
        server = session.server();
        browser = session.browser();
        wait = session.waiting();
    }

    @AfterAll
    static void stopServerAndBrowser() throws Exception {
        BrowserSession.stop(session);
    }

    @Test
    void copiesAreHiddenByDefaultAndTheHitSaysWhereTheyRan() {
        browser.get(server.baseUrl() + TRAM_NEWEST);
        List<String> titles = titlesOnceThereAre(3);

        assertEquals(
                List.of("Tram briefing", "Harbour tram closed on Sunday", "Harbour tram gets two more trams"), titles);
        assertTrue(browser.findElement(By.id("collapse")).isSelected());
        List<WebElement> notes = browser.findElements(By.cssSelector("#hits li .copies"));
        assertEquals(1, notes.size(), "only the wire story has copies");
        assertEquals(
                "2 more copies (Daily Post, Harbour Ledger), the latest on 2025-03-03, hidden by “One per story”",
                notes.get(0).getText());
    }

    @Test
    void turningTheSwitchOffShowsEveryCopyAndTheUrlKeepsIt() {
        browser.get(server.baseUrl() + TRAM_NEWEST);
        titlesOnceThereAre(3);

        browser.findElement(By.id("collapse")).click();
        wait.until(ExpectedConditions.urlContains("collapse=false"));
        titlesOnceThereAre(5);
        assertTrue(browser.findElements(By.cssSelector("#hits li .copies")).isEmpty());

        browser.navigate().refresh();
        titlesOnceThereAre(5);
        assertFalse(wait.until(ExpectedConditions.elementToBeClickable(By.id("collapse")))
                .isSelected());
    }

    @Test
    void thePagerEndsWithTheLastStoryNotTheLastCopy() {
        // Five articles make three pages of two, but their three stories fill only two.
        browser.get(server.baseUrl() + TRAM_NEWEST + "&size=2&page=2");
        assertEquals(List.of("Harbour tram gets two more trams"), titlesOnceThereAre(1));
        wait.until(ExpectedConditions.attributeToBe(
                By.cssSelector("#pager [aria-label='Page 2']"), "aria-current", "page"));
        assertTrue(browser.findElements(By.cssSelector("#pager [aria-label='Page 3']"))
                .isEmpty());
        assertTrue(browser.findElements(By.xpath("//*[@id='pager']/button[starts-with(., 'Next')]"))
                .isEmpty());

        browser.get(server.baseUrl() + TRAM_NEWEST + "&size=2&page=2&collapse=false");
        titlesOnceThereAre(2);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#pager [aria-label='Page 3']")));
    }

    private static List<String> titlesOnceThereAre(int count) {
        wait.until(driver -> driver.findElements(By.cssSelector("#hits li h2")).size() == count);
        return browser.findElements(By.cssSelector("#hits li h2")).stream()
                .map(WebElement::getText)
                .toList();
    }
}
