package dev.lede.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lede.search.SearchTimedOutException;
import java.io.IOException;
import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdStream;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

class DeadlineSearcherTest {

    private static final int ARTICLES = 20_000;

    @Test
    void runsOfMatchesReachTheCollectorWholeRatherThanOneByOne() throws IOException {
        try (Directory directory = indexOf(ARTICLES);
                DirectoryReader reader = DirectoryReader.open(directory)) {
            Tally tally = new Tally(Duration.ZERO);

            new DeadlineSearcher(reader, Duration.ofMinutes(1), HelpingExecutor.CALLER_ONLY)
                    .search(new MatchAllDocsQuery(), tally);

            assertEquals(ARTICLES, tally.matches.get(), "every article is counted once");
            assertEquals(0, tally.oneByOne.get(), "the check must not take a run apart into single matches");
        }
    }

    @Test
    void aDeadlinePassingWhileRunsArriveStopsTheSearch() throws IOException {
        try (Directory directory = indexOf(ARTICLES);
                DirectoryReader reader = DirectoryReader.open(directory)) {
            Tally slow = new Tally(Duration.ofMillis(30));
            DeadlineSearcher searcher =
                    new DeadlineSearcher(reader, Duration.ofMillis(20), HelpingExecutor.CALLER_ONLY);

            assertThrows(SearchTimedOutException.class, () -> searcher.search(new MatchAllDocsQuery(), slow));
            assertEquals(1, slow.runs.get(), "the run after the deadline is refused before it is collected");
        }
    }

    private static Directory indexOf(int articles) throws IOException {
        Directory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            for (int i = 0; i < articles; i++) {
                Document doc = new Document();
                doc.add(new StringField("id", "a" + i, StringField.Store.NO));
                writer.addDocument(doc);
            }
            writer.forceMerge(1);
        }
        return directory;
    }

    /** Counts matches, and how they arrived: one by one or as runs (each run taking {@code perRun} to collect). */
    private static final class Tally implements CollectorManager<Collector, Integer> {
        final AtomicInteger matches = new AtomicInteger();
        final AtomicInteger oneByOne = new AtomicInteger();
        final AtomicInteger runs = new AtomicInteger();
        private final Duration perRun;

        Tally(Duration perRun) {
            this.perRun = perRun;
        }

        @Override
        public Collector newCollector() {
            return new Collector() {
                @Override
                public LeafCollector getLeafCollector(LeafReaderContext context) {
                    return new LeafCollector() {
                        @Override
                        public void setScorer(Scorable scorer) {}

                        @Override
                        public void collect(int doc) {
                            oneByOne.incrementAndGet();
                            matches.incrementAndGet();
                        }

                        @Override
                        public void collect(DocIdStream stream) throws IOException {
                            arrive();
                            matches.addAndGet(stream.count());
                        }

                        @Override
                        public void collectRange(int min, int max) {
                            arrive();
                            matches.addAndGet(max - min);
                        }
                    };
                }

                @Override
                public ScoreMode scoreMode() {
                    return ScoreMode.COMPLETE_NO_SCORES;
                }
            };
        }

        private void arrive() {
            runs.incrementAndGet();
            try {
                Thread.sleep(perRun.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public Integer reduce(Collection<Collector> collectors) {
            return matches.get();
        }
    }
}
