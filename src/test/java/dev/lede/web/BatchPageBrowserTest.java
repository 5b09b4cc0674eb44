package dev.lede.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.HeadlessChromium;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The batch search page in a real headless Chromium over the sample index: a pasted list, counted and linked. */
class BatchPageBrowserTest extends SampleIndexBrowserTest {

    @Test
    void aPastedListShowsEachLinesCountAndMatchAndLinksToItsArticles() throws Exception {
        String person = topValue("", "people");
        List<String> lines = List.of(person, "tram", "zzqxv");
        JsonNode expected = batch(String.join("\n", lines));

        browser.get(server.baseUrl() + "/");
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Batch search")))
                .click();
        WebElement box = wait.until(ExpectedConditions.elementToBeClickable(By.id("batch-lines")));
        box.sendKeys(String.join("\n", lines));
        browser.findElement(By.cssSelector("#batch-form button[type=submit]")).click();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#batch-results tbody tr"), 3));
        List<WebElement> rows = browser.findElements(By.cssSelector("#batch-results tbody tr"));
        for (int i = 0; i < lines.size(); i++) {
            List<WebElement> cells = rows.get(i).findElements(By.tagName("td"));
            JsonNode result = expected.get("results").get(i);
            assertEquals(lines.get(i), cells.get(0).getText());
            assertEquals(
                    String.format("%,d", result.get("articles").asLong()),
                    cells.get(1).getText());
        }
        assertTrue(rows.get(0).findElements(By.tagName("td")).get(2).getText().startsWith("person " + person));
        HeadlessChromium.screenshot(browser, "batch");

        long articles = expected.get("results").get(0).get("articles").asLong();
        rows.get(0).findElement(By.cssSelector("td a")).click();
        wait.until(ExpectedConditions.urlContains("person="));
        wait.until(ExpectedConditions.textMatches(
                By.id("summary"), Pattern.compile("^" + String.format("%,d", articles) + " articles? ")));
    }

    private static JsonNode batch(String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/batch"))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        return server.json(response.body());
    }
}
