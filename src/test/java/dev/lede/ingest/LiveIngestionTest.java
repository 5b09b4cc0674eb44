package dev.lede.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lede.enrich.Extractor;
import dev.lede.model.ArticleWrites;
import dev.lede.model.Enrichment;
import dev.lede.model.SearchRequest;
import dev.lede.parse.Parsers;
import dev.lede.search.lucene.LuceneArticleSearch;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Live writes: the extractor is built on the first write only, and what it finds is what gets indexed. */
class LiveIngestionTest {

    @TempDir
    Path indexDir;

    @Test
    void theExtractorIsBuiltOnTheFirstWriteOnceAndItsEntitiesAreIndexed() throws Exception {
        AtomicInteger built = new AtomicInteger();
        Extractor harbourMaster = article -> new Enrichment(List.of("Ada Visser"), List.of(), List.of(), List.of());
        try (LuceneArticleSearch search = LuceneArticleSearch.open(indexDir)) {
            LiveIngestion live = new LiveIngestion(
                    indexDir,
                    Parsers.standard(),
                    () -> {
                        built.incrementAndGet();
                        return harbourMaster;
                    },
                    id -> search.article(id).isPresent());
            assertEquals(0, built.get(), "no models are loaded before something is written");

            live.add("a.json", bytes("{\"id\": \"p1\", \"title\": \"Pilot boat\", \"body\": \"b\"}"));
            live.add("b.jsonl", bytes("{\"id\": \"p2\", \"title\": \"Pilot strike\", \"body\": \"b\"}\n"));
            assertEquals(1, built.get());

            var people = search.search(SearchRequest.forQuery("pilot")).facets().get("people");
            assertEquals("Ada Visser", people.getFirst().value());
            assertEquals(2, people.getFirst().count());
        }
    }

    @Test
    void contentWithoutAnyArticleIsInvalidInput() throws Exception {
        LiveIngestion live = new LiveIngestion(indexDir, Parsers.standard(), () -> a -> Enrichment.NONE, id -> false);
        var e = assertThrows(ArticleWrites.InvalidInputException.class, () -> live.add("x.json", bytes("[]")));
        assertEquals("x.json: empty JSON array", e.getMessage());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
