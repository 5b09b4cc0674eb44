package dev.lede.search.lucene;

import dev.lede.index.Schema;
import dev.lede.model.FacetField;
import dev.lede.search.Awaiting;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;

/**
 * Every segment's facet ordinals of people, places, countries, regions, orgs and sources, and the years and months of
 * its timelines, copied once onto the heap, article by article, so that counting a search's matches reads two int
 * arrays instead of decoding doc values through memory-mapped files (at a million articles that decoding was a quarter
 * of a search, and counting the timelines through Lucene's doc values about half of a search of every article). An
 * article's ordinals of all those dimensions lie side by side: a count reads one run of the ordinals array per match
 * and masks the fields it does not count, rather than one run per counted field in arrays of their own (at a million
 * articles each such run was a cache miss of its own). A segment is read when a snapshot first holds it and dropped
 * when Lucene closes it, so a commit reads only its new segments; segments that would take the copies past {@code
 * maxOrdinals} in all are left to their doc values.
 */
final class HeapOrdinals {

    /** 64 M ordinals (256 MB): a million generated articles hold about six million. */
    static final long DEFAULT_MAX_ORDINALS = 1L << 26;

    private final String field;
    private final long maxOrdinals;
    private final AtomicLong held = new AtomicLong();
    private final AtomicLong segmentsRead = new AtomicLong();
    private final Map<IndexReader.CacheKey, Segment> bySegment = new ConcurrentHashMap<>();
    private final Map<IndexReader.CacheKey, CompletableFuture<Segment>> reading = new ConcurrentHashMap<>();
    private final Set<IndexReader.CacheKey> overBudget = ConcurrentHashMap.newKeySet();

    HeapOrdinals(String field, long maxOrdinals) {
        this.field = field;
        this.maxOrdinals = maxOrdinals;
    }

    /**
     * One segment's ordinals: those of article {@code doc} are {@code ords[starts[doc]]} up to {@code
     * starts[doc + 1]}, in ordinal order (so grouped by dimension).
     */
    record Segment(int[] starts, int[] ords) {
        int start(int doc) {
            return starts[doc];
        }

        int end(int doc) {
            return starts[doc + 1];
        }

        int ord(int index) {
            return ords[index];
        }

        long size() {
            return ords.length;
        }
    }

    /**
     * The copy of {@code segment}'s ordinals, made now if it has none (or, when another thread is making it, once that
     * thread has); {@code null} when over the budget, and always with a budget of 0.
     */
    Segment of(LeafReader segment) throws IOException {
        IndexReader.CacheHelper cache = segment.getCoreCacheHelper();
        if (cache == null || maxOrdinals == 0) {
            return null;
        }
        Segment known = bySegment.get(cache.getKey());
        if (known != null || overBudget.contains(cache.getKey())) {
            return known;
        }
        CompletableFuture<Segment> mine = new CompletableFuture<>();
        CompletableFuture<Segment> underWay = reading.putIfAbsent(cache.getKey(), mine);
        if (underWay != null) {
            return Awaiting.result(underWay, "another thread copied the segment's ordinals");
        }
        try {
            // A reading that ended between the look above and ours has kept its copy (or its verdict) before it let go.
            Segment kept = bySegment.get(cache.getKey());
            Segment read = kept != null || overBudget.contains(cache.getKey()) ? kept : keep(cache, read(segment));
            mine.complete(read);
            return read;
        } catch (IOException | RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            reading.remove(cache.getKey(), mine);
        }
    }

    /**
     * Keeps {@code read} while within the budget; {@code null} when over it ({@code read} is {@code null} when the
     * segment alone is), and then the segment is not read again while it is open.
     */
    private Segment keep(IndexReader.CacheHelper cache, Segment read) {
        if (read == null || held.addAndGet(read.size()) > maxOrdinals) {
            if (read != null) {
                held.addAndGet(-read.size());
            }
            if (overBudget.add(cache.getKey())) {
                cache.addClosedListener(overBudget::remove);
            }
            return null;
        }
        Segment raced = bySegment.putIfAbsent(cache.getKey(), read);
        if (raced != null) {
            held.addAndGet(-read.size());
            return raced;
        }
        cache.addClosedListener(key -> {
            Segment closed = bySegment.remove(key);
            if (closed != null) {
                held.addAndGet(-closed.size());
            }
        });
        return read;
    }

    /** How many ordinals the copies hold now. */
    long held() {
        return held.get();
    }

    /** How many times a segment's doc values were read to copy them (over the budget or not). */
    long segmentsRead() {
        return segmentsRead.get();
    }

    private Segment read(LeafReader segment) throws IOException {
        segmentsRead.incrementAndGet();
        SortedSetDocValues values = DocValues.getSortedSet(segment, field);
        boolean[] kept = keptOrds(values);
        int[] starts = new int[segment.maxDoc() + 1];
        int[] ords = new int[16];
        int count = 0;
        int next = 0;
        for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
            Arrays.fill(starts, next, doc + 1, count);
            next = doc + 1;
            for (int i = values.docValueCount(); i > 0; i--) {
                int ord = Math.toIntExact(values.nextOrd());
                if (!kept[ord]) {
                    continue;
                }
                if (count == ords.length) {
                    ords = Arrays.copyOf(ords, Math.min(Integer.MAX_VALUE - 8, 2 * ords.length));
                }
                ords[count++] = ord;
                if (count > maxOrdinals) {
                    return null;
                }
            }
        }
        Arrays.fill(starts, next, starts.length, count);
        return new Segment(starts, Arrays.copyOf(ords, count));
    }

    /** Whether each ordinal of the segment is a value of a {@link FacetField} or a timeline's year or month. */
    private static boolean[] keptOrds(SortedSetDocValues values) throws IOException {
        Set<String> dimensions = new HashSet<>(CanonicalOrdinals.TIMELINE_DIMENSIONS);
        for (FacetField facet : FacetField.values()) {
            dimensions.add(Schema.dimension(facet));
        }
        boolean[] kept = new boolean[Math.toIntExact(values.getValueCount())];
        TermsEnum terms = values.termsEnum();
        int ord = 0;
        for (BytesRef term = terms.next(); term != null; term = terms.next(), ord++) {
            kept[ord] = dimensions.contains(FacetsConfig.stringToPath(term.utf8ToString())[0]);
        }
        return kept;
    }
}
