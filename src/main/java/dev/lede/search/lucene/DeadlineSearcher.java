package dev.lede.search.lucene;

import dev.lede.search.SearchTimedOutException;
import java.io.IOException;
import java.time.Duration;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FilterCollector;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Weight;

/**
 * A searcher that stops a request past its deadline by throwing {@link SearchTimedOutException} from the collector,
 * every {@link #CHECK_EVERY} matches and before each segment. Lucene's own {@code setTimeout} scores in windows, which
 * drill-sideways faceting cannot do, so the check lives in the collector instead.
 */
final class DeadlineSearcher extends IndexSearcher {

    /** Reading the clock on every match would cost more than the matches; this many is well under a millisecond. */
    static final int CHECK_EVERY = 1_024;

    private final long deadline;
    private final Duration limit;

    /** @param work where slices of the segments may be searched at the same time */
    DeadlineSearcher(IndexReader reader, Duration limit, HelpingExecutor work) {
        super(reader, work == HelpingExecutor.CALLER_ONLY ? null : work);
        this.limit = limit;
        this.deadline = System.nanoTime() + limit.toNanos();
    }

    @Override
    protected void searchLeaf(LeafReaderContext leaf, int minDocId, int maxDocId, Weight weight, Collector collector)
            throws IOException {
        check();
        super.searchLeaf(leaf, minDocId, maxDocId, weight, new Checked(collector));
    }

    void check() {
        if (System.nanoTime() - deadline > 0) {
            throw new SearchTimedOutException(limit);
        }
    }

    private final class Checked extends FilterCollector {

        Checked(Collector in) {
            super(in);
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext leaf) throws IOException {
            return new FilterLeafCollector(super.getLeafCollector(leaf)) {
                private int sinceCheck;

                @Override
                public void collect(int doc) throws IOException {
                    if (++sinceCheck == CHECK_EVERY) {
                        sinceCheck = 0;
                        check();
                    }
                    in.collect(doc);
                }

                @Override
                public DocIdSetIterator competitiveIterator() throws IOException {
                    return in.competitiveIterator();
                }
            };
        }
    }
}
