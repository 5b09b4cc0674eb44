package dev.lede.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.TestServer;
import dev.lede.index.lucene.LuceneIndexWriter;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Articles added and removed over HTTP while the server runs, through the real parsers and index. */
class ArticleIngestApiTest {

    private static final String JSON = "application/json";
    private static final String NDJSON = "application/x-ndjson";

    @TempDir
    Path indexDir;

    @Test
    void oneJsonArticleIsIndexedAndSearchableAtTheNextSearch() throws Exception {
        try (TestServer server = new TestServer(indexDir)) {
            var response = server.send("POST", "/api/articles", JSON, """
                    {"id": "ferry-1", "title": "Night ferry resumes", "body": "The night ferry sails again.",
                     "published": "2025-04-02", "source": "Harbour Ledger"}""");
            assertEquals(200, response.status(), response.body());
            assertEquals("[\"ferry-1\"]", response.json().get("ids").toString());
            assertEquals(0, response.json().get("errors").size());

            JsonNode found = server.get("/api/search?q=ferry").json();
            assertEquals(1, found.get("total").asInt());
            assertEquals(
                    "Harbour Ledger", found.get("hits").get(0).get("source").asText());
        }
    }

    @Test
    void anArrayKeepsItsGoodArticlesAndNamesTheBadItem() throws Exception {
        try (TestServer server = new TestServer(indexDir)) {
            JsonNode answer = server.send("POST", "/api/articles", JSON, """
                            [{"id": "a", "title": "Tram strike", "body": "Trams stop."},
                             {"id": "b", "title": 42, "body": ["not", "text"]},
                             {"id": "c", "title": "Tram deal", "body": "Trams run."}]""").json();
            assertEquals("[\"a\",\"c\"]", answer.get("ids").toString());
            assertEquals(1, answer.get("errors").size());
            assertTrue(answer.get("errors").get(0).asText().startsWith("item 2"), answer.toString());
            assertEquals(2, server.get("/api/search?q=tram").json().get("total").asInt());
        }
    }

    @Test
    void ndjsonIsReadLineByLineAndABadLineIsReportedByNumber() throws Exception {
        try (TestServer server = new TestServer(indexDir)) {
            JsonNode answer = server.send("POST", "/api/articles", NDJSON, """
                            {"id": "n1", "title": "Dyke breach", "body": "Water rose."}
                            {"id": "n2", "title": "Dyke
                            {"id": "n3", "title": "Dyke repaired", "body": "Water fell."}
                            """).json();
            assertEquals("[\"n1\",\"n3\"]", answer.get("ids").toString());
            assertTrue(answer.get("errors").get(0).asText().startsWith("line 2"), answer.toString());
            assertEquals(2, server.get("/api/search?q=dyke").json().get("total").asInt());
        }
    }

    @Test
    void postingAnArticleAgainReplacesIt() throws Exception {
        try (TestServer server = new TestServer(indexDir)) {
            server.send(
                    "POST", "/api/articles", JSON, "{\"id\": \"x\", \"title\": \"Draft headline\", \"body\": \"b\"}");
            server.send(
                    "POST", "/api/articles", JSON, "{\"id\": \"x\", \"title\": \"Final headline\", \"body\": \"b\"}");
            JsonNode found = server.get("/api/search?q=headline").json();
            assertEquals(1, found.get("total").asInt());
            assertEquals("Final headline", found.get("hits").get(0).get("title").asText());
        }
    }

