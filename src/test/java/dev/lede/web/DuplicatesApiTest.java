package dev.lede.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.TestServer;
import dev.lede.search.lucene.DuplicateFixtures;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Collapsed duplicates and an article's near-duplicates, through the real server on Lucene.
 * {@link dev.lede.search.solr.SolrDuplicatesParityApiTest} holds SolrCloud's answers to the same fixtures equal to these.
 */
class DuplicatesApiTest {

    @TempDir
    Path indexDir;

    @Test
    void collapseTrueShowsOneHitPerStoryWithItsCopies() throws Exception {
        DuplicateFixtures.write(indexDir);
        try (TestServer server = new TestServer(indexDir)) {
            JsonNode page =
                    server.get("/api/search?q=tram&sort=newest&collapse=true").json();
            assertEquals(List.of("short-7", "tram-4", "wire-1"), values(page.path("hits"), "id"));
            JsonNode wire = page.path("hits").get(2);
            assertEquals(2, wire.path("copies").asInt());
            assertEquals(List.of("Daily Post", "Harbour Ledger"), values(wire.path("copySources"), null));
            assertEquals("2025-03-01T08:00:00Z", wire.path("published").asText(), "the first telling is shown");
            assertEquals("2025-03-03T08:00:00Z", wire.path("latestCopy").asText(), "the newest copy's time");
            assertTrue(page.path("hits").get(1).path("latestCopy").isNull(), "no copies");
            JsonNode all = server.get("/api/search?q=tram&sort=newest").json();
            assertEquals(5, all.path("hits").size());
            assertEquals(0, all.path("hits").get(0).path("copies").asInt());
        }
    }

    @Test
    void duplicatesListsTheCopiesOfAnArticleWithTheirSimilarity() throws Exception {
        DuplicateFixtures.write(indexDir);
        try (TestServer server = new TestServer(indexDir)) {
            TestServer.Response response = server.get("/api/articles/drought-6/duplicates");
            assertEquals(200, response.status());
            JsonNode body = response.json();
            assertEquals("drought-6", body.path("id").asText());
            assertEquals(List.of("drought-5"), values(body.path("duplicates"), "id"));
            assertEquals(1.0, body.path("duplicates").get(0).path("similarity").asDouble());
            assertEquals(
                    "Continental Wire",
                    body.path("duplicates").get(0).path("source").asText());
        }
    }

    @Test
    void badParametersAndUnknownArticlesAreNamed() throws Exception {
        DuplicateFixtures.write(indexDir);
        try (TestServer server = new TestServer(indexDir)) {
            TestServer.Response badCollapse = server.get("/api/search?collapse=maybe");
            assertEquals(400, badCollapse.status());
            assertEquals("collapse", badCollapse.json().path("parameter").asText());
            TestServer.Response withCursor = server.get("/api/search?collapse=true&cursor=abc");
            assertEquals(400, withCursor.status());
            assertEquals("cursor", withCursor.json().path("parameter").asText());
            assertEquals(404, server.get("/api/articles/nope/duplicates").status());
            TestServer.Response badLimit = server.get("/api/articles/wire-1/duplicates?limit=0");
            assertEquals(400, badLimit.status());
            assertEquals("limit", badLimit.json().path("parameter").asText());
        }
    }

    private static List<String> values(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(node ->
                values.add(field == null ? node.asText() : node.path(field).asText()));
        return values;
    }
}
