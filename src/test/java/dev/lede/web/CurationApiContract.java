package dev.lede.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.ApiBackend;
import dev.lede.TestServer;
import dev.lede.model.Article;
import dev.lede.model.EnrichedArticle;
import dev.lede.model.Enrichment;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Curation through the HTTP API: changes apply to the next search, survive a restart, and can be undone; on each
 * {@link ApiBackend}. Each test gets a fresh index, since each curates.
 */
abstract class CurationApiContract {

    private final HttpClient client = HttpClient.newHttpClient();
    private ApiBackend.Indexed index;

    protected abstract ApiBackend backend();

    @BeforeEach
    void index() throws Exception {
        index = backend()
                .index("curation", List.of(article("k1", List.of("Kiev")), article("k2", List.of("Kyiv", "Lviv"))));
    }

    @Test
    void aMergeRoundTripsThroughTheApiAndARestartAndIsUndoneByItsId() throws Exception {
        long id;
        try (TestServer server = index.serve()) {
            HttpResponse<String> created = send(
                    server,
                    "POST",
                    "/api/curation",
                    "{\"action\":\"merge\",\"field\":\"place\",\"value\":\"Kiev\",\"target\":\"Kyiv\"}");
            assertEquals(201, created.statusCode(), created.body());
            id = server.json(created.body()).get("id").asLong();
            JsonNode kyiv = server.get("/api/search?place=Kyiv").json();
            assertEquals(2, kyiv.get("total").asInt());
            JsonNode top = kyiv.get("facets").get("places").get(0);
            assertEquals("Kyiv", top.get("value").asText());
            assertEquals("Kiev", top.get("aliases").get(0).asText());
        }
        try (TestServer restarted = index.serve()) {
            assertEquals(1, restarted.get("/api/curation").json().get("changes").size());
            assertEquals(
                    2,
                    restarted.get("/api/search?place=Kyiv").json().get("total").asInt());
            assertEquals(
                    200, send(restarted, "DELETE", "/api/curation/" + id, null).statusCode());
            assertEquals(
                    1,
                    restarted.get("/api/search?place=Kyiv").json().get("total").asInt());
            assertEquals(
                    404, send(restarted, "DELETE", "/api/curation/" + id, null).statusCode());
        }
    }

    @Test
    void aBlockedValueFiltersToNothingAndExcludesNothing() throws Exception {
        try (TestServer server = index.serve()) {
            assertEquals(
                    1, server.get("/api/search?place=Lviv").json().get("total").asInt());
            HttpResponse<String> blocked = send(
                    server, "POST", "/api/curation", "{\"action\":\"block\",\"field\":\"place\",\"value\":\"Lviv\"}");
            assertEquals(201, blocked.statusCode(), blocked.body());

            assertEquals(
                    0, server.get("/api/search?place=Lviv").json().get("total").asInt());
            assertEquals(
                    0,
                    server.get("/api/search?place=Lviv&any=place")
                            .json()
                            .get("total")
                            .asInt());
            assertEquals(
                    1,
                    server.get("/api/search?place=Lviv&place=Kyiv&any=place")
                            .json()
                            .get("total")
                            .asInt());
            assertEquals(
                    2,
                    server.get("/api/search?exclude=place:Lviv")
                            .json()
                            .get("total")
                            .asInt());
        }
    }

    @ParameterizedTest(name = "{1} is refused naming {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "body|not json",
                "action|{\"action\":\"explode\",\"field\":\"place\",\"value\":\"Kiev\"}",
                "field|{\"action\":\"block\",\"field\":\"colour\",\"value\":\"Kiev\"}",
                "value|{\"action\":\"block\",\"field\":\"place\"}",
                "target|{\"action\":\"merge\",\"field\":\"place\",\"value\":\"Kiev\"}",
                "value|{\"action\":\"block\",\"field\":\"place\",\"value\":42}",
                "valeu|{\"action\":\"block\",\"field\":\"place\",\"value\":\"Kiev\",\"valeu\":\"Kiev\"}"
            })
    void badCurationRequestsGet400NamingTheProblem(String parameter, String body) throws Exception {
        try (TestServer server = index.serve()) {
            HttpResponse<String> response = send(server, "POST", "/api/curation", body);
            assertEquals(400, response.statusCode(), response.body());
            assertEquals(
                    parameter, server.json(response.body()).get("parameter").asText());
            assertEquals(
                    400, send(server, "DELETE", "/api/curation/first", null).statusCode());
            assertTrue(server.get("/api/curation").json().get("changes").isEmpty());
        }
    }

    private HttpResponse<String> send(TestServer server, String method, String path, String body) throws Exception {
        HttpRequest.BodyPublisher publisher =
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body);
        HttpRequest request = TestServer.authorized(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)))
                .method(method, publisher)
                .header("Content-Type", "application/json")
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static EnrichedArticle article(String id, List<String> places) {
        return new EnrichedArticle(
                new Article(id, "Story " + id, "Text " + id, null, null, null, null),
                new Enrichment(List.of(), places, List.of(), List.of()));
    }
}
