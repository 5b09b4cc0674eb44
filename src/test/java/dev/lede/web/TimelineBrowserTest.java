package dev.lede.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.HeadlessChromium;
import dev.lede.TestServer;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The timelines in a real headless Chromium over the sample index: labels that never overlap, an axis with counts,
 * zooming in from months to weeks to days and back out.
 */
class TimelineBrowserTest extends SampleIndexBrowserTest {

    @BeforeAll
    static void ignoreRedraws() {
        wait.ignoring(StaleElementReferenceException.class);
    }

    @Test
    void bothTimelinesHaveAnAxisAndLabelsThatNeitherOverlapNorLeaveTheChart() throws Exception {
        browser.get(server.baseUrl() + "/?q=tram");
        for (String timeline : List.of("timeline", "mentioned-timeline")) {
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + timeline + " rect")));
            int bars = browser.findElements(By.cssSelector("#" + timeline + " rect"))
                    .size();
            List<Map<String, Number>> labels = labelBoxes(timeline);
            assertFalse(labels.isEmpty(), timeline + " has labels");
            for (int i = 1; i < labels.size(); i++) {
                assertTrue(
                        labels.get(i - 1).get("right").doubleValue()
                                <= labels.get(i).get("left").doubleValue(),
                        timeline + " labels " + (i - 1) + " and " + i + " overlap: " + labels);
            }
            Number chartRight =
                    (Number) js("return document.querySelector('#" + timeline + " svg').getBoundingClientRect().right");
            assertTrue(labels.getLast().get("right").doubleValue() <= chartRight.doubleValue() + 0.5, "inside");
            assertTrue(labels.size() <= bars);
            assertEquals(
                    2,
                    browser.findElements(By.cssSelector("#" + timeline + " .axis-label"))
                            .size());
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void twoCenturiesOfYearsOnAPhoneKeepTheirLabelsApartAndInsideTheChart() throws Exception {
        Dimension laptop = browser.manage().window().getSize();
        try {
            browser.manage().window().setSize(new Dimension(390, 844));
            // An archive's mentioned years reach far back: 201 one-year bars, a few pixels each.
            drawMentionedYears("Array.from({length: 201}, (_, i) => ({value: String(1812 + i), count: i % 7}))");

            assertEquals(201, mentionedBars());
            List<Map<String, Number>> labels = labelBoxes("mentioned-timeline");
            assertTrue(labels.size() >= 3, "labels: " + labels);
            for (int i = 1; i < labels.size(); i++) {
                assertTrue(
                        labels.get(i - 1).get("right").doubleValue()
                                < labels.get(i).get("left").doubleValue(),
                        "labels " + (i - 1) + " and " + i + " touch: " + labels);
            }
            Map<String, Number> chart = (Map<String, Number>) js("const r = document.querySelector("
                    + "'#mentioned-timeline svg').getBoundingClientRect(); return {left: r.left, right: r.right};");
            assertTrue(labels.getFirst().get("left").doubleValue()
                    >= chart.get("left").doubleValue() - 0.5);
            assertTrue(labels.getLast().get("right").doubleValue()
                    <= chart.get("right").doubleValue() + 0.5);
        } finally {
            browser.manage().window().setSize(laptop);
        }
    }

    @Test
    void yearsFarFromMostMentionsAreLinksAndOnlyTheBusyYearsAreDrawn() throws Exception {
        // A mention every twenty years back to 1812, and 10 to 30 a year since 1970.
        drawMentionedYears("Array.from({length: 201}, (_, i) => { const year = 1812 + i; return {value: String(year),"
                + " count: year < 1970 ? (year % 20 === 0 ? 1 : 0) : (year === 1970 || year === 2012 ? 30 : 10)}; })");

        assertEquals(43, mentionedBars());
        assertEquals(
                "Most mentions: 1970–2012 · earlier: 1812–1969",
                browser.findElement(By.cssSelector("#mentioned-timeline .timeline-focus"))
                        .getText());
        browser.findElement(By.cssSelector("#mentioned-timeline .timeline-tail"))
                .click();
        wait.until(driver -> driver.getCurrentUrl().contains("mentionedTo=1969-12-31"));
        assertTrue(browser.getCurrentUrl().contains("mentionedFrom=1812-01-01"), browser.getCurrentUrl());
    }

    @Test
    void yearsMentionedThroughoutAreAllDrawnWithoutANote() throws Exception {
        drawMentionedYears("Array.from({length: 60}, (_, i) => ({value: String(1960 + i), count: 5}))");

        assertEquals(60, mentionedBars());
        assertTrue(browser.findElements(By.cssSelector("#mentioned-timeline .timeline-focus"))
                .isEmpty());
    }

    @Test
    void aMonthZoomsToWeeksAWeekToDaysAndZoomOutAndBackReturn() throws Exception {
        browser.get(server.baseUrl() + "/?q=tram");
        wait.until(ExpectedConditions.attributeContains(By.cssSelector("#timeline svg"), "aria-label", "by month"));
        clickBusiestBar();
        wait.until(ExpectedConditions.attributeContains(By.cssSelector("#timeline svg"), "aria-label", "by week"));
        assertTrue(browser.getCurrentUrl().contains("from="), browser.getCurrentUrl());
        HeadlessChromium.screenshot(browser, "timeline-weeks");
        clickBusiestBar();
        wait.until(ExpectedConditions.attributeContains(By.cssSelector("#timeline svg"), "aria-label", "by day"));
        assertEquals(7, browser.findElements(By.cssSelector("#timeline rect")).size());
        HeadlessChromium.screenshot(browser, "timeline-days");

        browser.findElement(By.cssSelector("#timeline .zoom-out")).click();
        wait.until(ExpectedConditions.attributeContains(By.cssSelector("#timeline svg"), "aria-label", "by week"));
        browser.navigate().back();
        wait.until(ExpectedConditions.attributeContains(By.cssSelector("#timeline svg"), "aria-label", "by day"));
        browser.findElement(By.cssSelector("#timeline .all-dates")).click();
        wait.until(ExpectedConditions.attributeContains(By.cssSelector("#timeline svg"), "aria-label", "by month"));
        assertFalse(browser.getCurrentUrl().contains("from="), browser.getCurrentUrl());
    }

    @Test
    void theMentionedDatesTimelineZoomsToWeeksAndDaysTooAndABarCountsWhatItFinds() throws Exception {
        String day = null;
        for (JsonNode hit : server.get("/api/search?q=tram&size=20").json().get("hits")) {
            for (JsonNode date : server.get(
                            "/api/articles/" + TestServer.encode(hit.get("id").asText()))
                    .json()
                    .get("mentionedDates")) {
                if (day == null && date.get("precision").asText().equals("DAY")) {
                    day = date.get("value").asText();
                }
            }
        }
        Assumptions.assumeTrue(day != null, "a tram article mentions a day");
        YearMonth month = YearMonth.parse(day.substring(0, 7));
        browser.get(
                server.baseUrl() + "/?q=tram&mentionedFrom=" + month.atDay(1) + "&mentionedTo=" + month.atEndOfMonth());
        wait.until(ExpectedConditions.attributeContains(
                By.cssSelector("#mentioned-timeline svg"), "aria-label", "by week"));
        WebElement busiest = browser.findElements(By.cssSelector("#mentioned-timeline rect")).stream()
                .max((a, b) -> Double.compare(height(a), height(b)))
                .orElseThrow();
        js("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", busiest);
        wait.until(ExpectedConditions.attributeContains(
                By.cssSelector("#mentioned-timeline svg"), "aria-label", "by day"));
        String from = parameter("mentionedFrom");
        String to = parameter("mentionedTo");
        int total = server.get("/api/search?q=tram&mentionedFrom=" + from + "&mentionedTo=" + to)
                .json()
                .get("total")
                .asInt();
        assertTrue(total > 0, "the busiest week finds articles");
        wait.until(ExpectedConditions.textMatches(
                By.id("summary"), java.util.regex.Pattern.compile("^" + total + " articles? ")));
    }

    private static String parameter(String name) {
        for (String pair : URI.create(browser.getCurrentUrl()).getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            if (kv[0].equals(name)) {
                return URLDecoder.decode(kv[1], StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    @Test
    void aBarReachingPastTheChosenDatesNarrowsWithinThemAndNeverWidens() throws Exception {
        String oldest = server.get("/api/search?q=tram&sort=oldest&size=1")
                .json()
                .get("hits")
                .get(0)
                .get("published")
                .asText()
                .substring(0, 10);
        java.time.LocalDate day = java.time.LocalDate.parse(oldest);
        java.time.LocalDate from = day.getDayOfWeek() == java.time.DayOfWeek.MONDAY ? day.minusDays(1) : day;
        java.time.LocalDate to = from.plusDays(40);
        browser.get(server.baseUrl() + "/?q=tram&from=" + from + "&to=" + to);
        wait.until(ExpectedConditions.attributeContains(By.cssSelector("#timeline svg"), "aria-label", "by week"));

        WebElement firstWeek =
                browser.findElements(By.cssSelector("#timeline rect")).getFirst();
        js("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", firstWeek);

        wait.until(ExpectedConditions.attributeContains(By.cssSelector("#timeline svg"), "aria-label", "by day"));
        assertTrue(browser.getCurrentUrl().contains("from=" + from), browser.getCurrentUrl());
    }

    /** The sample page's mentioned timeline, drawn again with years whose buckets {@code buckets} (JavaScript) makes. */
    private static void drawMentionedYears(String buckets) {
        browser.get(server.baseUrl() + "/?q=tram");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#mentioned-timeline rect")));
        js("renderTimeline(TIMELINES[1], {granularity: 'year', buckets: " + buckets + "})");
    }

    private static int mentionedBars() {
        return browser.findElements(By.cssSelector("#mentioned-timeline rect")).size();
    }

    private static void clickBusiestBar() {
        WebElement busiest = browser.findElements(By.cssSelector("#timeline rect")).stream()
                .max((a, b) -> Double.compare(height(a), height(b)))
                .orElseThrow();
        js("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", busiest);
    }

    private static double height(WebElement bar) {
        return Double.parseDouble(bar.getDomAttribute("height"));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Number>> labelBoxes(String timeline) {
        return (List<Map<String, Number>>)
                js(
                        "return [...document.querySelectorAll('#" + timeline
                                + " text.bar-label')].map(t => { const r = t.getBoundingClientRect(); return {left: r.left, right: r.right}; })");
    }

    private static Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(script, arguments);
    }
}
