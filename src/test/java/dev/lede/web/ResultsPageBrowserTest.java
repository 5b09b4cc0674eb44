package dev.lede.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The results page in a real headless Chromium over the sample index: results first on a phone, no dead end when
 * nothing matches, errors shown, a numbered pager.
 */
class ResultsPageBrowserTest extends SampleIndexBrowserTest {

    private static final Dimension DESKTOP = new Dimension(1280, 1000);
    private static final Dimension PHONE = new Dimension(390, 844);

    @BeforeAll
    static void ignoreRedraws() {
        wait.ignoring(StaleElementReferenceException.class); // the pager and hits are redrawn by each search
    }

    @AfterEach
    void desktopAgain() {
        browser.manage().window().setSize(DESKTOP);
    }

    @Test
    void onAPhoneTheFirstResultIsOnTheFirstScreenBeforeAndAfterChoosingAPerson() throws Exception {
        browser.manage().window().setSize(PHONE);
        browser.get(server.baseUrl() + "/?q=tram");
        waitForTotal(server.get("/api/search?q=tram").json().get("total").asInt());
        assertFirstResultOnFirstScreen();
        assertFalse(browser.findElement(By.id("facets")).isDisplayed(), "the filters wait behind their button");
        HeadlessChromium.screenshot(browser, "phone-results");

        WebElement toggle = browser.findElement(By.id("filters-toggle"));
        assertEquals("Filters", toggle.getText());
        toggle.click();
        WebElement person = wait.until(
                ExpectedConditions.elementToBeClickable(By.cssSelector("#facets .facet[data-field=person] li button")));
        String name = person.findElement(By.className("value")).getText();
        HeadlessChromium.screenshot(browser, "phone-filters");
        person.click();
        wait.until(ExpectedConditions.urlContains("person="));
        waitForTotal(server.get("/api/search?q=tram&person=" + TestServer.encode(name))
                .json()
                .get("total")
                .asInt());
        assertEquals("Filters (1)", toggle.getText());
        assertFirstResultOnFirstScreen();
    }

    @Test
    void noResultsOffersTheSpellingSuggestionAndRunsIt() throws Exception {
        String suggestion =
                server.get("/api/suggest?q=trma").json().get("suggestion").asText();
        int expected = server.get("/api/search?q=" + TestServer.encode(suggestion))
                .json()
                .get("total")
                .asInt();
        assertTrue(expected > 0, "the suggestion finds articles");
        browser.get(server.baseUrl() + "/?q=trma");
        WebElement didYouMean = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a.did-you-mean")));
        assertEquals(suggestion, didYouMean.getText());
        HeadlessChromium.screenshot(browser, "no-results");
        didYouMean.click();
        waitForTotal(expected);
        assertEquals(suggestion, browser.findElement(By.id("q")).getDomProperty("value"));
    }

