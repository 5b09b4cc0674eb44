package dev.lede.web;

import static dev.lede.TestServer.encode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.TestServer;
import dev.lede.index.lucene.LuceneIndexWriter;
import dev.lede.model.Article;
import dev.lede.model.EnrichedArticle;
import dev.lede.model.Enrichment;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server over an index that changes while it runs, and over articles that carry markup. */
class LiveIndexTest {

    @TempDir
    Path indexDir;

    @Test
    void articlesIndexedWhileTheServerRunsAppearWithoutARestart() throws Exception {
        try (TestServer server = new TestServer(indexDir)) {
            assertEquals(
                    0, server.get("/api/search?q=ferry").json().get("total").asInt());
            write(new Article(
                    "late-1",
                    "Night ferry resumes",
                    "The night ferry to Hamburg sails again.",
                    Instant.parse("2025-04-02T06:00:00Z"),
                    "Harbour Ledger",
                    null,
                    null));
            JsonNode result = server.get("/api/search?q=ferry").json();
            assertEquals(1, result.get("total").asInt());
            assertEquals(
                    "Night ferry resumes",
                    result.get("hits").get(0).get("title").asText());
        }
    }

    @Test
    void markupInsideAnArticleIsEscapedInSnippetsAndReturnedAsTextInArticles() throws Exception {
        String body = "Officials said <script>alert('x')</script> and <img src=x onerror=alert(1)> were found "
                + "in the leaked dossier, along with a note about the budget.";
        write(new Article("xss-1", "Dossier <b>leak</b>", body, null, null, null, null));
        try (TestServer server = new TestServer(indexDir)) {
            JsonNode hit = server.get("/api/search?q=" + encode("dossier"))
                    .json()
                    .get("hits")
                    .get(0);
            String snippet = hit.get("snippet").asText();
            assertFalse(snippet.contains("<script>") || snippet.contains("<img"), snippet);
            assertTrue(snippet.contains("&lt;script&gt;"), snippet);
            assertTrue(snippet.contains("<mark>dossier</mark>"), snippet);
            JsonNode article = server.get("/api/articles/xss-1").json();
            assertEquals(
                    body, article.get("body").asText(), "the API returns the text as it is; the page shows it as text");
        }
    }

    @Test
    void recentRankingThroughTheApiLiftsTheNewerOfTwoMatches() throws Exception {
        write(new Article(
                "old",
                "Ferry strike: ferry crews stop ferry services",
                "Ferry news.",
                Instant.parse("2019-05-01T08:00:00Z"),
                null,
                null,
                null));
        write(new Article(
                "new",
                "Harbour news: ferry crews meet",
                "Crew news.",
                Instant.parse("2025-05-01T08:00:00Z"),
                null,
                null,
                null));
        try (TestServer server = new TestServer(indexDir)) {
            JsonNode relevance =
                    server.get("/api/search?q=ferry&sort=relevance").json();
            JsonNode recent = server.get("/api/search?q=ferry&sort=recent").json();
            assertEquals("old", relevance.get("hits").get(0).get("id").asText());
            assertEquals("new", recent.get("hits").get(0).get("id").asText());
            assertEquals("recent", recent.get("sort").asText());
        }
    }

    @Test
    void theSearchPageIsServedAtTheRoot() throws Exception {
        try (TestServer server = new TestServer(indexDir)) {
            TestServer.Response page = server.get("/");
            assertEquals(200, page.status());
            assertTrue(page.contentType().startsWith("text/html"), page.contentType());
            assertTrue(page.body().contains("<title>Lede"), page.body());
            assertEquals(200, server.get("/lede.js").status());
        }
    }

    private void write(Article article) throws Exception {
        try (LuceneIndexWriter writer = LuceneIndexWriter.open(indexDir)) {
            writer.write(new EnrichedArticle(article, new Enrichment(List.of(), List.of(), List.of(), List.of())));
            writer.commit();
        }
    }
}
