package dev.lede.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.index.lucene.LuceneIndexWriter;
import dev.lede.model.Article;
import dev.lede.model.EngineUnavailableException;
import dev.lede.model.EnrichedArticle;
import dev.lede.model.Enrichment;
import dev.lede.model.SearchRequest;
import dev.lede.search.OpeningSearch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Lucene index opened on a thread of its own while the server sets itself up. */
class OpeningSearchTest {

    @TempDir
    Path indexDir;

    @Test
    void callsWaitUntilTheIndexIsOpenAndThenAnswerFromIt() throws Exception {
        try (LuceneIndexWriter writer = LuceneIndexWriter.open(indexDir)) {
            writer.write(article("a1", "Harbour crane"));
            writer.write(article("a2", "Harbour ferry"));
            writer.commit();
        }
        CountDownLatch mayOpen = new CountDownLatch(1);
        try (OpeningSearch search = OpeningSearch.start(() -> {
            await(mayOpen);
            return LuceneArticleSearch.open(indexDir);
        })) {
            CompletableFuture<Long> total = CompletableFuture.supplyAsync(() -> searchTotal(search, "harbour"));
            Thread.sleep(200);
            assertFalse(total.isDone(), "answered before the index was open");

            mayOpen.countDown();

            assertEquals(2, total.get(30, TimeUnit.SECONDS));
            assertEquals(2, search.articleCount());
            assertTrue(search.article("a1").isPresent());
        }
    }

    @Test
    void anIndexThatCannotOpenFailsEveryCallAsItsOpeningDid() throws Exception {
        Path missing = indexDir.resolve("missing");
        OpeningSearch search = OpeningSearch.start(() -> LuceneArticleSearch.open(missing));

        IOException opening = assertThrows(IOException.class, search::awaitOpen);
        assertTrue(opening.getMessage().contains("No index at " + missing), opening.getMessage());
        assertSame(opening, assertThrows(IOException.class, search::articleCount));
        UncheckedIOException store = assertThrows(UncheckedIOException.class, search::curation);
        assertInstanceOf(EngineUnavailableException.class, store.getCause());
        search.close();
    }

    @Test
    void aFailureOtherThanInputOrOutputReachesTheCallerUnchanged() {
        OpeningSearch search = OpeningSearch.start(() -> {
            throw new IllegalStateException("refused");
        });

        assertEquals(
                "refused",
                assertThrows(IllegalStateException.class, search::awaitOpen).getMessage());
    }

    private static long searchTotal(OpeningSearch search, String words) {
        try {
            return search.search(SearchRequest.builder().query(words).build()).total();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void await(CountDownLatch latch) throws IOException {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static EnrichedArticle article(String id, String title) {
        return new EnrichedArticle(
                new Article(
                        id,
                        title,
                        title + " news from the port.",
                        Instant.parse("2025-03-01T08:00:00Z"),
                        "Wire",
                        null,
                        null),
                new Enrichment(List.of(), List.of(), List.of(), List.of()));
    }
}