    @Test
    void aSlipAFewArticlesShareIsFoundAndAboveThemTheWordFarMoreWriteIsOffered(@TempDir Path indexDir)
            throws Exception {
        try (LuceneIndexWriter writer = LuceneIndexWriter.open(indexDir)) {
            writer.write(story("slip", "The parliment sat late over the harbour budget."));
            for (int i = 1; i <= 12; i++) {
                writer.write(story("s" + i, "The parliament voted on the harbour budget, session " + i + "."));
            }
            writer.commit();
        }
        try (TestServer own = new TestServer(indexDir)) {
            browser.get(own.baseUrl() + "/?q=parliment");
            waitForTotal(1);
            WebElement didYouMean =
                    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#suggestions a.did-you-mean")));
            assertEquals("parliament", didYouMean.getText());
            assertTrue(
                    browser.findElement(By.id("suggestions")).getLocation().getY()
                            < browser.findElement(By.id("hits")).getLocation().getY(),
                    "above the results");
            HeadlessChromium.screenshot(browser, "did-you-mean-above-results");
            // The metrics record a request once it is logged, which may come just after the page has its answer.
            wait.until(driver -> {
                try {
                    return suggestionsAsked(own) == 1;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("sort"))).selectByValue("oldest");
            wait.until(ExpectedConditions.urlContains("sort=oldest"));
            didYouMean =
                    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#suggestions a.did-you-mean")));
            assertEquals(1, suggestionsAsked(own), "the same keywords are not asked about again");
            didYouMean.click();
            waitForTotal(12);
            assertEquals("parliament", browser.findElement(By.id("q")).getDomProperty("value"));
            assertTrue(
                    browser.findElements(By.cssSelector("a.did-you-mean")).isEmpty(),
                    "the word far more write has no suggestion");
        }
    }

    /** How many times the page asked {@code server} for a spelling suggestion, from its metrics. */
    private static long suggestionsAsked(TestServer server) throws Exception {
        return server.get("/metrics")
                .body()
                .lines()
                .filter(line -> line.startsWith("lede_http_requests_seconds_count{") && line.contains("/api/suggest"))
                .mapToLong(line -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    private static EnrichedArticle story(String id, String body) {
        return new EnrichedArticle(
                new Article(id, "Harbour budget " + id, body, null, null, null, null),
                new Enrichment(List.of(), List.of(), List.of(), List.of()));
    }

    @Test
    void noResultsUnderAFilterOffersToRemoveItWithItsCountAndKeepsTheFacetsOfTheQuery() throws Exception {
        String outsider = personNotIn("tram");
        int tram = server.get("/api/search?q=tram").json().get("total").asInt();
        browser.get(server.baseUrl() + "/?q=tram&person=" + TestServer.encode(outsider));
        WebElement remove = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a.remove-filter")));
        assertEquals(
                "Remove filter Person: " + outsider + " (" + tram + " result" + (tram == 1 ? ")" : "s)"),
                remove.getText());
        String topPerson = topValue("q=tram", "people");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("facets"), topPerson));
        remove.click();
        waitForTotal(tram);
        assertFalse(browser.getCurrentUrl().contains("person="), browser.getCurrentUrl());
    }

    @Test
    void aFailedSearchShowsTheServersMessageInsteadOfStaleResults() throws Exception {
        browser.get(server.baseUrl() + "/?q=tram&from=yesterday");
        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#summary .error")));
        assertTrue(error.getText().contains("from"), error.getText());
        assertTrue(browser.findElements(By.cssSelector("#hits li")).isEmpty());
    }

    @Test
    void aSlowSearchShowsThatItIsSearchingAndAnUnreachableServerSaysSo() throws Exception {
        browser.get(server.baseUrl() + "/?q=tram");
        waitForTotal(server.get("/api/search?q=tram").json().get("total").asInt());
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript(
                "const real = window.Lede.request;"
                        + "window.Lede.request = (path, init) => new Promise((ok) => setTimeout(ok, 1500)).then(() => real(path, init));");
        browser.findElement(By.id("q")).clear();
        browser.findElement(By.id("q")).sendKeys("harbour", Keys.ENTER);
        wait.until(ExpectedConditions.attributeToBe(By.id("results"), "aria-busy", "true"));
        waitForTotal(server.get("/api/search?q=harbour").json().get("total").asInt());
        assertEquals(null, browser.findElement(By.id("results")).getDomAttribute("aria-busy"));

        js.executeScript("window.Lede.request = () => Promise.reject(new TypeError('Failed to fetch'));");
        browser.findElement(By.id("q")).clear();
        browser.findElement(By.id("q")).sendKeys("drought", Keys.ENTER);
        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#summary .error")));
        assertTrue(error.getText().contains("could not be reached"), error.getText());
        assertTrue(browser.findElements(By.cssSelector("#hits li")).isEmpty(), "no stale results");
    }

    @Test
    void choosingAnOrderSearchesAgainAtOnceWithoutPressingSearch() throws Exception {
        browser.get(server.baseUrl() + "/?q=tram");
        waitForTotal(server.get("/api/search?q=tram").json().get("total").asInt());

        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("sort"))).selectByValue("oldest");

