package dev.lede.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.TestServer;
import dev.lede.index.lucene.LuceneIndexWriter;
import dev.lede.model.Article;
import dev.lede.model.EnrichedArticle;
import dev.lede.model.Enrichment;
import dev.lede.store.AnnotationStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Stars, tags and notes through the HTTP API: saved beside the index, filtering and counted in searches, exported,
 * kept across re-indexing and a restart, undoable; bad input is a 4xx that changes nothing. On Lucene only: SolrCloud
 * answers star and tag filters with 501 until they are built there (issue 14); then move these tests into a contract
 * on {@link dev.lede.ApiBackend}, as {@link SearchApiContract} is.
 */
class AnnotationApiTest {

    @TempDir
    Path indexDir;

    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeEach
    void index() throws Exception {
        reindex();
    }

    @Test
    void aStarAndTagsFilterTheSearchAndAreCountedAsFacetsAndExported() throws Exception {
        try (TestServer server = new TestServer(indexDir)) {
            HttpResponse<String> saved = send(
                    server, "PUT", "/api/articles/a1/annotation", "{\"starred\":true,\"tags\":[\"Lead\",\"port\"]}");
            assertEquals(200, saved.statusCode(), saved.body());
            send(server, "PUT", "/api/articles/a2/annotation", "{\"tags\":[\"lead\"],\"note\":\"call the mayor\"}");

            assertEquals(
                    3, server.get("/api/search?q=harbour").json().get("total").asInt());
            assertEquals(
                    List.of("a1"),
                    ids(server.get("/api/search?q=harbour&star=true").json()));
            assertEquals(
                    List.of("a1", "a2"),
                    sorted(ids(server.get("/api/search?q=harbour&tag=lead").json())));
            assertEquals(
                    List.of("a1"),
                    ids(server.get("/api/search?tag=lead&tag=PORT").json()));

            JsonNode facets = server.get("/api/search?q=harbour").json().get("facets");
            assertEquals("Lead", facets.get("tags").get(0).get("value").asText());
            assertEquals(2, facets.get("tags").get(0).get("count").asInt());
            assertEquals(1, facets.get("starred").get(0).get("count").asInt());
            JsonNode narrowed = server.get("/api/search?q=mayor").json().get("facets");
            assertEquals(1, narrowed.get("tags").get(0).get("count").asInt(), "counted among the matches only");

            TestServer.Response export = server.get("/api/export?q=harbour&tag=lead&format=jsonl");
            assertEquals(2, export.body().lines().count(), export.body());
            TestServer.Response notes = server.get("/api/annotations/export?q=harbour&tag=lead");
            List<String> lines = notes.body().lines().toList();
            assertEquals(2, lines.size(), notes.body());
            JsonNode a2 = lines.stream()
                    .map(line -> json(server, line))
                    .filter(line -> line.get("id").asText().equals("a2"))
                    .findFirst()
                    .orElseThrow();
            assertEquals("call the mayor", a2.get("note").asText());
            assertEquals("Story a2", a2.get("title").asText());
            TestServer.Response misspelt = server.get("/api/annotations/export?q=harbour&tags=lead");
            assertEquals(400, misspelt.status(), "not every annotated match: " + misspelt.body());
            assertTrue(misspelt.json().get("error").asText().contains("did you mean 'tag'?"), misspelt.body());
        }
    }

    @Test
    void annotationsSurviveReindexingAndARestartAndTheLatestChangeCanBeUndone() throws Exception {
        try (TestServer server = new TestServer(indexDir)) {
            send(server, "PUT", "/api/articles/a1/annotation", "{\"starred\":true,\"note\":\"first\"}");
            send(server, "PUT", "/api/articles/a1/annotation", "{\"starred\":true,\"note\":\"second\"}");
        }
        reindex();
        assertFalse(Files.exists(indexDir.resolve(AnnotationStore.FILE_NAME + ".tmp")), "written through a move");
        try (TestServer restarted = new TestServer(indexDir)) {
            assertEquals(
                    "second",
                    restarted
                            .get("/api/articles/a1/annotation")
                            .json()
                            .get("note")
                            .asText());
            HttpResponse<String> undone = send(restarted, "POST", "/api/annotations/undo", null);
            assertEquals(200, undone.statusCode(), undone.body());
            assertEquals(
                    "first",
                    restarted
                            .get("/api/articles/a1/annotation")
                            .json()
                            .get("note")
                            .asText());
            send(restarted, "DELETE", "/api/articles/a1/annotation", null);
            JsonNode none = restarted.get("/api/articles/a1/annotation").json();
            assertFalse(none.get("starred").asBoolean());
            assertEquals(
                    0,
                    restarted.get("/api/search?star=true").json().get("total").asInt());
            send(restarted, "POST", "/api/annotations/undo", null);
            assertEquals(
                    1,
                    restarted.get("/api/search?star=true").json().get("total").asInt(),
                    "delete undone");
        }
    }

