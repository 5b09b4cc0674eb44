package dev.lede.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.TestServer;
import dev.lede.search.lucene.DiscoveryFixtures;
import dev.lede.search.lucene.DuplicateFixtures;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Related stories through the real server over a Lucene index written for each test: the closest story first with the
 * people, places and organisations it shares, the near-duplicate copies left out, and a 404 for an unknown article and
 * a 400 for a bad limit. SolrCloud's related stories are held to Lucene's in
 * {@code search.solr.SolrRelatedParityApiTest}.
 */
class DiscoveryApiTest {

    @TempDir
    Path indexDir;

    @Test
    void relatedStoriesListTheClosestStoryFirstWithTheEntitiesItShares() throws Exception {
        DiscoveryFixtures.writeTramStories(indexDir);
        try (TestServer server = new TestServer(indexDir)) {
            TestServer.Response response = server.get("/api/articles/tram-1/related");
            assertEquals(200, response.status(), response.body());
            JsonNode body = response.json();
            assertEquals("tram-1", body.get("id").asText());
            JsonNode first = body.get("related").get(0);
            assertEquals("tram-2", first.get("id").asText());
            assertEquals("2024-06-01T08:00:00Z", first.get("published").asText());
            assertEquals("Harbour Ledger", first.get("source").asText());
            assertEquals("Marit Zuidervaart", first.get("sharedPeople").get(0).asText());
            assertEquals("Rotterdam", first.get("sharedPlaces").get(0).asText());
            assertEquals("Maasstad Transit", first.get("sharedOrgs").get(0).asText());
            for (JsonNode related : body.get("related")) {
                assertTrue(!related.get("id").asText().equals("tram-1"), body.toString());
            }
            assertEquals(
                    1,
                    server.get("/api/articles/tram-1/related?limit=1")
                            .json()
                            .get("related")
                            .size());
        }
    }

    @Test
    void relatedStoriesLeaveOutTheCopiesThatDuplicatesListsButKeepTheOtherStoryOnTheTopic() throws Exception {
        DuplicateFixtures.write(indexDir);
        try (TestServer server = new TestServer(indexDir)) {
            JsonNode copies =
                    server.get("/api/articles/wire-1/duplicates").json().get("duplicates");
            assertEquals(2, copies.size(), copies.toString());

            JsonNode related =
                    server.get("/api/articles/wire-1/related?limit=1").json().get("related");

            assertEquals(1, related.size(), related.toString());
            assertEquals("tram-4", related.get(0).get("id").asText());
            for (JsonNode story :
                    server.get("/api/articles/wire-1/related?limit=20").json().get("related")) {
                for (JsonNode copy : copies) {
                    assertNotEquals(copy.get("id").asText(), story.get("id").asText());
                }
            }
        }
    }

    @Test
    void relatedStoriesOfAnUnknownArticleAre404AndABadLimitIs400() throws Exception {
        DiscoveryFixtures.writeTramStories(indexDir);
        try (TestServer server = new TestServer(indexDir)) {
            TestServer.Response missing = server.get("/api/articles/nope/related");
            assertEquals(404, missing.status());
            assertEquals(404, missing.json().get("status").asInt());
            for (String limit : new String[] {"0", "21", "many"}) {
                TestServer.Response bad = server.get("/api/articles/tram-1/related?limit=" + limit);
                assertEquals(400, bad.status(), bad.body());
                assertEquals("limit", bad.json().get("parameter").asText());
            }
        }
    }
}