        wait.until(ExpectedConditions.urlContains("sort=oldest"));
        String oldest = server.get("/api/search?q=tram&sort=oldest")
                .json()
                .get("hits")
                .get(0)
                .get("title")
                .asText();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#hits h2"), oldest));
    }

    @Test
    void thePagerNumbersThePagesAndJumpsToOne() throws Exception {
        JsonNode all = server.get("/api/search").json();
        int pages =
                (int) Math.ceil(all.get("total").asDouble() / all.get("size").asInt());
        Assumptions.assumeTrue(pages >= 3, "the sample has at least three pages of articles");
        browser.get(server.baseUrl() + "/");
        WebElement third =
                wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#pager [aria-label='Page 3']")));
        third.click();
        wait.until(ExpectedConditions.urlContains("page=3"));
        wait.until(ExpectedConditions.attributeToBe(
                By.cssSelector("#pager [aria-label='Page 3']"), "aria-current", "page"));
        String expected = server.get("/api/search?page=3")
                .json()
                .get("hits")
                .get(0)
                .get("title")
                .asText();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#hits h2"), expected));
    }

    @Test
    void moreIsOfferedOnlyWhenMoreValuesExistAndOpensAScrollableList() throws Exception {
        browser.get(server.baseUrl() + "/");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#facets .facet")));
        for (WebElement panel : browser.findElements(By.cssSelector("#facets .facet[data-field]"))) {
            String field = panel.getDomAttribute("data-field");
            if (field.equals("annotations")) {
                continue;
            }
            int all = server.get("/api/facets/" + field + "?limit=100")
                    .json()
                    .get("values")
                    .size();
            boolean offered = !panel.findElements(By.cssSelector("button.more")).isEmpty()
                    && panel.findElement(By.cssSelector("button.more")).isDisplayed();
            assertEquals(all > 10, offered, field + " has " + all + " values");
        }
        WebElement people = browser.findElement(By.cssSelector("#facets .facet[data-field=person]"));
        Assumptions.assumeTrue(people.findElement(By.cssSelector("button.more")).isDisplayed(), "over ten people");
        int placesTop = browser.findElement(By.cssSelector("#facets .facet[data-field=place]"))
                .getRect()
                .getY();
        people.findElement(By.cssSelector("button.more")).click();
        WebElement list = people.findElement(By.tagName("ul"));
        wait.until(driver -> list.findElements(By.tagName("li")).size() > 10);
        assertEquals("auto", list.getCssValue("overflow-y"));
        int grown = browser.findElement(By.cssSelector("#facets .facet[data-field=place]"))
                        .getRect()
                        .getY()
                - placesTop;
        assertTrue(grown < 320, "the next panel moved " + grown + " px, not the whole list's height");
    }

    @Test
    void thePagesCarryNoInlineScriptSoAStrictContentSecurityPolicyCanApply() throws Exception {
        Pattern inline =
                Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>|\\son[a-z]+\\s*=|javascript:", Pattern.CASE_INSENSITIVE);
        for (String page : java.util.List.of("/", "/batch.html")) {
            String html = server.get(page).body();
            assertFalse(inline.matcher(html).find(), page + " has inline script");
        }
    }

    @Test
    void aNameTypedInTheSearchBoxIsOfferedAndChoosingItFiltersByItKeepingTheOtherWords() throws Exception {
        String person = topValue("q=tram", "people");
        String surname = person.substring(person.lastIndexOf(' ') + 1);
        String typed = surname.substring(0, Math.min(4, surname.length())).toLowerCase(Locale.ROOT);
        browser.get(server.baseUrl() + "/");
        WebElement box = wait.until(ExpectedConditions.elementToBeClickable(By.id("q")));

        box.sendKeys("tram " + typed);
        WebElement offered = wait.until(driver -> driver.findElements(By.cssSelector("#q-names li")).stream()
                .filter(option -> option.getText().contains(person))
                .findFirst()
                .orElse(null));
        assertEquals("true", box.getDomAttribute("aria-expanded"));
        HeadlessChromium.screenshot(browser, "names-as-you-type");
        box.sendKeys(Keys.ESCAPE);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("q-names")));

        box.sendKeys(Keys.BACK_SPACE);
        offered = wait.until(driver -> driver.findElements(By.cssSelector("#q-names li")).stream()
                .filter(option -> option.getText().contains(person))
                .findFirst()
                .orElse(null));
        offered.click();
        wait.until(ExpectedConditions.urlContains("person="));
        waitForTotal(server.get("/api/search?q=tram&person=" + TestServer.encode(person))
                .json()
                .get("total")
                .asInt());
        assertEquals("tram", box.getDomProperty("value"), "the name's letters leave the keywords");
        assertEquals("true", browser.findElement(By.id("q-names")).getDomProperty("hidden"));

        String place = topValue("q=tram&person=" + TestServer.encode(person), "places");
        box.sendKeys(" " + place.substring(0, Math.min(4, place.length())));
        wait.until(driver -> driver.findElements(By.cssSelector("#q-names li")).stream()
                .anyMatch(option -> option.getText().contains(place)));
        for (int i = 0; i < 9 && !selectedName().contains(place); i++) {
            box.sendKeys(Keys.ARROW_DOWN);
        }
        assertTrue(selectedName().contains(place), "the arrow keys reach " + place);
        box.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("place="));
        waitForTotal(server.get(
                        "/api/search?q=tram&person=" + TestServer.encode(person) + "&place=" + TestServer.encode(place))
                .json()
                .get("total")
                .asInt());
        assertEquals("tram", box.getDomProperty("value"));
    }

    /** The text of the name the arrow keys chose in the search box's list, or "" when none is. */
    private static String selectedName() {
        return browser.findElements(By.cssSelector("#q-names li[aria-selected=true]")).stream()
                .map(WebElement::getText)
                .findFirst()
                .orElse("");
    }

    @Test
    void theFaviconIsServed() throws Exception {
        TestServer.Response icon = server.get("/favicon.ico");
        assertEquals(200, icon.status());
        assertTrue(icon.contentType().startsWith("image/"), icon.contentType());
    }

    private static String personNotIn(String query) throws Exception {
        for (JsonNode person :
                server.get("/api/search?facetLimit=50").json().get("facets").get("people")) {
            String name = person.get("value").asText();
            String both = "/api/search?q=" + TestServer.encode(query) + "&person=" + TestServer.encode(name);
            if (server.get(both).json().get("total").asInt() == 0) {
                return name;
            }
        }
        Assumptions.abort("every person of the sample is in a " + query + " article");
        return null;
    }

    private static void assertFirstResultOnFirstScreen() {
        WebElement first = browser.findElement(By.cssSelector("#hits li h2"));
        Number screen = (Number) ((JavascriptExecutor) browser).executeScript("return window.innerHeight");
        assertNotNull(screen);
        int bottom = first.getRect().getY() + first.getRect().getHeight();
        assertTrue(bottom <= screen.intValue(), "first result's title ends at " + bottom + " of " + screen + " px");
    }

    private static void waitForTotal(int total) {
        String shown = String.format(Locale.ENGLISH, "%,d", total);
        wait.until(ExpectedConditions.textMatches(By.id("summary"), Pattern.compile("^" + shown + " articles? ")));
    }
}
