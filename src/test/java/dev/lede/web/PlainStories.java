package dev.lede.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.TestServer;
import dev.lede.model.Article;
import dev.lede.model.EnrichedArticle;
import dev.lede.model.Enrichment;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Stories of one day and source with no entities, and the ids a keyword search finds among them. */
final class PlainStories {

    private PlainStories() {}

    static EnrichedArticle story(String id, String title, String body) {
        return new EnrichedArticle(
                new Article(id, title, body, Instant.parse("2025-03-03T09:00:00Z"), "Harbour Ledger", null, null),
                new Enrichment(List.of(), List.of(), List.of(), List.of()));
    }

    /** {@code /api/search?} with {@code query}, which must answer 200. */
    static JsonNode search(TestServer server, String query) throws Exception {
        TestServer.Response response = server.get("/api/search?" + query);
        assertEquals(200, response.status(), response.body());
        return response.json();
    }

    static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("hits").forEach(hit -> ids.add(hit.get("id").asText()));
        return ids;
    }

    static List<String> sortedIds(JsonNode page) {
        return ids(page).stream().sorted().toList();
    }
}
