package dev.lede.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.HeadlessChromium;
import dev.lede.TestServer;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The facet panels (filter box, exclude, AND/ANY), dragging across the timeline and the highlighted article view, in
 * a real headless Chromium against the real server over the sample index. Screenshots go to target/screenshots.
 */
class FacetPanelBrowserTest extends SampleIndexBrowserTest {

    @Test
    void theFilterBoxFindsAPersonBeyondTheTopValuesAndClickingItFilters() throws Exception {
        Set<String> top = new HashSet<>();
        server.get("/api/search")
                .json()
                .get("facets")
                .get("people")
                .forEach(v -> top.add(v.get("value").asText()));
        String person = null;
        for (JsonNode value : server.get("/api/facets/person?limit=100").json().get("values")) {
            String name = value.get("value").asText();
            if (!top.contains(name) && name.contains(" ")) {
                person = name;
                break;
            }
        }
        assertTrue(person != null, "the sample has people beyond the top ten");
        String surname = person.substring(person.lastIndexOf(' ') + 1);
        String prefix = surname.substring(0, Math.min(4, surname.length()));

        browser.get(server.baseUrl() + "/");
        int all = waitForTotal(server.get("/api/search").json().get("total").asInt());
        By people = By.cssSelector("#facets [data-field=person] li button.include");
        assertEquals(10, browser.findElements(people).size());
        WebElement more = browser.findElement(By.cssSelector("#facets [data-field=person] button.more"));
        more.click();
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(people, 10));
        assertEquals("true", more.getDomAttribute("aria-expanded"));
        more.click();
        wait.until(ExpectedConditions.numberOfElementsToBe(people, 10));
        WebElement box = wait.until(
                ExpectedConditions.elementToBeClickable(By.cssSelector("#facets [data-field=person] .facet-filter")));
        box.sendKeys(prefix);
        By match = By.xpath("//div[@data-field='person']//li/button[contains(@class,'include')][span[1][.="
                + xpathLiteral(person) + "]]");
        WebElement found = wait.until(ExpectedConditions.elementToBeClickable(match));
        screenshot("facet-filter-box");
        found.click();
        wait.until(ExpectedConditions.urlContains("person="));
        int narrowed = server.get("/api/search?person=" + TestServer.encode(person))
                .json()
                .get("total")
                .asInt();
        assertTrue(narrowed < all);
        waitForTotal(narrowed);
        assertTrue(browser.findElement(By.id("active-filters")).getText().contains(person));
    }

    @Test
    void clickingARegionFiltersToTheStoriesOfItsPlaces() throws Exception {
        String region = topValue("", "regions");
        int all = server.get("/api/search").json().get("total").asInt();
        int narrowed = server.get("/api/search?region=" + TestServer.encode(region))
                .json()
                .get("total")
                .asInt();
        assertTrue(narrowed > 0 && narrowed < all, narrowed + " of " + all);

        browser.get(server.baseUrl() + "/");
        waitForTotal(all);
        By value = By.xpath("//div[@data-field='region']//li/button[contains(@class,'include')][span[1][.="
                + xpathLiteral(region) + "]]");
        wait.until(ExpectedConditions.elementToBeClickable(value)).click();
        wait.until(ExpectedConditions.urlContains("region="));
        waitForTotal(narrowed);
        assertTrue(browser.findElement(By.id("active-filters")).getText().contains("Region: " + region));
        screenshot("facet-region");

        By profile = By.xpath("//div[@data-field='region']//li[button[contains(@class,'include')][span[1][.="
                + xpathLiteral(region) + "]]]//button[contains(@class,'lede-profile-btn')]");
        wait.until(ExpectedConditions.elementToBeClickable(profile)).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("lede-profile-title"), region));
        WebElement count = wait.until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#lede-profile .lede-profile-count")));
        assertEquals(String.valueOf(narrowed), count.getText().replace(",", ""));
        browser.findElement(By.cssSelector("#lede-profile .lede-close")).click();
    }

    @Test
    void excludingAPersonRemovesTheirArticles() throws Exception {
        browser.get(server.baseUrl() + "/?q=tram");
        int all = waitForTotal(
                server.get("/api/search?q=tram").json().get("total").asInt());
        String person = topValue("q=tram", "people");
        WebElement exclude = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#facets [data-field=person] button.exclude[aria-label=\"Exclude " + person + "\"]")));
        exclude.click();
        wait.until(ExpectedConditions.urlContains("exclude="));
        int without = server.get("/api/search?q=tram&exclude=" + TestServer.encode("person:" + person))
                .json()
                .get("total")
                .asInt();
        assertTrue(without < all, without + " < " + all);
        waitForTotal(without);
        WebElement chips = browser.findElement(By.id("active-filters"));
        assertTrue(chips.getText().contains("Not person: " + person), chips.getText());
        for (WebElement hit : browser.findElements(By.cssSelector("#hits .entities"))) {
            assertTrue(!hit.getText().contains(person), "an excluded person's article is listed");
        }
        screenshot("facet-excluded");
        chips.findElement(By.cssSelector(".chip.excluded button")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("exclude=")));
        waitForTotal(all);
    }

    @Test
    void theAnyToggleShowsTheUnionOfTwoPeople() throws Exception {
        JsonNode people = server.get("/api/search").json().get("facets").get("people");
        String first = people.get(0).get("value").asText();
        String second = people.get(1).get("value").asText();
        String both = "person=" + TestServer.encode(first) + "&person=" + TestServer.encode(second);
        int and = server.get("/api/search?" + both).json().get("total").asInt();
        int union = server.get("/api/search?" + both + "&any=person")
                .json()
                .get("total")
                .asInt();
        assertNotEquals(and, union, "the sample's top two people do not always appear together");

        browser.get(server.baseUrl() + "/?" + both);
        waitForTotal(and);
        WebElement mode = wait.until(
                ExpectedConditions.elementToBeClickable(By.cssSelector("#facets [data-field=person] button.mode")));
        assertEquals("false", mode.getDomAttribute("aria-pressed"));
        mode.click();
        wait.until(ExpectedConditions.urlContains("any=person"));
        waitForTotal(union);
        assertEquals(
                "true",
                browser.findElement(By.cssSelector("#facets [data-field=person] button.mode"))
                        .getDomAttribute("aria-pressed"));
        screenshot("facet-any");
    }

    @Test
    void draggingAcrossTimelineBarsSetsTheRangeAndEnterOnABarSetsItsPeriod() throws Exception {
        JsonNode buckets = server.get("/api/search").json().get("published").get("buckets");
        assertTrue(buckets.size() >= 3, "the sample spans several periods");
        browser.get(server.baseUrl() + "/");
        waitForTotal(server.get("/api/search").json().get("total").asInt());
        List<WebElement> bars =
                wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#timeline rect"), buckets.size()));
        List<Integer> tall = new ArrayList<>();
        for (int i = 0; i < bars.size(); i++) {
            if (buckets.get(i).get("count").asInt() > 0) {
                tall.add(i);
            }
        }
        int from = tall.get(0);
        int to = tall.get(tall.size() - 1) > from + 1 ? tall.get(tall.size() - 1) - 1 : tall.get(tall.size() - 1);
        if (buckets.get(to).get("count").asInt() == 0) {
            to = tall.get(tall.size() - 1);
        }
        new Actions(browser)
                .clickAndHold(bars.get(to))
                .moveToElement(bars.get((from + to) / 2))
                .moveToElement(bars.get(from))
                .release()
                .perform();
        wait.until(ExpectedConditions.urlContains("to="));
        assertEquals(start(buckets.get(from).get("value").asText()), parameter("from"));
        assertEquals(end(buckets.get(to).get("value").asText()), parameter("to"));
        int expected = server.get("/api/search?from=" + parameter("from") + "&to=" + parameter("to"))
                .json()
                .get("total")
                .asInt();
        waitForTotal(expected);
        screenshot("timeline-drag");

        // The keyboard: Shift+Enter marks where a range starts, Enter on another bar ends it.
        browser.get(server.baseUrl() + "/");
        List<WebElement> again =
                wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#timeline rect"), buckets.size()));
        int first = tall.get(0);
        String period = buckets.get(first).get("value").asText();
        String later = buckets.get(first + 1).get("value").asText();
        again.get(first).sendKeys(Keys.chord(Keys.SHIFT, Keys.ENTER));
        again.get(first).sendKeys(Keys.ARROW_RIGHT);
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("to=" + end(later)));
        assertEquals(start(period), parameter("from"));

        // Enter alone selects one bar's period.
        browser.get(server.baseUrl() + "/");
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#timeline rect"), buckets.size()))
                .get(first)
                .sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("to=" + end(period)));
        assertEquals(start(period), parameter("from"));
    }

    @Test
    void theArticleViewHighlightsPeopleAndPlacesDifferently() throws Exception {
        browser.get(server.baseUrl() + "/?q=tram");
        WebElement title = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#hits h2 a")));
        title.click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("article-dialog")));
        WebElement person = wait.until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("#article-body p mark.hl-person")));
        WebElement place = wait.until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("#article-body p mark.hl-place")));
        assertTrue(!person.getText().isBlank() && !place.getText().isBlank());
        assertNotEquals(person.getCssValue("background-color"), place.getCssValue("background-color"));
        screenshot("article-highlights");
    }

    @Test
    void atPhoneWidthThePanelsFitWithoutSidewaysScrolling() throws Exception {
        Dimension laptop = browser.manage().window().getSize();
        try {
            browser.manage().window().setSize(new Dimension(390, 900));
            browser.get(server.baseUrl() + "/?q=tram");
            waitForTotal(server.get("/api/search?q=tram").json().get("total").asInt());
            browser.findElement(By.id("filters-toggle")).click(); // on a phone the panels wait behind this button
            WebElement exclude = wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#facets [data-field=person] button.exclude")));
            assertTrue(exclude.isDisplayed());
            Object wide = ((JavascriptExecutor) browser)
                    .executeScript("return [...document.querySelectorAll('body *')]"
                            + ".filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)"
                            + ".slice(0, 8).map(e => e.tagName + '#' + e.id + '.' + e.className"
                            + " + ' ' + Math.round(e.getBoundingClientRect().right)).join(', ')");
            assertEquals("", wide, "no element sticks out sideways at phone width");
            screenshot("phone-facets");
        } finally {
            browser.manage().window().setSize(laptop);
        }
    }

    private static String parameter(String name) {
        String query = URI.create(browser.getCurrentUrl()).getRawQuery();
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=", 2);
            if (kv[0].equals(name)) {
                return URLDecoder.decode(kv[1], StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static String start(String period) {
        return period.length() == 4 ? period + "-01-01" : period + "-01";
    }

    private static String end(String period) {
        return period.length() == 4
                ? period + "-12-31"
                : YearMonth.parse(period).atEndOfMonth().toString();
    }

    private static String xpathLiteral(String text) {
        return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
    }

    private static int waitForTotal(int total) {
        wait.until(ExpectedConditions.textMatches(By.id("summary"), Pattern.compile("^" + total + " articles? ")));
        return total;
    }

    private static void screenshot(String name) throws Exception {
        HeadlessChromium.screenshot(browser, name);
    }
}
