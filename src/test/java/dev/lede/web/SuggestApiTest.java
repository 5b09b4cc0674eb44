package dev.lede.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.TestServer;
import dev.lede.index.lucene.LuceneIndexWriter;
import dev.lede.model.Article;
import dev.lede.model.EnrichedArticle;
import dev.lede.model.Enrichment;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Did you mean" over the words of the index: unknown words corrected, known ones and operators left as typed. On
 * Lucene only: SolrCloud makes no suggestion yet (issue 14); then move these tests into a contract on
 * {@link dev.lede.ApiBackend}, as {@link SearchApiContract} is.
 */
class SuggestApiTest {

    @Test
    void aMisspelledWordIsCorrectedToAnIndexedOneAndTheRestOfTheQueryIsKept(@TempDir Path indexDir) throws Exception {
        try (LuceneIndexWriter writer = LuceneIndexWriter.open(indexDir)) {
            writer.write(article("d1", "The drought hit the farms of the valley."));
            writer.write(article("d2", "Another drought, and the reservoir is low."));
            writer.write(article("d3", "The country votes on the reservoir."));
            writer.commit();
        }
        try (TestServer server = new TestServer(indexDir)) {
            assertEquals(
                    0, server.get("/api/search?q=drougth").json().get("total").asInt());
            assertEquals(
                    "drought AND farms",
                    server.get("/api/suggest?q=" + TestServer.encode("drougth AND farms"))
                            .json()
                            .get("suggestion")
                            .asText());
            assertEquals(
                    "country",
                    server.get("/api/suggest?q=cuntry").json().get("suggestion").asText(),
                    "a word as articles write it, not its stem (countri)");
            assertTrue(
                    server.get("/api/suggest?q=droughts")
                            .json()
                            .get("suggestion")
                            .isNull(),
                    "a known word");
            TestServer.Response missing = server.get("/api/suggest");
            assertEquals(400, missing.status());
            assertEquals("q", missing.json().get("parameter").asText());
        }
    }

    private static EnrichedArticle article(String id, String body) {
        return new EnrichedArticle(
                new Article(id, "Story " + id, body, null, null, null, null),
                new Enrichment(List.of(), List.of(), List.of(), List.of()));
    }
}