    @Test
    void exportsCarryTheStarTagsAndNoteOfAnnotatedArticlesAndLeaveOthersEmpty() throws Exception {
        try (TestServer server = new TestServer(indexDir)) {
            HttpResponse<String> saved = send(
                    server,
                    "PUT",
                    "/api/articles/a2/annotation",
                    "{\"starred\":true,\"tags\":[\"lead\",\"council\"],\"note\":\"=call, the mayor\"}");
            assertEquals(200, saved.statusCode(), saved.body());

            List<List<String>> csv = CsvReader.rows(
                    server.get("/api/export?q=harbour&format=csv&body=true").body());
            List<String> header = csv.getFirst();
            assertEquals(List.of("starred", "tags", "note", "body"), header.subList(header.size() - 4, header.size()));
            List<String> a2 = csv.stream()
                    .filter(row -> row.getFirst().equals("a2"))
                    .findFirst()
                    .orElseThrow();
            int starred = header.indexOf("starred");
            assertEquals(List.of("true", "lead; council", "'=call, the mayor"), a2.subList(starred, starred + 3));
            List<String> a1 = csv.stream()
                    .filter(row -> row.getFirst().equals("a1"))
                    .findFirst()
                    .orElseThrow();
            assertEquals(List.of("", "", ""), a1.subList(starred, starred + 3));

            List<JsonNode> lines = server.get("/api/export?q=harbour&format=jsonl")
                    .body()
                    .lines()
                    .map(line -> json(server, line))
                    .toList();
            JsonNode noted = lines.stream()
                    .filter(line -> line.get("id").asText().equals("a2"))
                    .findFirst()
                    .orElseThrow();
            assertTrue(noted.get("starred").asBoolean());
            assertEquals("[\"lead\",\"council\"]", noted.get("tags").toString());
            assertEquals("=call, the mayor", noted.get("note").asText());
            JsonNode plain = lines.stream()
                    .filter(line -> line.get("id").asText().equals("a3"))
                    .findFirst()
                    .orElseThrow();
            assertFalse(plain.get("starred").asBoolean());
            assertEquals(0, plain.get("tags").size());
            assertEquals("", plain.get("note").asText());
        }
    }

    @Test
    void aCorruptAnnotationsFileIsSetAsideAndTheServerKeepsAnswering() throws Exception {
        Files.writeString(indexDir.resolve(AnnotationStore.FILE_NAME), "{\"annotations\":{\"a1\":{\"star");
        try (TestServer server = new TestServer(indexDir)) {
            TestServer.Response search = server.get("/api/search?q=harbour&star=true");
            assertEquals(200, search.status(), search.body());
            assertEquals(0, search.json().get("total").asInt());
            try (Stream<Path> files = Files.list(indexDir)) {
                assertTrue(files.anyMatch(
                        file -> file.getFileName().toString().startsWith(AnnotationStore.FILE_NAME + ".corrupt-")));
            }
            HttpResponse<String> saved = send(server, "PUT", "/api/articles/a1/annotation", "{\"starred\":true}");
            assertEquals(200, saved.statusCode(), saved.body());
            assertEquals(
                    List.of("a1"),
                    ids(server.get("/api/search?q=harbour&star=true").json()));
        }
    }

    @Test
    void aSavedSearchKeepsItsStarAndTagFiltersAndItsFeedHasOnlyThoseArticles() throws Exception {
        try (TestServer server = new TestServer(indexDir)) {
            send(server, "PUT", "/api/articles/a1/annotation", "{\"starred\":true,\"tags\":[\"port\"]}");
            send(server, "PUT", "/api/articles/a3/annotation", "{\"starred\":true}");
            HttpResponse<String> saved = send(
                    server,
                    "POST",
                    "/api/saved",
                    "{\"name\":\"starred-port\",\"query\":\"q=harbour&star=true&tag=Port\"}");
            assertEquals(201, saved.statusCode(), saved.body());

            String feed = server.get("/feeds/starred-port.atom").body();
            assertTrue(feed.contains("Story a1"), feed);
            assertFalse(feed.contains("Story a2") || feed.contains("Story a3"), feed);

            HttpResponse<String> bad =
                    send(server, "POST", "/api/saved", "{\"name\":\"bad\",\"query\":\"q=harbour&star=maybe\"}");
            assertEquals(400, bad.statusCode(), bad.body());
            assertEquals("query", server.json(bad.body()).get("parameter").asText());
        }
    }

