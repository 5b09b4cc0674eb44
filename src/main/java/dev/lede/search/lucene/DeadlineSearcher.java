package dev.lede.search.lucene;

import dev.lede.search.SearchTimedOutException;
import java.io.IOException;
import java.time.Duration;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.DocIdStream;
import org.apache.lucene.search.FilterCollector;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Weight;

/**
 * A searcher that stops a request past its deadline by throwing {@link SearchTimedOutException} from the collector,
 * every {@link #CHECK_EVERY} matches, before each segment and before each run of matches Lucene hands over at once
 * (which the collector inside then takes whole, as it would without the check). Lucene's own {@code setTimeout} scores in windows, which
 * drill-sideways faceting cannot do, so the check lives in the collector instead.
 */
final class DeadlineSearcher extends IndexSearcher {

    /** Reading the clock on every match would cost more than the matches; this many is well under a millisecond. */
    static final int CHECK_EVERY = 1_024;

    /** The matches of a range handed on at once: a counting collector takes each slice in one step. */
    static final int RANGE_SLICE = 8 * CHECK_EVERY;

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

                /** A run of matches arrives whole (a window of a few thousand at most): one check, then the run. */
                @Override
                public void collect(DocIdStream stream) throws IOException {
                    check();
                    in.collect(stream);
                }

                /** A range of matches (a whole segment, for some queries) goes on in slices, checked before each. */
                @Override
                public void collectRange(int min, int max) throws IOException {
                    for (int from = min; from < max; from += RANGE_SLICE) {
                        check();
                        in.collectRange(from, Math.min(max, from + RANGE_SLICE));
                    }
                }

                @Override
                public DocIdSetIterator competitiveIterator() throws IOException {
                    return in.competitiveIterator();
                }
            };
        }
    }
}
