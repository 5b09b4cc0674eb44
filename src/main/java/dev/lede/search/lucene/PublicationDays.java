package dev.lede.search.lucene;

import dev.lede.index.Schema;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * How many matches were published on each day (UTC), counted while the query runs: each match's publication doc
 * value goes into an array slot for its day, so counting costs one array increment per match. Undated articles are
 * not counted.
 */
final class PublicationDays {

    /** About 90 years of slots (128 KB): a window wider than this is left to the sparse map. */
    static final int MAX_DENSE_DAYS = 1 << 15;

    private static final long MILLIS_PER_DAY = 86_400_000L;

    private final long firstDenseDay;
    private final int[] dense;
    /** Days outside the dense window: a stray date centuries off (a misread year) still gets counted. */
    private final Map<Long, Long> outliers = new HashMap<>();

    private PublicationDays(long firstDenseDay, int days) {
        this.firstDenseDay = firstDenseDay;
        this.dense = new int[days];
    }

    /** Runs {@code query} and counts its matches by publication day, densely within {@code from}..{@code to}. */
    static PublicationDays count(IndexSearcher searcher, Query query, LocalDate from, LocalDate to) throws IOException {
        long[] window = window(searcher.getIndexReader(), from, to);
        return searcher.search(query, new Manager(window[0], (int) (window[1] - window[0] + 1)));
    }

    /**
     * Counts matches already collected by publication day, only those from {@code from} to {@code to} (inclusive,
     * either open when {@code null}), densely within them.
     */
    static PublicationDays count(IndexReader reader, FacetsCollector matches, LocalDate from, LocalDate to)
            throws IOException {
        long[] window = window(reader, from, to);
        long first = from == null ? Long.MIN_VALUE : from.toEpochDay();
        long last = to == null ? Long.MAX_VALUE : to.toEpochDay();
        PublicationDays days = new PublicationDays(window[0], (int) (window[1] - window[0] + 1));
        for (FacetsCollector.MatchingDocs segment : matches.getMatchingDocs()) {
            if (segment.totalHits() == 0 || segment.bits() == null) {
                continue;
            }
            NumericDocValues published = DocValues.getNumeric(segment.context().reader(), Schema.PUBLISHED);
            DocIdSetIterator docs = segment.bits().iterator();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (published.advanceExact(doc)) {
                    long day = day(published.longValue());
                    if (day >= first && day <= last) {
                        days.add(day);
                    }
                }
            }
        }
        return days;
    }

    /**
     * The request's bounds, else the index's first and last publication day. When wider than {@link
     * #MAX_DENSE_DAYS}, the latest days are kept dense, since stray dates are mostly misread old years.
     */
    private static long[] window(IndexReader reader, LocalDate from, LocalDate to) throws IOException {
        byte[] min = PointValues.getMinPackedValue(reader, Schema.PUBLISHED);
        byte[] max = PointValues.getMaxPackedValue(reader, Schema.PUBLISHED);
        if ((min == null || max == null) && (from == null || to == null)) {
            return new long[] {0, 0};
        }
        long first = from != null ? from.toEpochDay() : day(LongPoint.decodeDimension(min, 0));
        long last = to != null ? to.toEpochDay() : day(LongPoint.decodeDimension(max, 0));
        if (last < first) {
            return new long[] {first, first};
        }
        return new long[] {Math.max(first, last - MAX_DENSE_DAYS + 1), last};
    }

    private static long day(long epochMillis) {
        return Math.floorDiv(epochMillis, MILLIS_PER_DAY);
    }

    private void add(long day) {
        long slot = day - firstDenseDay;
        if (slot >= 0 && slot < dense.length) {
            dense[(int) slot]++;
        } else {
            outliers.merge(day, 1L, Long::sum);
        }
    }

    private void addAll(PublicationDays other) {
        for (int slot = 0; slot < dense.length; slot++) {
            dense[slot] += other.dense[slot];
        }
        other.outliers.forEach((day, count) -> outliers.merge(day, count, Long::sum));
    }

    /** Each day with at least one match, in no particular order. */
    void forEach(DayCount action) {
        for (int slot = 0; slot < dense.length; slot++) {
            if (dense[slot] > 0) {
                action.accept(LocalDate.ofEpochDay(firstDenseDay + slot), dense[slot]);
            }
        }
        outliers.forEach((day, count) -> action.accept(LocalDate.ofEpochDay(day), count));
    }

    /** The first day with a match, or {@code null} when none has a date. */
    LocalDate first() {
        long first = outliers.keySet().stream().mapToLong(Long::longValue).min().orElse(Long.MAX_VALUE);
        for (int slot = 0; slot < dense.length && firstDenseDay + slot < first; slot++) {
            if (dense[slot] > 0) {
                first = firstDenseDay + slot;
            }
        }
        return first == Long.MAX_VALUE ? null : LocalDate.ofEpochDay(first);
    }

    /** The last day with a match, or {@code null} when none has a date. */
    LocalDate last() {
        long last = outliers.keySet().stream().mapToLong(Long::longValue).max().orElse(Long.MIN_VALUE);
        for (int slot = dense.length - 1; slot >= 0 && firstDenseDay + slot > last; slot--) {
            if (dense[slot] > 0) {
                last = firstDenseDay + slot;
            }
        }
        return last == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(last);
    }

    @FunctionalInterface
    interface DayCount {
        void accept(LocalDate day, long count);
    }

    /** One counter per search slice, summed at the end. */
    private record Manager(long firstDenseDay, int days) implements CollectorManager<Counter, PublicationDays> {

        @Override
        public Counter newCollector() {
            return new Counter(new PublicationDays(firstDenseDay, days));
        }

        @Override
        public PublicationDays reduce(Collection<Counter> counters) {
            PublicationDays total = new PublicationDays(firstDenseDay, days);
            counters.forEach(counter -> total.addAll(counter.days));
            return total;
        }
    }

    private record Counter(PublicationDays days) implements Collector {

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            NumericDocValues published = DocValues.getNumeric(context.reader(), Schema.PUBLISHED);
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                    // Scores are not needed: only the publication day of each match is counted.
                }

                @Override
                public void collect(int doc) throws IOException {
                    if (published.advanceExact(doc)) {
                        days.add(day(published.longValue()));
                    }
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
