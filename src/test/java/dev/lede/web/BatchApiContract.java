package dev.lede.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.ApiBackend;
import dev.lede.TestServer;
import dev.lede.model.Article;
import dev.lede.model.CurationAction;
import dev.lede.model.EnrichedArticle;
import dev.lede.model.Enrichment;
import dev.lede.model.FacetField;
import dev.lede.store.CurationStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code POST /api/batch}: many names or queries at once, each with its count, dates and the alias it matched; on each
 * {@link ApiBackend}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BatchApiContract {

    private TestServer server;
    private final HttpClient client = HttpClient.newHttpClient();

    protected abstract ApiBackend backend();

    @BeforeAll
    void start() throws Exception {
        ApiBackend.Indexed index = backend()
                .index(
                        "batch",
                        List.of(
                                article(
                                        "a1",
                                        "Tram strike",
                                        "2024-01-05T00:00:00Z",
                                        List.of("Volodymyr Zelenskyy"),
                                        "Kyiv"),
                                article("a2", "Ferry news", "2024-03-01T00:00:00Z", List.of("Ze"), "Kyiv"),
                                article(
                                        "a3",
                                        "Tram budget",
                                        "2024-07-09T00:00:00Z",
                                        List.of("Donald Trump"),
                                        "Zürich")));
        new CurationStore(index.sideFiles())
                .apply(CurationAction.MERGE, FacetField.PERSON, "Ze", "Volodymyr Zelenskyy");
        server = index.serve();
    }

    @AfterAll
    void stop() throws Exception {
        server.close();
    }

    @Test
    void eachLineGetsItsCountDatesAndTheAliasItMatched() throws Exception {
        var response = post("/api/batch", "text/plain", "ze\nzurich\n\ntram\nnothing-like-this\n");
        assertEquals(200, response.statusCode(), response.body());
        JsonNode json = server.json(response.body());
        assertEquals(4, json.get("lines").asInt());
        JsonNode ze = json.get("results").get(0);
        assertEquals("ze", ze.get("query").asText());
        assertEquals(2, ze.get("articles").asLong());
        assertEquals("person", ze.get("field").asText());
        assertEquals("Volodymyr Zelenskyy", ze.get("value").asText());
        assertEquals("Ze", ze.get("alias").asText());
        assertEquals("2024-01-05T00:00:00Z", ze.get("firstPublished").asText());
        assertEquals("2024-03-01T00:00:00Z", ze.get("lastPublished").asText());
        JsonNode zurich = json.get("results").get(1);
        assertEquals("place", zurich.get("field").asText());
        assertEquals("Zürich", zurich.get("alias").asText());
        assertEquals(1, zurich.get("articles").asLong());
        JsonNode tram = json.get("results").get(2);
        assertEquals(2, tram.get("articles").asLong());
        assertTrue(tram.get("field").isNull());
        assertEquals("2024-07-09T00:00:00Z", tram.get("lastPublished").asText());
        JsonNode nothing = json.get("results").get(3);
        assertEquals(0, nothing.get("articles").asLong());
        assertTrue(nothing.get("firstPublished").isNull());
    }

    @Test
    void aCsvBodyIsReadFromItsQueryColumnAndFiltersApplyToEveryLine() throws Exception {
        var response = post(
                "/api/batch?from=2024-02-01&format=csv",
                "text/csv",
                "id,query\r\n1,\"Volodymyr Zelenskyy\"\r\n2,\"tram, budget\"\r\n");
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertEquals(
                "\uFEFFquery,articles,firstPublished,lastPublished,field,value,alias\r\n"
                        + "Volodymyr Zelenskyy,1,2024-03-01T00:00:00Z,2024-03-01T00:00:00Z,person,"
                        + "Volodymyr Zelenskyy,Volodymyr Zelenskyy\r\n"
                        + "\"tram, budget\",1,2024-07-09T00:00:00Z,2024-07-09T00:00:00Z,,,\r\n",
                response.body());
    }

    @Test
    void anEmptyBodyTooManyLinesOrACsvWithoutAQueryColumnIsA400() throws Exception {
        var empty = post("/api/batch", "text/plain", "\n \n");
        assertEquals(400, empty.statusCode());
        assertEquals("body", server.json(empty.body()).get("parameter").asText());
        var tooMany = post("/api/batch", "text/plain", "tram\n".repeat(1_001));
        assertEquals(400, tooMany.statusCode());
        assertTrue(server.json(tooMany.body()).get("error").asText().contains("1000"));
        assertEquals(400, post("/api/batch", "text/csv", "name\nZe\n").statusCode());
        assertEquals(400, post("/api/batch?format=xml", "text/plain", "tram").statusCode());
        assertEquals(
                200, post("/api/batch", "text/plain", "tram\n".repeat(1_000)).statusCode());
    }

    @Test
    void aLineTheEngineRefusesIsA400NamingItsNumberAndText() throws Exception {
        var response = post("/api/batch", "text/plain", "tram\nrail\n\nbus\n?foo\n");
        assertEquals(400, response.statusCode(), response.body());
        JsonNode error = server.json(response.body());
        assertEquals("body", error.get("parameter").asText());
        assertTrue(error.get("error").asText().startsWith("line 5 ('?foo'): "), response.body());
    }

    @Test
    void aCsvRowTheEngineRefusesIsNamedByItsRow() throws Exception {
        var response = post("/api/batch", "text/csv", "query\ntram\n?foo\n");
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(server.json(response.body()).get("error").asText().startsWith("row 3 ('?foo'): "), response.body());
    }

    @Test
    void aJsonBodyIsRefusedAsAnUnsupportedMediaType() throws Exception {
        var response = post("/api/batch", "application/json", "[\"tram\"]");
        assertEquals(415, response.statusCode(), response.body());
        assertTrue(server.json(response.body()).get("error").asText().contains("text/plain"), response.body());
    }

    private HttpResponse<String> post(String path, String contentType, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static EnrichedArticle article(
            String id, String title, String published, List<String> people, String place) {
        return new EnrichedArticle(
                new Article(id, title, "Body of " + id, Instant.parse(published), "Harbour Ledger", null, null),
                new Enrichment(people, List.of(place), List.of(), List.of()));
    }
}
