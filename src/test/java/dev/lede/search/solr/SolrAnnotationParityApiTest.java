package dev.lede.search.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.ScratchDirs;
import dev.lede.SolrCloudExtension;
import dev.lede.SolrSampleCollection;
import dev.lede.TestServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The reader's stars and tags in searches through the real server on both backends: the same articles starred and
 * tagged through the API on each (copies of the sample's side folders, so no other test sees them), then the same
 * filtered searches, counts, cursors and exports.
 */
@ExtendWith(SolrCloudExtension.class)
class SolrAnnotationParityApiTest {

    private static BothBackends both;
    private static final Set<String> STARRED = new TreeSet<>();

    @BeforeAll
    static void annotateTheSameArticlesOnBoth() throws Exception {
        SolrSampleCollection sample = SolrSampleCollection.get();
        both = BothBackends.over(copy(sample.luceneIndex), SolrSampleCollection.COLLECTION, copy(sample.sideFiles));
        List<String> tram =
                ids(both.lucene.get("/api/search?q=tram&size=100&sort=oldest").json());
        List<String> all =
                ids(both.lucene.get("/api/search?size=100&sort=oldest").json());
        assertTrue(tram.size() >= 3 && all.size() > 40, tram + " " + all.size());
        annotate(tram.get(0), "{\"starred\":true,\"tags\":[\"Lead\",\"port\"]}");
        annotate(tram.get(1), "{\"tags\":[\"lead\"],\"note\":\"call the mayor\"}");
        annotate(all.get(0), "{\"starred\":true}");
        annotate(all.get(10), "{\"starred\":true,\"tags\":[\"lead\"]}");
        annotate(all.get(20), "{\"tags\":[\"port\"]}");
        annotate(all.get(30), "{\"starred\":true,\"tags\":[\"later\"]}");
        STARRED.addAll(List.of(tram.get(0), all.get(0), all.get(10), all.get(30)));
    }

    @AfterAll
    static void stop() throws Exception {
        if (both != null) {
            both.close();
        }
    }

    @Test
    void starAndTagFiltersFindAndCountTheSameArticles() throws Exception {
        int found = 0;
        for (String request : List.of(
                "star=true",
                "tag=lead",
                "tag=lead&tag=PORT",
                "q=tram&star=true",
                "q=tram&tag=lead",
                "star=true&sort=oldest&size=2&page=2",
                "tag=nobody-uses-this",
                "star=true&multiSelect=true&place=Rotterdam",
                "star=true&exclude=" + TestServer.encode("place:Rotterdam"),
                "",
                "q=tram")) {
            String sized = request.contains("size=") ? request : "size=100&" + request;
            found += both.assertSameSearch("/api/search?" + sized).path("total").asInt();
        }
        JsonNode counted = both.solr.get("/api/search?size=0").json().path("facets");
        assertEquals(
                STARRED.size(), counted.path("starred").get(0).path("count").asInt(), counted.toString());
        assertTrue(found > 10, "the filters find articles: " + found);
    }

    @Test
    void facetsCountsOnlyTheAnnotationsItNamesAndAnEmptyListCountsNothing() throws Exception {
        for (TestServer server : List.of(both.lucene, both.solr)) {
            JsonNode all = facets(server, "");
            assertEquals(
                    List.of("people", "places", "countries", "regions", "orgs", "sources", "tags", "starred"),
                    names(all.path("facets")));
            assertFalse(all.path("published").isNull() || all.path("mentioned").isNull());

            JsonNode none = facets(server, "&facets=");
            assertEquals(List.of(), names(none.path("facets")), none.toString());
            assertTrue(none.path("published").isNull() && none.path("mentioned").isNull(), none.toString());

            assertEquals(
                    List.of("people"), names(facets(server, "&facets=people").path("facets")));
            assertEquals(
                    List.of("people", "tags"),
                    names(facets(server, "&facets=tags,people").path("facets")));
            JsonNode starred = facets(server, "&facets=star").path("facets");
            assertEquals(List.of("starred"), names(starred));
            assertEquals(
                    STARRED.size(), starred.path("starred").get(0).path("count").asInt());
        }
    }

    @Test
    void starredCollapsedPagesAndCursorsAreTheSame() throws Exception {
        both.assertSameSearch("/api/search?star=true&collapse=true&sort=newest");
        List<String> visited = new ArrayList<>();
        String next = "";
        while (next != null) {
            JsonNode page = both.solr
                    .get("/api/search?tag=lead&size=1&sort=oldest"
                            + (next.isEmpty() ? "" : "&cursor=" + TestServer.encode(next)))
                    .json();
            visited.addAll(ids(page));
            next = page.path("nextCursor").isNull()
                    ? null
                    : page.path("nextCursor").asText();
            assertTrue(visited.size() < 10, "the cursors end");
        }
        assertEquals(
                ids(both.lucene.get("/api/search?tag=lead&size=100&sort=oldest").json()), visited);
    }

    @Test
    void exportsOfStarredAndTaggedArticlesAreTheSame() throws Exception {
        for (String request : List.of(
                "/api/export?format=jsonl&tag=lead",
                "/api/export?format=jsonl&star=true&q=tram",
                "/api/annotations/export?tag=lead",
                "/api/annotations/export?star=true&q=tram")) {
            TestServer.Response fromLucene = both.lucene.get(request);
            TestServer.Response fromSolr = both.solr.get(request);
            assertEquals(200, fromSolr.status(), request + ": " + fromSolr.body());
            assertEquals(lines(fromLucene.body()), lines(fromSolr.body()), request);
            assertTrue(!fromSolr.body().isBlank(), request);
        }
    }

    private static void annotate(String id, String annotation) throws Exception {
        for (TestServer server : List.of(both.lucene, both.solr)) {
            TestServer.Response saved =
                    server.write("PUT", "/api/articles/" + TestServer.encode(id) + "/annotation", annotation);
            assertEquals(200, saved.status(), saved.body());
        }
    }

    private static JsonNode facets(TestServer server, String asked) throws Exception {
        TestServer.Response response = server.get("/api/search?size=0" + asked);
        assertEquals(200, response.status(), response.body());
        return response.json();
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("hits").forEach(hit -> ids.add(hit.path("id").asText()));
        return ids;
    }

    /**
     * An export's lines in any order (both list the same articles, each once), without the time each server saved
     * its annotation.
     */
    private static TreeSet<String> lines(String body) {
        return new TreeSet<>(body.lines()
                .map(line -> line.replaceAll("\"annotated\":\"[^\"]*\"", "\"annotated\":\"…\""))
                .toList());
    }

    private static Path copy(Path folder) throws IOException {
        Path copied = ScratchDirs.create("lede-annotation-parity");
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, copied.resolve(file.getFileName()));
            }
        }
        return copied;
    }
}
