package dev.lede.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.lede.TestServer;
import dev.lede.index.lucene.LuceneIndexWriter;
import dev.lede.model.Article;
import dev.lede.model.EnrichedArticle;
import dev.lede.model.Enrichment;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A server started over an index that another writer is still building. */
class ServeWhileIndexingTest {

    @TempDir
    Path indexDir;

    @Test
    void aServerOverAnIndexWithoutACommitShowsItEmptyThenShowsEachCommitAsItLands() throws Exception {
        try (LuceneIndexWriter writer = LuceneIndexWriter.open(indexDir)) {
            writer.write(article("first", "Harbour crane collapses"));
            assertFalse(
                    Files.list(indexDir)
                            .anyMatch(f -> f.getFileName().toString().startsWith("segments")),
                    "the writer has not committed yet");
            try (TestServer server = new TestServer(indexDir)) {
                assertEquals(0, total(server, "crane"));
                assertEquals(200, server.get("/api/health").status());

                writer.commit();
                assertEquals(1, total(server, "crane"));

                writer.write(article("second", "Second crane inspected"));
                writer.commit();
                assertEquals(2, total(server, "crane"));
            }
        }
    }

    private static int total(TestServer server, String query) throws Exception {
        return server.get("/api/search?q=" + query).json().get("total").asInt();
    }

    private static EnrichedArticle article(String id, String title) {
        return new EnrichedArticle(new Article(id, title, title + ".", null, null, null, null), Enrichment.NONE);
    }
}
