package dev.lede.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.index.lucene.LuceneIndexWriter;
import dev.lede.model.Article;
import dev.lede.model.EnrichedArticle;
import dev.lede.model.Enrichment;
import dev.lede.model.FacetField;
import dev.lede.model.FacetValue;
import dev.lede.model.SearchPage;
import dev.lede.model.SearchRequest;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new snapshot's facet state is built before searches see the snapshot: while it is being built (held here by a
 * latch), searches are answered at once from the snapshot they had, with its counts.
 */
class SnapshotRefreshTest {

    private static final Duration GUARD = Duration.ofSeconds(30);

    @TempDir
    Path indexDir;

    private final AtomicBoolean holdNextSnapshot = new AtomicBoolean();
    private final CountDownLatch preparing = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);

    @Test
    void aServerRefreshingInTheBackgroundAnswersFromTheOldSnapshotWhileACommitIsPrepared() throws Exception {
        try (LuceneIndexWriter ingestion = LuceneIndexWriter.open(indexDir)) {
            write(ingestion, 0, 2);
            try (LuceneArticleSearch search =
                    LuceneArticleSearch.open(indexDir, this::heldWhenAsked).refreshInBackground(Duration.ofMillis(5))) {
                assertEquals(2, search.search(adaFacets()).total());
                holdNextSnapshot.set(true);
                write(ingestion, 2, 5);
                assertTrue(preparing.await(GUARD.toSeconds(), TimeUnit.SECONDS), "the new snapshot is being prepared");

                SearchPage during = assertTimeoutPreemptively(GUARD, () -> search.search(adaFacets()));
                assertEquals(2, during.total());
                assertEquals(
                        List.of(new FacetValue("Ada Lovelace", 2)),
                        during.facets().get("people"));

                release.countDown();
                SearchPage after = awaitTotal(search, 5);
                assertEquals(
                        List.of(new FacetValue("Ada Lovelace", 5)),
                        after.facets().get("people"));
            }
        }
    }

    @Test
    void withoutABackgroundThreadOtherSearchesDoNotWaitForTheOneThatOpensTheNewSnapshot() throws Exception {
        try (LuceneIndexWriter ingestion = LuceneIndexWriter.open(indexDir)) {
            write(ingestion, 0, 2);
            try (LuceneArticleSearch search = LuceneArticleSearch.open(indexDir, this::heldWhenAsked)) {
                holdNextSnapshot.set(true);
                write(ingestion, 2, 3);
                CompletableFuture<SearchPage> opener = CompletableFuture.supplyAsync(() -> {
                    try {
                        return search.search(adaFacets());
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                });
                assertTrue(preparing.await(GUARD.toSeconds(), TimeUnit.SECONDS), "the first search opens it");

                SearchPage during = assertTimeoutPreemptively(GUARD, () -> search.search(adaFacets()));
                assertEquals(2, during.total());

                release.countDown();
                assertEquals(3, opener.get(GUARD.toSeconds(), TimeUnit.SECONDS).total());
                assertEquals(3, search.search(adaFacets()).total());
            }
        }
    }

    /** Holds the preparation of the first snapshot opened after {@link #holdNextSnapshot} is set. */
    private IndexSnapshots.Preparer heldWhenAsked(IndexSnapshots.Preparer prepare) {
        return reader -> {
            if (holdNextSnapshot.getAndSet(false)) {
                preparing.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException("stopped while held");
                }
            }
            prepare.prepare(reader);
        };
    }

    private static SearchPage awaitTotal(LuceneArticleSearch search, long total) throws Exception {
        return assertTimeoutPreemptively(GUARD, () -> {
            SearchPage page = search.search(adaFacets());
            while (page.total() != total) {
                Thread.sleep(5);
                page = search.search(adaFacets());
            }
            return page;
        });
    }

    private static SearchRequest adaFacets() {
        return SearchRequest.builder()
                .counting(Set.of(FacetField.PERSON), Set.of())
                .build();
    }

    private static void write(LuceneIndexWriter writer, int from, int to) throws IOException {
        for (int i = from; i < to; i++) {
            writer.write(new EnrichedArticle(
                    new Article(
                            "a" + i,
                            "Engine notes " + i,
                            "Notes on the analytical engine, part " + i,
                            Instant.parse("2025-01-01T00:00:00Z").plusSeconds(i),
                            "Wire",
                            null,
                            null),
                    new Enrichment(List.of("Ada Lovelace"), List.of(), List.of(), List.of())));
        }
        writer.commit();
    }
}
