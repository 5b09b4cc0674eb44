package dev.lede.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.TestServer;
import dev.lede.index.lucene.LuceneIndexWriter;
import dev.lede.model.Article;
import dev.lede.model.EnrichedArticle;
import dev.lede.model.Enrichment;
import dev.lede.store.CurationStore;
import dev.lede.store.SavedSearchStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A truncated curation log or saved-search file is set aside; searching, facets, articles and feeds go on. */
class CorruptStoresApiTest {

    @TempDir
    Path indexDir;

    @Test
    void truncatedStoreFilesAreSetAsideAndEveryRouteKeepsAnswering() throws Exception {
        try (LuceneIndexWriter writer = LuceneIndexWriter.open(indexDir)) {
            writer.write(new EnrichedArticle(
                    new Article("k1", "Kyiv story", "Text", null, null, null, null),
                    new Enrichment(List.of(), List.of("Kyiv"), List.of(), List.of())));
            writer.commit();
        }
        Files.writeString(indexDir.resolve(CurationStore.FILE_NAME), "{\"lastId\":2,\"changes\":[{\"id\":1,");
        Files.writeString(indexDir.resolve(SavedSearchStore.FILE_NAME), "[{\"name\":\"kyiv\",\"qu");
        try (TestServer server = new TestServer(indexDir)) {
            assertEquals(1, server.get("/api/search?q=kyiv").json().get("total").asInt());
            assertEquals(200, server.get("/api/facets/place").status());
            assertEquals(200, server.get("/api/articles/k1").status());
            assertEquals(0, server.get("/api/curation").json().get("changes").size());
            assertEquals(0, server.get("/api/saved").json().get("searches").size());
            assertEquals(404, server.get("/feeds/kyiv.atom").status());
            assertEquals(
                    201,
                    server.write("POST", "/api/saved", "{\"name\":\"kyiv\",\"query\":\"q=kyiv\"}")
                            .status());
            assertEquals(200, server.get("/feeds/kyiv.atom").status());
        }
        try (Stream<Path> files = Files.list(indexDir)) {
            assertEquals(
                    2,
                    files.filter(f -> f.getFileName().toString().contains(".corrupt-"))
                            .count());
        }
        assertTrue(Files.exists(indexDir.resolve(SavedSearchStore.FILE_NAME)));
    }
}