    @Test
    void anAnnotationThatCannotBeSavedIsA503AndChangesNothing() throws Exception {
        try (TestServer server = new TestServer(indexDir)) {
            send(server, "PUT", "/api/articles/a1/annotation", "{\"starred\":true}");
            // Nothing can be written where a folder stands in place of the temporary file (permissions do not stop
            // root).
            Files.createDirectories(
                    indexDir.resolve(AnnotationStore.FILE_NAME + ".tmp").resolve("blocker"));
            HttpResponse<String> failed = send(server, "PUT", "/api/articles/a2/annotation", "{\"starred\":true}");
            assertEquals(503, failed.statusCode(), failed.body());
            assertTrue(server.json(failed.body()).has("error"), failed.body());
            assertEquals(
                    List.of("a1"),
                    ids(server.get("/api/search?q=harbour&star=true").json()));
        }
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "body|not json",
                "body|[1]",
                "starred|{\"starred\":\"yes\"}",
                "tags|{\"tags\":\"lead\"}",
                "tags|{\"tags\":[1]}",
                "note|{\"note\":5}",
            })
    void aBadAnnotationIsA400NamingTheProblemAndChangesNothing(String parameter, String body) throws Exception {
        try (TestServer server = new TestServer(indexDir)) {
            HttpResponse<String> response = send(server, "PUT", "/api/articles/a1/annotation", body);
            assertEquals(400, response.statusCode(), response.body());
            assertEquals(
                    parameter, server.json(response.body()).get("parameter").asText());
            assertTrue(server.get("/api/annotations").json().get("annotations").isEmpty());
        }
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"stared|{\"stared\":true}", "Note|{\"Note\":\"x\"}", "bogus|{\"bogus\":1,\"starred\":true}"})
    void aMistypedFieldIsA400NamingItAndTheStoredAnnotationStaysAsItWas(String field, String body) throws Exception {
        try (TestServer server = new TestServer(indexDir)) {
            String stored = "{\"starred\":true,\"tags\":[\"keep\"],\"note\":\"important note\"}";
            assertEquals(
                    200,
                    send(server, "PUT", "/api/articles/a1/annotation", stored).statusCode());

            HttpResponse<String> response = send(server, "PUT", "/api/articles/a1/annotation", body);

            assertEquals(400, response.statusCode(), response.body());
            JsonNode error = server.json(response.body());
            assertEquals(field, error.get("parameter").asText());
            assertTrue(error.get("error").asText().contains("unknown field '" + field + "'"), response.body());
            JsonNode kept = server.get("/api/articles/a1/annotation").json();
            assertTrue(kept.get("starred").asBoolean(), kept.toString());
            assertEquals("[\"keep\"]", kept.get("tags").toString());
            assertEquals("important note", kept.get("note").asText());
        }
    }

    @Test
    void aTruncatedBodyIsA400SayingWhereItEndsInPlainWords() throws Exception {
        try (TestServer server = new TestServer(indexDir)) {
            HttpResponse<String> response = send(server, "PUT", "/api/articles/a1/annotation", "{\"starred\":true");
            assertEquals(400, response.statusCode(), response.body());
            assertEquals(
                    "the body is not valid JSON: it ends before the object is closed (line 1, column 16)",
                    server.json(response.body()).get("error").asText());
        }
    }

    @Test
    void anUnknownArticleIsA404AndAMalformedStarFilterA400() throws Exception {
        try (TestServer server = new TestServer(indexDir)) {
            HttpResponse<String> missing = send(server, "PUT", "/api/articles/nope/annotation", "{\"starred\":true}");
            assertEquals(404, missing.statusCode());
            assertTrue(server.json(missing.body()).get("error").asText().contains("nope"));
            TestServer.Response badStar = server.get("/api/search?star=maybe");
            assertEquals(400, badStar.status());
            assertEquals("star", badStar.json().get("parameter").asText());
            assertEquals(
                    404, send(server, "POST", "/api/annotations/undo", null).statusCode());
        }
    }

    private void reindex() throws Exception {
        try (LuceneIndexWriter writer = LuceneIndexWriter.open(indexDir)) {
            writer.deleteAll();
            writer.write(article("a1", "The harbour reopened after the storm."));
            writer.write(article("a2", "The harbour board will ask the mayor."));
            writer.write(article("a3", "Fishing boats crowd the harbour."));
            writer.commit();
        }
    }

    private static EnrichedArticle article(String id, String body) {
        return new EnrichedArticle(
                new Article(id, "Story " + id, body, null, null, null, null),
                new Enrichment(List.of(), List.of(), List.of(), List.of()));
    }

    private static List<String> ids(JsonNode page) {
        return StreamSupport.stream(page.get("hits").spliterator(), false)
                .map(hit -> hit.get("id").asText())
                .toList();
    }

    private static List<String> sorted(List<String> values) {
        return values.stream().sorted().toList();
    }

    private static JsonNode json(TestServer server, String line) {
        try {
            return server.json(line);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
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
}