    @Test
    void unreadableBodiesAreRefusedWithAJsonMessageAndIndexNothing() throws Exception {
        try (TestServer server = new TestServer(indexDir)) {
            var notJson = server.send("POST", "/api/articles", JSON, "{\"title\": ");
            assertEquals(400, notJson.status());
            assertTrue(notJson.json().get("error").asText().startsWith("the body is not valid JSON"), notJson.body());
            assertEquals("body", notJson.json().get("parameter").asText());

            var wrongType = server.send("POST", "/api/articles", "text/csv", "id,title\n1,x");
            assertEquals(415, wrongType.status());
            assertTrue(wrongType.json().get("error").asText().contains("application/x-ndjson"), wrongType.body());

            String huge = "{\"title\": \"big\", \"body\": \"" + "x".repeat(ArticleIngestRoutes.MAX_BODY_BYTES) + "\"}";
            // As curl does for a large body: headers first, so that a refusal arrives before the body is sent
            // (a server that refuses without reading may otherwise close the connection under the client's feet).
            var tooLarge = server.send(TestServer.authorized(server.request("/api/articles"))
                    .expectContinue(true)
                    .header("Content-Type", JSON)
                    .POST(HttpRequest.BodyPublishers.ofString(huge)));
            assertEquals(413, tooLarge.status());
            assertTrue(tooLarge.json().get("error").asText().contains("lede index"), tooLarge.body());

            var chunked = server.send(
                    "POST",
                    "/api/articles",
                    JSON,
                    HttpRequest.BodyPublishers.ofInputStream(
                            () -> new ByteArrayInputStream(huge.getBytes(StandardCharsets.UTF_8))));
            assertEquals(413, chunked.status());
            assertTrue(chunked.json().get("error").asText().contains("lede index"), chunked.body());

            assertEquals(0, server.get("/api/search").json().get("total").asInt());
        }
    }

    @Test
    void aTruncatedBodyIsA400InPlainWordsNamingTheBody() throws Exception {
        try (TestServer server = new TestServer(indexDir)) {
            var truncated = server.send("POST", "/api/articles", JSON, "{\"title\":\"t\"");
            assertEquals(400, truncated.status(), truncated.body());
            assertEquals(
                    "the body is not valid JSON: it ends before the object is closed (line 1, column 13)",
                    truncated.json().get("error").asText());
            assertEquals("body", truncated.json().get("parameter").asText());

            var noArticle = server.send("POST", "/api/articles", JSON, "{\"id\":\"t\"}");
            assertEquals(400, noArticle.status(), noArticle.body());
            assertEquals("body", noArticle.json().get("parameter").asText());
            assertFalse(noArticle.json().get("error").asText().contains("request body"), noArticle.body());
        }
    }

    @Test
    void aBrokenNdjsonLineIsReportedWithoutTheParsersInternals() throws Exception {
        try (TestServer server = new TestServer(indexDir)) {
            JsonNode answer = server.send("POST", "/api/articles", NDJSON, """
                            {"id": "n1", "title": "Dyke breach", "body": "Water rose."}
                            {"id": "n2", "title": "Dyke"
                            {"id": "n3", "title": "Dyke repaired", "body": "Water fell.",}
                            """).json();
            assertEquals("[\"n1\"]", answer.get("ids").toString());
            assertEquals(
                    "line 2: not valid JSON: it ends before the object is closed",
                    answer.get("errors").get(0).asText());
            assertEquals(
                    "line 3: not valid JSON: unexpected character '}'",
                    answer.get("errors").get(1).asText());
        }
    }

    @Test
    void anArticleKeptWithoutAFieldItCouldNotReadIsIndexedWithAWarningNotAnError() throws Exception {
        try (TestServer server = new TestServer(indexDir)) {
            JsonNode answer = server.send("POST", "/api/articles", JSON, """
                            {"id": "w1", "title": "Sluice repaired", "body": "The sluice works.",
                             "published": "yesterday", "people": ["Anna Berg", 7]}""").json();

            assertEquals("[\"w1\"]", answer.get("ids").toString());
            assertEquals(0, answer.get("errors").size(), answer.toString());
            assertEquals(2, answer.get("warnings").size(), answer.toString());
            assertTrue(answer.get("warnings").toString().contains("yesterday"), answer.toString());
            JsonNode article = server.get("/api/articles/w1").json();
            assertTrue(article.get("published").isNull(), article.toString());
            assertTrue(answer.get("warnings").toString().contains("people"), answer.toString());
        }
    }

