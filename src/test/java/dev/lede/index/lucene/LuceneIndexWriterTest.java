package dev.lede.index.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.index.Provenance;
import dev.lede.index.Schema;
import dev.lede.model.Article;
import dev.lede.model.EnrichedArticle;
import dev.lede.model.Enrichment;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Lucene writer's incremental side: stored hashes, deletes, pruning, the one-writer rule and killed runs. */
class LuceneIndexWriterTest {

    @TempDir
    Path index;

    @Test
    void theHashStoredWithAnArticleIsFoundByItsIdAsTheIndexWasWhenTheRunBegan() throws Exception {
        try (LuceneIndexWriter writer = LuceneIndexWriter.open(index)) {
            writer.write(article("a1"), new Provenance("/news/a.jsonl", "hash-1"));
        }
        try (LuceneIndexWriter writer = LuceneIndexWriter.open(index)) {
            assertEquals(Optional.of("hash-1"), writer.contentHash("a1"));
            assertEquals(Optional.empty(), writer.contentHash("a2"));
            writer.write(article("a2"), new Provenance("/news/a.jsonl", "hash-2"));
            assertEquals(Optional.empty(), writer.contentHash("a2"), "written in this run: not yet known");
        }
    }

    @Test
    void anIdWrittenTwiceInOneRunIsOneArticleThoughItWasNewWhenTheRunBegan() throws Exception {
        try (LuceneIndexWriter writer = LuceneIndexWriter.open(index)) {
            for (int copy = 0; copy < 3; copy++) {
                assertEquals(Optional.empty(), writer.contentHash("a1"));
                writer.write(article("a1"), new Provenance("/news/a.jsonl", "hash-" + copy));
                writer.commit();
            }
        }
        assertEquals(1, liveArticles());
    }

    @Test
    void anArticleIndexedWithoutAContentHashIsReplacedNotDoubled() throws Exception {
        try (LuceneIndexWriter writer = LuceneIndexWriter.open(index)) {
            writer.write(article("a1"));
        }
        try (LuceneIndexWriter writer = LuceneIndexWriter.open(index)) {
            assertEquals(Optional.empty(), writer.contentHash("a1"));
            writer.write(article("a1"), new Provenance("/news/a.jsonl", "hash-1"));
        }
        assertEquals(1, liveArticles());
    }

    @Test
    void theSameNewIdWrittenFromManyThreadsAtOnceIsOneArticle() throws Exception {
        int ids = 200;
        try (LuceneIndexWriter writer = LuceneIndexWriter.open(index)) {
            List<java.util.concurrent.Callable<Void>> writes = new java.util.ArrayList<>();
            for (int copy = 0; copy < 4; copy++) {
                for (int i = 0; i < ids; i++) {
                    String id = "a" + i;
                    writes.add(() -> {
                        writer.contentHash(id);
                        writer.write(article(id), new Provenance("/news/a.jsonl", "h"));
                        return null;
                    });
                }
            }
            onFourThreads(writes);
        }
        assertEquals(ids, liveArticles());
    }

    @Test
    void aCommitWhileOtherThreadsWriteKeepsEveryArticleWrittenBeforeIt() throws Exception {
        int perThread = 150;
        try (LuceneIndexWriter writer = LuceneIndexWriter.open(index)) {
            List<java.util.concurrent.Callable<Void>> writers = new java.util.ArrayList<>();
            for (int t = 0; t < 4; t++) {
                String prefix = "t" + t + "-";
                writers.add(() -> {
                    for (int i = 0; i < perThread; i++) {
                        writer.write(article(prefix + i), new Provenance("/news/a.jsonl", "h"));
                        if (i % 50 == 49) {
                            writer.commit();
                        }
                    }
                    return null;
                });
            }
            onFourThreads(writers);
            writer.commit();
            try (FSDirectory directory = FSDirectory.open(index);
                    DirectoryReader committed = DirectoryReader.open(directory)) {
                assertEquals(4 * perThread, committed.numDocs(), "committed before the writer closes");
            }
        }
    }

    @Test
    void deleteAndPruneRemoveArticlesAtTheNextCommit() throws Exception {
        try (LuceneIndexWriter writer = LuceneIndexWriter.open(index)) {
            writer.write(article("a1"), new Provenance("/news/kept.jsonl", "h"));
            writer.write(article("a2"), new Provenance("/news/kept.jsonl", "h"));
            writer.write(article("b1"), new Provenance("/news/gone.jsonl", "h"));
            writer.commit();

            writer.delete("a2");
            assertEquals(List.of("/news/gone.jsonl"), writer.pruneSources(path -> path.contains("gone")));
            writer.commit();
        }
        assertEquals(1, liveArticles());
    }

    @Test
    void aSecondWriterOnTheSameIndexIsRefusedSayingWhatToDo() throws Exception {
        try (LuceneIndexWriter first = LuceneIndexWriter.open(index)) {
            IndexLockedException refused =
                    assertThrows(IndexLockedException.class, () -> LuceneIndexWriter.open(index));
            assertTrue(refused.getMessage().contains("wait for it to finish or stop it"), refused.getMessage());
        }
    }

    @Test
    void aWriterThatDidNotCloseIsToldApartFromOneThatFinished() throws Exception {
        try (LuceneIndexWriter writer = LuceneIndexWriter.open(index)) {
            writer.write(article("a1"), Provenance.NONE);
        }
        try (LuceneIndexWriter writer = LuceneIndexWriter.open(index)) {
            assertEquals(Optional.empty(), writer.interruptedRun());
            writer.write(article("a2"), Provenance.NONE);
            writer.commit();
            // A killed run never closes; reading the commit it left is what the next writer does.
            assertTrue(lastCommitSaysRunning());
        }
    }

    @Test
    void anIndexWhoseBandKeysWereTermsTakesArticlesWithBandKeysAsPoints() throws Exception {
        // schema 5 indexed the band keys as string terms of the field "duplicate_band"; Lucene refuses to index a
        // field name again with another shape, so the points have a name of their own
        try (var directory = FSDirectory.open(index);
                IndexWriter old = new IndexWriter(directory, new IndexWriterConfig(Schema.analyzer()))) {
            Document doc = new Document();
            doc.add(new StringField(Schema.ID, "old", Field.Store.YES));
            doc.add(new StringField("duplicate_band", "0:5f16dabb27445a4e", Field.Store.NO));
            old.addDocument(doc);
        }
        try (LuceneIndexWriter writer = LuceneIndexWriter.open(index)) {
            writer.write(article("new"), Provenance.NONE);
        }
        assertEquals(2, liveArticles());
    }

    private boolean lastCommitSaysRunning() throws Exception {
        try (var directory = FSDirectory.open(index)) {
            return "running"
                    .equals(org.apache.lucene.index.SegmentInfos.readLatestCommit(directory)
                            .getUserData()
                            .get(Schema.COMMIT_RUN));
        }
    }

    private static void onFourThreads(List<java.util.concurrent.Callable<Void>> tasks) throws Exception {
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(4)) {
            for (var done : pool.invokeAll(tasks)) {
                done.get();
            }
        }
    }

    private int liveArticles() throws Exception {
        try (var directory = FSDirectory.open(index);
                DirectoryReader reader = DirectoryReader.open(directory)) {
            return reader.numDocs();
        }
    }

    private static EnrichedArticle article(String id) {
        return new EnrichedArticle(
                new Article(id, "Harbour " + id, "The harbour board met about " + id + ".", null, null, null, null),
                Enrichment.NONE);
    }
}
