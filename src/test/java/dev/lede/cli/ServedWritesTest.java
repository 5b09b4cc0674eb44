package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.config.BackendSettings;
import dev.lede.config.LedeConfig;
import dev.lede.config.NlpMode;
import dev.lede.index.lucene.LuceneIndexWriter;
import dev.lede.model.ArticleView;
import dev.lede.model.ArticleWrites;
import dev.lede.model.SearchRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Live writes as {@code lede serve} opens them (its search refreshed in the background): each write is found by the
 * very next search, and keeps the entities the article gives, as {@code lede index} does.
 */
class ServedWritesTest {

    @TempDir
    Path indexDir;

    @Test
    void aWriteIsFoundByTheNextSearchAndADeleteIsGoneFromIt() throws Exception {
        try (LuceneIndexWriter writer = LuceneIndexWriter.open(indexDir)) {
            writer.commit();
        }
        LedeConfig config = LedeConfig.defaults().withIndexDir(indexDir).withNlp(NlpMode.OFF);
        try (Backends.Opened served = Backends.openServed(config, BackendSettings.defaults())) {
            for (int i = 0; i < 10; i++) {
                String id = "r-" + i;
                ArticleWrites.Added added = served.writes().add("request.json", article(id, i));
                assertEquals(List.of(id), added.ids(), added.toString());

                assertTrue(served.search().article(id).isPresent(), id + " not found right after its write");
                assertEquals(
                        1,
                        served.search()
                                .search(SearchRequest.builder()
                                        .query("zebra" + i)
                                        .build())
                                .total());
            }
            ArticleView kept = served.search().article("r-3").orElseThrow();
            assertEquals(List.of("Jane Supplied"), kept.people());

            served.writes().delete(List.of("r-3"));
            assertTrue(served.search().article("r-3").isEmpty(), "r-3 still found right after its delete");
        }
    }

    private static byte[] article(String id, int i) {
        return ("{\"id\":\"" + id + "\",\"title\":\"Race " + i + "\",\"body\":\"Race body zebra" + i
                        + ".\",\"people\":[\"Jane Supplied\"]}")
                .getBytes(StandardCharsets.UTF_8);
    }
}
