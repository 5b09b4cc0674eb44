package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.SolrCloudExtension;
import dev.lede.SolrTestCluster;
import dev.lede.TestServer;
import dev.lede.config.Backend;
import dev.lede.config.BackendSettings;
import dev.lede.config.LedeConfig;
import dev.lede.config.NlpMode;
import dev.lede.index.solr.SolrCollectionSetup;
import dev.lede.index.solr.SolrConnection;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code POST /api/articles} and {@code DELETE /api/articles/{id}} on a server wired as {@code lede serve --backend
 * solrcloud} wires it: each change is in the collection and searchable when its request is answered, as on Lucene.
 */
@ExtendWith(SolrCloudExtension.class)
class SolrLiveWritesApiTest {

    private static final String TRAMS = """
            [{"id":"live-1","title":"Harbour tram opens","body":"The harbour tram carried its first passengers.",
              "published":"2025-03-01T08:00:00Z","source":"Harbour Ledger"},
             {"id":"live-2","title":"Tram fares frozen","body":"Fares on the harbour tram stay the same next year.",
              "published":"2025-03-02T08:00:00Z","source":"Harbour Ledger"}]
            """;

    static BackendSettings collection(String name) throws Exception {
        return collection(name, 2);
    }

    /** A new collection of one replica per shard. */
    static BackendSettings collection(String name, int shards) throws Exception {
        String zk = SolrTestCluster.get().zkHost();
        try (SolrConnection solr = SolrConnection.open(zk, List.of(), name)) {
            new SolrCollectionSetup(solr).run(shards, 1, false);
        }
        return new BackendSettings(Backend.SOLRCLOUD, zk, List.of(), name);
    }

    static TestServer serve(BackendSettings backend, Path sideFiles) throws Exception {
        LedeConfig config = LedeConfig.defaults().withIndexDir(sideFiles).withNlp(NlpMode.OFF);
        Backends.Opened opened = Backends.openServed(config, backend);
        return new TestServer(opened.search(), opened.writes());
    }

    @Test
    void postedArticlesAreSearchableWhenThePostIsAnswered(@TempDir Path side) throws Exception {
        try (TestServer server = serve(collection("live_add"), side)) {
            TestServer.Response posted = server.write("POST", "/api/articles", TRAMS);
            JsonNode found = server.get("/api/search?q=tram").json();

            assertEquals(200, posted.status(), posted.body());
            assertEquals("[\"live-1\",\"live-2\"]", posted.json().path("ids").toString());
            assertEquals(2, found.path("total").asLong(), found.toString());
            assertEquals(
                    "Harbour Ledger",
                    server.get("/api/articles/live-2").json().path("source").asText());
        }
    }

    @Test
    void postingAnArticleAgainReplacesItAndNDJsonWorksToo(@TempDir Path side) throws Exception {
        try (TestServer server = serve(collection("live_replace"), side)) {
            server.write("POST", "/api/articles", TRAMS);
            TestServer.Response again = server.write(
                    "POST",
                    "/api/articles",
                    "application/x-ndjson",
                    "{\"id\":\"live-1\",\"title\":\"Harbour tram delayed\",\"body\":\"The tram waits for parts.\"}\n");

            assertEquals(200, again.status(), again.body());
            assertEquals(2, server.get("/api/search").json().path("total").asLong());
            assertEquals(
                    "Harbour tram delayed",
                    server.get("/api/articles/live-1").json().path("title").asText());
        }
    }

    @Test
    void aPostedBareSurnameIsMergedIntoTheFullNameWhenThePostIsAnswered(@TempDir Path side) throws Exception {
        try (TestServer server = serve(collection("live_merge"), side)) {
            server.write("POST", "/api/articles", story("m-1", "Wanjiru Kamaune"));
            server.write("POST", "/api/articles", story("m-2", "Wanjiru Kamaune"));
            assertEquals(List.of("Wanjiru Kamaune"), peopleShown(server));

            server.write("POST", "/api/articles", story("m-3", "Kamaune"));

            JsonNode people = server.get("/api/search").json().path("facets").path("people");
            assertEquals(1, people.size(), people.toString());
            assertEquals("Wanjiru Kamaune", people.path(0).path("value").asText(), people.toString());
            assertEquals(3, people.path(0).path("count").asLong(), people.toString());
        }
    }

    private static List<String> peopleShown(TestServer server) throws Exception {
        JsonNode people = server.get("/api/search").json().path("facets").path("people");
        return people.findValuesAsText("value");
    }

    private static String story(String id, String person) {
        return "{\"id\":\"" + id + "\",\"title\":\"Council vote\",\"body\":\"" + person
                + " spoke before the vote.\",\"people\":[\"" + person + "\"],\"orgs\":[\"Nairobi County Assembly\"]}";
    }

    @Test
    void aDeletedArticleIsGoneWhenTheDeleteIsAnsweredAndAnUnknownIdIsA404(@TempDir Path side) throws Exception {
        try (TestServer server = serve(collection("live_delete"), side)) {
            server.write("POST", "/api/articles", TRAMS);

            TestServer.Response deleted = server.write("DELETE", "/api/articles/live-1", null);
            TestServer.Response unknown = server.write("DELETE", "/api/articles/never-posted", null);

            assertEquals(200, deleted.status(), deleted.body());
            assertEquals(
                    1, server.get("/api/search?q=tram").json().path("total").asLong());
            assertEquals(404, server.get("/api/articles/live-1").status());
            assertEquals(404, unknown.status(), unknown.body());
            assertTrue(unknown.json().path("error").asText().contains("never-posted"), unknown.body());
        }
    }

    @Test
    void aBadBodyIsA400AndChangesNothing(@TempDir Path side) throws Exception {
        try (TestServer server = serve(collection("live_bad"), side)) {
            server.write("POST", "/api/articles", TRAMS);

            TestServer.Response bad = server.write("POST", "/api/articles", "{\"id\": \"x\", \"title\": ");

            assertEquals(400, bad.status(), bad.body());
            assertEquals(2, server.get("/api/search").json().path("total").asLong());
        }
    }

    @Test
    void healthCountsTheArticlesAndItsGenerationAndSizeGrowWithEachPost(@TempDir Path side) throws Exception {
        try (TestServer server = serve(collection("live_health"), side)) {
            JsonNode empty = server.get("/api/health").json();
            server.write("POST", "/api/articles", TRAMS);
            JsonNode first = server.get("/api/health").json();
            server.write("POST", "/api/articles", "{\"id\":\"live-3\",\"title\":\"Ferry\",\"body\":\"A ferry.\"}");
            JsonNode second = server.get("/api/health").json();

            assertEquals(0, empty.path("articles").asLong(), empty.toString());
            assertEquals(2, first.path("articles").asLong(), first.toString());
            assertEquals(3, second.path("articles").asLong(), second.toString());
            assertTrue(first.path("indexGeneration").asLong() > 0, first.toString());
            assertTrue(
                    second.path("indexGeneration").asLong()
                            > first.path("indexGeneration").asLong(),
                    first + " then " + second);
            assertTrue(
                    second.path("indexBytes").asLong()
                                    > first.path("indexBytes").asLong()
                            && first.path("indexBytes").asLong() > 0,
                    first + " then " + second);
        }
    }
}
