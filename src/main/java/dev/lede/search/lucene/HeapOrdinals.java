package dev.lede.search.lucene;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * Every segment's facet ordinals copied once onto the heap, article by article, so that counting a search's matches
 * reads two int arrays instead of decoding doc values through memory-mapped files (at a million articles that decoding
 * was a quarter of a search). A segment is read when a snapshot first holds it and dropped when Lucene closes it, so a
 * commit reads only its new segments; segments that would take the copies past {@code maxOrdinals} in all are left to
 * their doc values.
 */
final class HeapOrdinals {

    /** 64 M ordinals (256 MB): a million articles hold about ten million. */
    static final long DEFAULT_MAX_ORDINALS = 1L << 26;

    private final String field;
    private final long maxOrdinals;
    private final AtomicLong held = new AtomicLong();
    private final Map<IndexReader.CacheKey, Segment> bySegment = new ConcurrentHashMap<>();

    HeapOrdinals(String field, long maxOrdinals) {
        this.field = field;
        this.maxOrdinals = maxOrdinals;
    }

    /** One segment's ordinals: those of article {@code doc} are {@code ords[starts[doc]]} up to {@code starts[doc+1]}. */
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
    }

    /** The copy of {@code segment}'s ordinals, made now if it has none; {@code null} when over the budget. */
    Segment of(LeafReader segment) throws IOException {
        IndexReader.CacheHelper cache = segment.getCoreCacheHelper();
        if (cache == null) {
            return null;
        }
        Segment known = bySegment.get(cache.getKey());
        if (known != null) {
            return known;
        }
        Segment read = read(segment);
        if (read == null) {
            return null;
        }
        if (held.addAndGet(read.ords().length) > maxOrdinals) {
            held.addAndGet(-read.ords().length);
            return null;
        }
        Segment raced = bySegment.putIfAbsent(cache.getKey(), read);
        if (raced != null) {
            held.addAndGet(-read.ords().length);
            return raced;
        }
        cache.addClosedListener(key -> {
            Segment closed = bySegment.remove(key);
            if (closed != null) {
                held.addAndGet(-closed.ords().length);
            }
        });
        return read;
    }

    /** How many ordinals the copies hold now. */
    long held() {
        return held.get();
    }

    private Segment read(LeafReader segment) throws IOException {
        SortedSetDocValues values = DocValues.getSortedSet(segment, field);
        int[] starts = new int[segment.maxDoc() + 1];
        int[] ords = new int[Math.max(16, segment.maxDoc())];
        int count = 0;
        int next = 0;
        for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
            Arrays.fill(starts, next, doc + 1, count);
            next = doc + 1;
            int many = values.docValueCount();
            if (count + many > maxOrdinals) {
                return null;
            }
            if (count + many > ords.length) {
                ords = Arrays.copyOf(
                        ords, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(count + many, 2L * ords.length)));
            }
            for (int i = 0; i < many; i++) {
                ords[count++] = Math.toIntExact(values.nextOrd());
            }
        }
        Arrays.fill(starts, next, starts.length, count);
        return new Segment(starts, Arrays.copyOf(ords, count));
    }
}
