package dev.lede.search.lucene;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.LongValues;

/**
 * How many live articles of a snapshot hold each facet value, for the automatic merges every snapshot makes. Each
 * segment is counted once and its counts kept while it is open; a segment that has lost articles since is corrected by
 * reading only those, so a commit during live ingestion reads its new segments instead of every article again. A
 * segment whose ordinals are copied onto the heap is counted from the copy: at a million articles, decoding the doc
 * values a second time took a tenth of the CPU of a server's start.
 */
final class ArticlesPerValue {

    /** A segment's counts by segment ordinal, under the deletions it had when counted ({@code null}: none). */
    private record SegmentCounts(Bits liveWhenCounted, int[] perOrdinal) {}

    private final HeapOrdinals heapOrdinals;
    private final Map<IndexReader.CacheKey, SegmentCounts> bySegment = new ConcurrentHashMap<>();
    private final AtomicLong segmentsCounted = new AtomicLong();
    private final AtomicLong deletionsApplied = new AtomicLong();

    /** @param heapOrdinals the heap copies to count from where a segment has one */
    ArticlesPerValue(HeapOrdinals heapOrdinals) {
        this.heapOrdinals = heapOrdinals;
    }

    /**
     * By global ordinal of {@code state}, how many live articles hold that value; 0 for the values of dimensions the
     * heap copies leave out where a segment is counted from its copy.
     */
    long[] perOrdinal(SortedSetDocValuesReaderState state) throws IOException {
        SortedSetDocValues all = state.getDocValues();
        OrdinalMap ordinals = all instanceof MultiDocValues.MultiSortedSetDocValues multi ? multi.mapping : null;
        long[] articles = new long[Math.toIntExact(all.getValueCount())];
        for (LeafReaderContext leaf : state.getReader().leaves()) {
            int[] segment = segmentCounts(leaf.reader(), state.getField());
            LongValues toGlobal = ordinals == null ? LongValues.IDENTITY : ordinals.getGlobalOrds(leaf.ord);
            for (int ord = 0; ord < segment.length; ord++) {
                if (segment[ord] != 0) {
                    articles[Math.toIntExact(toGlobal.get(ord))] += segment[ord];
                }
            }
        }
        return articles;
    }

    /** How many segments were counted whole rather than answered from what was kept. */
    long segmentsCounted() {
        return segmentsCounted.get();
    }

    /** How many deleted articles were taken off kept counts. */
    long deletionsApplied() {
        return deletionsApplied.get();
    }

    private int[] segmentCounts(LeafReader segment, String field) throws IOException {
        Bits live = segment.getLiveDocs();
        IndexReader.CacheHelper core = segment.getCoreCacheHelper();
        SegmentCounts known = core == null ? null : bySegment.get(core.getKey());
        if (known != null && known.liveWhenCounted() == live) {
            return known.perOrdinal();
        }
        int[] counts = known == null ? null : withoutNewDeletions(segment, field, known);
        if (counts == null) {
            segmentsCounted.incrementAndGet();
            HeapOrdinals.Segment copy = heapOrdinals.of(segment);
            counts = copy == null ? countAll(segment, field, live) : countCopy(copy, segment, field, live);
        }
        if (core != null && bySegment.put(core.getKey(), new SegmentCounts(live, counts)) == null) {
            core.addClosedListener(bySegment::remove);
        }
        return counts;
    }

    private static int[] countAll(LeafReader segment, String field, Bits live) throws IOException {
        SortedSetDocValues values = DocValues.getSortedSet(segment, field);
        int[] counts = new int[Math.toIntExact(values.getValueCount())];
        for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
            if (live == null || live.get(doc)) {
                for (int i = values.docValueCount(); i > 0; i--) {
                    counts[(int) values.nextOrd()]++;
                }
            }
        }
        return counts;
    }

    private static int[] countCopy(HeapOrdinals.Segment copy, LeafReader segment, String field, Bits live)
            throws IOException {
        int[] counts =
                new int[Math.toIntExact(DocValues.getSortedSet(segment, field).getValueCount())];
        for (int doc = 0; doc < segment.maxDoc(); doc++) {
            if (live == null || live.get(doc)) {
                for (int i = copy.start(doc), end = copy.end(doc); i < end; i++) {
                    counts[copy.ord(i)]++;
                }
            }
        }
        return counts;
    }

    /**
     * The kept counts less the articles deleted since, or {@code null} when an article deleted then is live now
     * (deletions only grow within a segment, so that is a different reading of it).
     */
    private int[] withoutNewDeletions(LeafReader segment, String field, SegmentCounts known) throws IOException {
        Bits before = known.liveWhenCounted();
        Bits now = segment.getLiveDocs();
        SortedSetDocValues values = DocValues.getSortedSet(segment, field);
        int[] counts = known.perOrdinal().clone();
        for (int doc = 0; doc < segment.maxDoc(); doc++) {
            boolean wasLive = before == null || before.get(doc);
            boolean isLive = now == null || now.get(doc);
            if (isLive && !wasLive) {
                return null;
            }
            if (wasLive && !isLive && values.advanceExact(doc)) {
                deletionsApplied.incrementAndGet();
                for (int i = values.docValueCount(); i > 0; i--) {
                    int ord = (int) values.nextOrd();
                    if (counts[ord] > 0) { // a dimension the heap copies leave out stays 0 when counted from one
                        counts[ord]--;
                    }
                }
            }
        }
        return counts;
    }
}
