package dev.lede.web;

import static dev.lede.TestServer.encode;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.ApiBackend;
import dev.lede.TestServer;
import dev.lede.model.Article;
import dev.lede.model.EnrichedArticle;
import dev.lede.model.Enrichment;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** {@code exclude=field:value} on {@code /api/search} and {@code /api/facets/{field}}, on each {@link ApiBackend}. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ExcludeFilterApiContract {

    private TestServer server;

    protected abstract ApiBackend backend();

    @BeforeAll
    void indexAndStart() throws Exception {
        server = backend()
                .index(
                        "exclude",
                        List.of(
                                article(
                                        "a1",
                                        "Harbour Ledger",
                                        List.of("Marit Zuidervaart", "Joost Ammerlaan"),
                                        "Rotterdam"),
                                article("a2", "Harbour Ledger", List.of("Marit Zuidervaart"), "Lyon"),
                                article("a3", "Continental Wire", List.of("Joost Ammerlaan"), "Lyon"),
                                article("a4", "Continental Wire", List.of(), "Rotterdam")))
                .serve();
    }

    @AfterAll
    void stop() throws Exception {
        server.close();
    }

    @Test
    void excludedValuesRemoveTheirArticles() throws Exception {
        assertEquals(List.of("a2", "a4"), ids("exclude=" + encode("person:Joost Ammerlaan")));
        assertEquals(
                List.of("a2"),
                ids("exclude=" + encode("person:Joost Ammerlaan") + "&exclude=" + encode("source:Continental Wire")));
        assertEquals(List.of("a2"), ids("person=" + encode("Marit Zuidervaart") + "&exclude=place:Rotterdam"));
    }

    @Test
    void facetValuesAreCountedWithoutTheExcludedArticles() throws Exception {
        JsonNode values = server.get("/api/facets/place?exclude=" + encode("person:Marit Zuidervaart"))
                .json()
                .get("values");
        assertEquals(2, values.size());
        for (JsonNode value : values) {
            assertEquals(1, value.get("count").asInt(), value.toString());
        }
    }

    @Test
    void anExportAndASavedSearchKeepTheExclusions() throws Exception {
        String exclude = "exclude=" + encode("person:Marit Zuidervaart");
        int total = server.get("/api/search?" + exclude).json().get("total").asInt();
        String jsonl = server.get("/api/export?format=jsonl&" + exclude).body();
        assertEquals(total, jsonl.lines().filter(line -> !line.isBlank()).count());
        dev.lede.model.SearchRequest parsed = dev.lede.search.SearchQueryString.parse(exclude, null, 10);
        assertEquals(java.util.List.of("Marit Zuidervaart"), parsed.excluded(dev.lede.model.FacetField.PERSON));
        assertEquals(
                exclude.replace("%3A", ":").replace("+", " "),
                java.net.URLDecoder.decode(
                        dev.lede.search.SearchQueryString.of(parsed), java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void aMalformedExclusionIsABadRequestNamingExclude() throws Exception {
        for (String bad : List.of("Joost", "colour:red", "person:", ":Joost")) {
            TestServer.Response response = server.get("/api/search?exclude=" + encode(bad));
            assertEquals(400, response.status(), bad);
            assertEquals("exclude", response.json().get("parameter").asText(), bad);
        }
    }

    private List<String> ids(String query) throws Exception {
        TestServer.Response response = server.get("/api/search?" + query);
        assertEquals(200, response.status(), response.body());
        List<String> ids = new ArrayList<>();
        response.json().get("hits").forEach(hit -> ids.add(hit.get("id").asText()));
        return ids.stream().sorted().toList();
    }

    private static EnrichedArticle article(String id, String source, List<String> people, String place) {
        return new EnrichedArticle(
                new Article(id, "Story " + id, "Text " + id, null, source, null, null),
                new Enrichment(people, List.of(place), List.of(), List.of()));
    }
}