    @Test
    void anArticleWithAnIdTooLongToOpenIsReportedAndNotIndexed() throws Exception {
        String longId = "x".repeat(SearchParams.MAX_NAME_LENGTH + 1);
        String longestId = "y".repeat(SearchParams.MAX_NAME_LENGTH);
        try (TestServer server = new TestServer(indexDir)) {
            JsonNode answer = server.send("POST", "/api/articles", JSON, """
                            [{"id": "%s", "title": "Canal closed", "body": "Locks shut."},
                             {"id": "b", "title": 42, "body": ["not", "text"]},
                             {"id": "%s", "title": "Canal open", "body": "Locks open."}]""".formatted(longId, longestId))
                    .json();

            assertEquals("[\"" + longestId + "\"]", answer.get("ids").toString());
            assertEquals(
                    "item 1: id may be at most 300 characters long",
                    answer.get("errors").get(0).asText());
            assertTrue(answer.get("errors").get(1).asText().startsWith("item 2: "), answer.toString());
            assertEquals(2, answer.get("errors").size(), answer.toString());
            assertEquals(
                    1, server.get("/api/search?q=canal").json().get("total").asInt());
            assertEquals(200, server.get("/api/articles/" + longestId).status());
        }
    }

    @Test
    void aSingleArticleOrEveryLineWithAnIdTooLongIsA400AndNothingIsIndexed() throws Exception {
        String longId = " " + "x".repeat(SearchParams.MAX_NAME_LENGTH + 100);
        try (TestServer server = new TestServer(indexDir)) {
            var single = server.send(
                    "POST", "/api/articles", JSON, "{\"id\": \"%s\", \"title\": \"Weir\"}".formatted(longId));
            assertEquals(400, single.status(), single.body());
            assertTrue(
                    single.json().get("error").asText().contains("id may be at most 300 characters long"),
                    single.body());
            assertEquals("body", single.json().get("parameter").asText());

            var lines = server.send(
                    "POST", "/api/articles", NDJSON, "\n{\"id\": \"%s\", \"title\": \"Weir\"}\n".formatted(longId));
            assertEquals(400, lines.status(), lines.body());
            assertTrue(lines.json().get("error").asText().contains("line 2: id may be at most"), lines.body());

            var mixed = server.send("POST", "/api/articles", NDJSON, """
                            {"id": "%s", "title": "Weir"}
                            {"id": "w2", "title": "Weir mended"}
                            """.formatted(longId))
                    .json();
            assertEquals("[\"w2\"]", mixed.get("ids").toString());
            assertEquals(
                    "line 1: id may be at most 300 characters long",
                    mixed.get("errors").get(0).asText());
            assertEquals(1, server.get("/api/search?q=weir").json().get("total").asInt());
        }
    }

    @Test
    void whileAnIndexerHoldsTheLockWritesAreRefusedAsBusyAndSearchStillAnswers() throws Exception {
        try (TestServer server = new TestServer(indexDir);
                LuceneIndexWriter indexer = LuceneIndexWriter.open(indexDir)) {
            var busy = server.send("POST", "/api/articles", JSON, "{\"title\": \"Quay\", \"body\": \"Quay news.\"}");
            assertEquals(503, busy.status(), busy.body());
            assertTrue(busy.json().get("error").asText().contains("An indexer is writing"), busy.body());
            assertEquals(200, server.get("/api/search?q=quay").status());
        }
    }

    @Test
    void deleteRemovesAnArticleAndAnUnknownIdIsA404() throws Exception {
        try (TestServer server = new TestServer(indexDir)) {
            server.send("POST", "/api/articles", JSON, """
                    [{"id": "keep", "title": "Lock gates", "body": "b"}, {"id": "gone", "title": "Lock keeper", "body": "b"}]""");
            var deleted = server.send("DELETE", "/api/articles/gone", JSON, "");
            assertEquals(200, deleted.status(), deleted.body());
            assertEquals("[\"gone\"]", deleted.json().get("deleted").toString());
            assertEquals(1, server.get("/api/search?q=lock").json().get("total").asInt());
            assertEquals(404, server.get("/api/articles/gone").status());

            var unknown = server.send("DELETE", "/api/articles/gone", JSON, "");
            assertEquals(404, unknown.status());
            assertTrue(unknown.json().get("error").asText().contains("gone"), unknown.body());
        }
    }
}
